package io.mlmodel;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The data given to a model is wrong: a scoring request that cannot be decoded, a column or tensor
 * that does not satisfy the signature, a bad parameter. It is the client's fault (an HTTP 400 in a
 * service). {@link #field()} names the column, tensor or parameter when there is one.
 */
public class InputException extends MLModelException {
  private static final long serialVersionUID = 1L;

  /** The column, tensor or parameter concerned, or null when the problem is about none. */
  private final @Nullable String field;

  /**
   * Creates the exception with no underlying cause.
   *
   * @param code a stable code such as {@code bad-request}, {@code schema-mismatch}, {@code bad-param}
   * @param location where in the request (file may be null, key path names the JSON pointer-ish path)
   * @param field the column, tensor or parameter concerned, or null
   * @param problem what is wrong, as a sentence
   */
  public InputException(String code, Location location, @Nullable String field, String problem) {
    this(code, location, field, problem, null);
  }

  /**
   * Same, keeping the underlying cause for debugging; the message never depends on it.
   *
   * @param code a stable code such as {@code bad-request}, {@code schema-mismatch}, {@code bad-param}
   * @param location where in the request (file may be null, key path names the JSON pointer-ish path)
   * @param field the column, tensor or parameter concerned, or null
   * @param problem what is wrong, as a sentence
   * @param cause the underlying cause, or null when there is none
   */
  public InputException(
      String code, Location location, @Nullable String field, String problem, @Nullable Throwable cause) {
    super(code, location, problem, cause);
    this.field = field;
  }

  /**
   * The column, tensor or parameter the problem is about, when there is one.
   *
   * @return the field's name as given to the constructor, or empty when the problem is about no
   *     single field
   */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }
}
