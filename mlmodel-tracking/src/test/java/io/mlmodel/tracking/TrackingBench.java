package io.mlmodel.tracking;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * The timed harness behind bench/throughput.sh (docs/performance.md, "Models from a tracking server"), not a test.
 *
 * <pre>
 * download SERVER URI CACHE_DIR WARM one download into an empty cache, after resolving the small
 *                                    URI WARM; prints "bytes seconds cpu_seconds" (the process's
 *                                    CPU time over the download: every thread, JIT and GC included)
 * resolve  SERVER URI CACHE_DIR N    N resolutions of a cached pinned URI (server may be down);
 *                                    prints the median, p99 and max in microseconds
 * </pre>
 */
public final class TrackingBench {
  private TrackingBench() {}

  public static void main(String[] args) throws Exception {
    TrackingClient client = TrackingClient.builder().variables(Map.of()).trackingUri(URI.create(args[1]))
        .cacheDir(Path.of(args[3])).maxRetries(0).build();
    if (args[0].equals("download")) {
      client.resolve(args[4]); // a small file first: class loading and the first connection are not the download
      long cpu = cpuNanos();
      long start = System.nanoTime();
      Path p = client.resolve(args[2]);
      double s = (System.nanoTime() - start) / 1e9;
      System.out.println(Files.size(p) + " " + s + " " + (cpuNanos() - cpu) / 1e9);
      return;
    }
    int n = Integer.parseInt(args[4]);
    long[] micros = new long[n];
    for (int i = 0; i < n; i++) {
      long t = System.nanoTime();
      client.resolve(args[2]);
      micros[i] = (System.nanoTime() - t) / 1000;
    }
    long[] warm = Arrays.copyOfRange(micros, n / 10, n); // the first tenth warms the JIT
    Arrays.sort(warm);
    System.out.printf("first %d us, median %d us, p99 %d us, max %d us (n=%d after warm-up)%n", micros[0],
        warm[warm.length / 2], warm[(int) (warm.length * 0.99)], warm[warm.length - 1], warm.length);
  }

  private static long cpuNanos() {
    return ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos();
  }
}
