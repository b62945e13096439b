package io.mlmodel.spark;

import java.lang.management.ClassLoadingMXBean;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * For {@link SparkThroughputBench}: untimed warm-up rounds before the timed ones, until the JIT
 * compilers have settled, so that the timed rounds measure a long-lived application rather than
 * one whose compilers still take a share of the two cores. A Spark query runs its driver's
 * planning and scheduling code once, so that code reaches the compilers' thresholds only after
 * many queries; each warm-up round prints what the compilers did during it, which shows the
 * settling (or its absence).
 *
 * <p>{@code -Dbench.warmup=N} runs at most N warm-up rounds (default 0: none);
 * {@code -Dbench.settle=M} stops them earlier, once the compiler threads' CPU time has stayed under
 * M milliseconds a round for three rounds in a row (default 0: always N rounds).
 */
final class JitWarmup {
  static final int MAX = Integer.getInteger("bench.warmup", 0);
  static final long SETTLE_MILLIS = Long.getLong("bench.settle", 0);
  private static final int QUIET_ROUNDS = 3;

  private JitWarmup() {}

  /**
   * Runs {@code round} (one untimed warm-up round: the same queries as a timed round) until the
   * compilers settle or {@link #MAX} rounds have run, printing one line per round: its wall time,
   * the compiler threads' CPU time (from {@link ThreadCpu}), the compilers' own count of their
   * time ({@link CompilationMXBean}, wall time summed over the compiler threads), and the classes
   * loaded during the round (a query that made new classes each time, generated code that missed
   * Spark's cache for instance, would show here and keep the compilers busy).
   *
   * @param model the model's name, for the printed lines
   * @param round one warm-up round
   * @return the rounds run
   */
  static int run(String model, Runnable round) {
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    ClassLoadingMXBean classes = ManagementFactory.getClassLoadingMXBean();
    int quiet = 0;
    int k = 0;
    while (k < MAX && (SETTLE_MILLIS <= 0 || quiet < QUIET_ROUNDS)) {
      k++;
      ThreadCpu before = ThreadCpu.now();
      long compiled0 = jit.getTotalCompilationTime();
      long loaded0 = classes.getTotalLoadedClassCount();
      long t0 = System.nanoTime();
      round.run();
      long t1 = System.nanoTime();
      ThreadCpu after = ThreadCpu.now();
      double jitMillis = after.groupNanos(before, "JIT") / 1e6;
      quiet = jitMillis < SETTLE_MILLIS ? quiet + 1 : 0;
      System.out.printf("%s warm-up round %d: %.0f ms, JIT threads' CPU %.0f ms (compilers' own count %d ms),"
          + " %d classes loaded, task threads' CPU %.0f ms, main %.0f ms%n", model, k, (t1 - t0) / 1e6, jitMillis,
          jit.getTotalCompilationTime() - compiled0, classes.getTotalLoadedClassCount() - loaded0,
          after.groupNanos(before, "tasks") / 1e6, after.groupNanos(before, "main") / 1e6);
    }
    if (MAX > 0) {
      System.out.printf("%s warm-up: %d rounds, %s%n", model, k, SETTLE_MILLIS <= 0 ? "no settling threshold"
          : quiet >= QUIET_ROUNDS ? "JIT under " + SETTLE_MILLIS + " ms a round for the last " + QUIET_ROUNDS + " rounds"
          : "JIT not under " + SETTLE_MILLIS + " ms a round for " + QUIET_ROUNDS + " rounds in a row (not settled)");
    }
    return k;
  }
}
