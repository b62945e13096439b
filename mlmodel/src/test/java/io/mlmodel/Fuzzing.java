package io.mlmodel;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The contract every fuzz target checks: a call on hostile input either returns or throws one of
 * our own exceptions, well formed (code, location, problem, message). Anything else (a
 * NullPointerException, a StackOverflowError, an OutOfMemoryError, an IllegalStateException from a
 * dependency) escapes to Jazzer, which records the input as a finding.
 */
public final class Fuzzing {
  private Fuzzing() {}

  /** Runs {@code call}; returns its result, or null when it failed with a well-formed error. */
  public static <T> @Nullable T expectOwnErrors(Supplier<T> call) {
    try {
      return call.get();
    } catch (MLModelException e) {
      check(e);
      return null;
    }
  }

  /** Runs {@code call}, accepting only our own well-formed exceptions. */
  public static void run(Runnable call) {
    expectOwnErrors(() -> {
      call.run();
      return null;
    });
  }

  /** Fails (with the original as cause) when an exception of ours is malformed. */
  public static void check(MLModelException e) {
    boolean ok = e.code() != null && !e.code().isBlank()
        && e.location() != null
        && e.problem() != null && !e.problem().isBlank()
        && e.getMessage() != null && e.getMessage().endsWith(e.problem());
    if (!ok) {
      throw new AssertionError("malformed " + e.getClass().getSimpleName() + ": code=" + e.code()
          + " location=" + e.location() + " problem=" + e.problem(), e);
    }
    if (e instanceof LimitExceededException && !"limit".equals(e.code())) {
      throw new AssertionError("a limit error must have code 'limit', has " + e.code(), e);
    }
  }
}
