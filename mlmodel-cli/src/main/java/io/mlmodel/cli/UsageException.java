package io.mlmodel.cli;

/**
 * A wrong command line: an unknown or missing option, a bad value. {@link Main} prints the message
 * and the command's usage on standard error and exits {@link Main#USAGE}.
 */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message, null, false, false);
  }
}
