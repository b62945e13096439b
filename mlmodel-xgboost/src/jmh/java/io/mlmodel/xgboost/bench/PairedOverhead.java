package io.mlmodel.xgboost.bench;

import java.util.Arrays;
import java.util.concurrent.Callable;

/**
 * The predictor's overhead over the bare runtime call, measured in pairs: each round times a block
 * of bare calls and a block of predictor calls back to back (alternating which goes first), and the
 * overhead is the median of the rounds' ratios. On a shared, loaded machine the absolute JMH times
 * swing by tens of percent between iterations; the paired ratio does not, since both sides of a
 * round see the same load. Usage: {@code PairedOverhead [rounds]}, after JMH in run-perf.sh.
 */
public final class PairedOverhead {
  private PairedOverhead() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 41;
    for (int batch : new int[] {1, 10_000}) {
      XgboostBenchmark b = new XgboostBenchmark();
      b.batch = batch;
      b.setup();
      try {
        report("xgboost", batch, rounds, b::bareInplacePredict, b::predictorTensor);
      } finally {
        b.close();
      }
    }
  }

  static void report(String name, int batch, int rounds, Callable<?> bare, Callable<?> predictor) throws Exception {
    int calls = batch == 1 ? 2000 : 4;
    long budget = System.nanoTime();
    while (System.nanoTime() - budget < 3_000_000_000L) { // warm-up: 3 s of both
      bare.call();
      predictor.call();
    }
    double[] ratios = new double[rounds];
    double[] bareUs = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      long a;
      long b;
      if (r % 2 == 0) {
        a = time(bare, calls);
        b = time(predictor, calls);
      } else {
        b = time(predictor, calls);
        a = time(bare, calls);
      }
      ratios[r] = (double) b / a;
      bareUs[r] = a / 1000.0 / calls;
    }
    Arrays.sort(ratios);
    Arrays.sort(bareUs);
    System.out.printf("paired %s batch=%d rounds=%d calls/block=%d bare_median_us=%.2f overhead_median=%+.2f%%"
            + " overhead_q1=%+.2f%% overhead_q3=%+.2f%%%n", name, batch, rounds, calls, bareUs[rounds / 2],
        100 * (ratios[rounds / 2] - 1), 100 * (ratios[rounds / 4] - 1), 100 * (ratios[3 * rounds / 4] - 1));
  }

  static long time(Callable<?> c, int calls) throws Exception {
    long t0 = System.nanoTime();
    for (int i = 0; i < calls; i++) {
      if (c.call() == null) {
        throw new AssertionError();
      }
    }
    return System.nanoTime() - t0;
  }
}
