package io.mlmodel.xgboost.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.concurrent.Callable;

/**
 * The predictor's overhead over the bare runtime call, measured in pairs: each round times a block
 * of bare calls and a block of predictor calls back to back (alternating which goes first), and the
 * overhead is the median of the rounds' ratios. On a shared, loaded machine the absolute JMH times
 * swing by tens of percent between iterations; the paired ratio does not, since both sides of a
 * round see the same load. Time is the calling thread's CPU time (both sides run on it: one native
 * thread a call), so preemption by other processes does not count; wall time is printed beside it.
 * At batch 1 the predictor takes the Java tree walk, so two more pairs set it against the bare walk.
 * Usage: {@code PairedOverhead [rounds] [one-row]}: the pairs; or, with {@code one-row}, only the
 * one table row of binary_json that run-perf.sh times in MLflow's pyfunc right after.
 */
public final class PairedOverhead {
  private PairedOverhead() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 41;
    boolean oneRowOnly = args.length > 1 && args[1].equals("one-row");
    for (int batch : oneRowOnly ? new int[] {1} : new int[] {1, 10_000}) {
      XgboostBenchmark b = new XgboostBenchmark();
      b.batch = batch;
      b.setup();
      try {
        if (oneRowOnly) {
          warm(b::predictorOneRowTable);
          oneRow(b, rounds);
          continue;
        }
        report("xgboost tensor", batch, rounds, b::bareInplacePredict, b::predictorTensor);
        report("xgboost table", batch, rounds, b::bareColumnsInplacePredict, b::predictorTable);
        if (batch == 1) { // the predictor's own overhead where it takes the Java walk
          report("xgboost tensor over the bare walk", batch, rounds, b::bareWalk, b::predictorTensor);
          report("xgboost table over the bare walk", batch, rounds, b::bareColumnsWalk, b::predictorTable);
        }
      } finally {
        b.close();
      }
    }
  }

  private static void warm(Callable<?> c) throws Exception {
    long start = System.nanoTime();
    while (System.nanoTime() - start < 3_000_000_000L) {
      c.call();
    }
  }

  /** Calls a round: a few milliseconds of the Java walk's one-row call (200 before it, on the runtime). */
  static final int ONE_ROW_CALLS = 2000;

  /** One row of binary_json as a table through enforcement: the call time_pyfunc.py times in Python. */
  static void oneRow(XgboostBenchmark b, int rounds) throws Exception {
    double[] cpu = new double[rounds];
    double[] wall = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      long[] t = time(b::predictorOneRowTable, ONE_ROW_CALLS);
      cpu[r] = t[0] / 1000.0 / ONE_ROW_CALLS;
      wall[r] = t[1] / 1000.0 / ONE_ROW_CALLS;
    }
    Arrays.sort(cpu);
    Arrays.sort(wall);
    System.out.printf("jvm one-row table binary_json cpu_median_us=%.2f wall_median_us=%.2f%n", cpu[rounds / 2],
        wall[rounds / 2]);
  }

  static void report(String name, int batch, int rounds, Callable<?> bare, Callable<?> predictor) throws Exception {
    long budget = System.nanoTime();
    long pairs = 0;
    while (System.nanoTime() - budget < 3_000_000_000L) { // warm-up: 3 s of both
      bare.call();
      predictor.call();
      pairs++;
    }
    // blocks of about 20 ms a side (as timed during warm-up), at least 4 calls
    int calls = (int) Math.max(4, Math.min(100_000, pairs * 40 / 3_000));
    double[] ratios = new double[rounds];
    double[] bareUs = new double[rounds];
    double[] wall = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      long[] a;
      long[] b;
      if (r % 2 == 0) {
        a = time(bare, calls);
        b = time(predictor, calls);
      } else {
        b = time(predictor, calls);
        a = time(bare, calls);
      }
      ratios[r] = (double) b[0] / a[0];
      bareUs[r] = a[0] / 1000.0 / calls;
      wall[r] = (double) b[1] / a[1];
    }
    Arrays.sort(ratios);
    Arrays.sort(bareUs);
    Arrays.sort(wall);
    System.out.printf("paired %s batch=%d rounds=%d calls/block=%d bare_cpu_median_us=%.2f cpu_overhead_median=%+.2f%%"
            + " q1=%+.2f%% q3=%+.2f%% wall_overhead_median=%+.2f%%%n", name, batch, rounds, calls, bareUs[rounds / 2],
        100 * (ratios[rounds / 2] - 1), 100 * (ratios[rounds / 4] - 1), 100 * (ratios[3 * rounds / 4] - 1),
        100 * (wall[rounds / 2] - 1));
  }

  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  /** {CPU ns of this thread, wall ns} for {@code calls} calls. */
  static long[] time(Callable<?> c, int calls) throws Exception {
    long cpu = CPU.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    for (int i = 0; i < calls; i++) {
      if (c.call() == null) {
        throw new AssertionError();
      }
    }
    return new long[] {CPU.getCurrentThreadCpuTime() - cpu, System.nanoTime() - t0};
  }
}
