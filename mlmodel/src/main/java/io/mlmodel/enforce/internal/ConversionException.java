package io.mlmodel.enforce.internal;

/**
 * One value could not be converted; the caller turns it into an {@link io.mlmodel.InputException}
 * naming the column or tensor. Internal.
 */
public final class ConversionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConversionException(String message) {
    super(message, null, false, false);
  }
}
