package io.mlmodel.lightgbm.bench;

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
 * Usage: {@code PairedOverhead [rounds]}, after JMH in run-perf.sh.
 */
public final class PairedOverhead {
  private PairedOverhead() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 41;
    for (int batch : new int[] {1, 10_000}) {
      LightgbmBenchmark b = new LightgbmBenchmark();
      b.batch = batch;
      b.setup();
      try {
        report("lightgbm tensor", batch, rounds, b::barePredictForMat, b::predictorTensor);
        report("lightgbm table", batch, rounds, b::bareColumnsPredictForMat, b::predictorTable);
      } finally {
        b.close();
      }
    }
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
