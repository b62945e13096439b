package io.mlmodel.cli;

import io.mlmodel.Location;
import io.mlmodel.MLModelException;
import io.mlmodel.ModelException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * The loop of every command over many folders: one folder's failure, whatever it is, becomes that
 * folder's error and the others go on. A library error keeps its code; an I/O error is
 * {@code io-error}; anything else (a bug: the library promises typed errors) is {@code internal},
 * with the exception's type and message, never a stack trace and never the end of the batch.
 */
final class Batch {
  /** What a command does with one folder argument. */
  @FunctionalInterface
  interface Step {
    void run(String arg) throws IOException;
  }

  /** What a command prints for a folder that failed. */
  @FunctionalInterface
  interface Failure {
    void report(String arg, MLModelException error);
  }

  private Batch() {}

  /** Runs {@code step} on each argument in order; returns how many failed. */
  static int each(List<String> args, Step step, Failure failure) {
    int failed = 0;
    for (String arg : args) {
      try {
        step.run(arg);
      } catch (MLModelException e) {
        failed++;
        failure.report(arg, e);
      } catch (IOException | UncheckedIOException e) {
        failed++;
        // the message says what failed (reading, or writing as format does) and names the file
        failure.report(arg, new ModelException("io-error", location(arg), String.valueOf(e.getMessage()), e));
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        failed++;
        failure.report(arg, internal(arg, e));
      }
    }
    return failed;
  }

  /** The {@code internal} error for an unexpected exception while handling {@code arg}. */
  static ModelException internal(String arg, Throwable e) {
    return new ModelException("internal", location(arg),
        "internal error: " + e.getClass().getName() + ": " + e.getMessage(), e);
  }

  private static Location location(String arg) {
    try {
      return Location.of(Path.of(arg));
    } catch (InvalidPathException e) {
      return Location.UNKNOWN;
    }
  }
}
