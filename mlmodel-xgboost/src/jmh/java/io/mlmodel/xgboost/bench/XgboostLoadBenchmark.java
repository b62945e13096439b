package io.mlmodel.xgboost.bench;

import io.mlmodel.predict.Predictor;
import io.mlmodel.predict.Predictors;
import io.mlmodel.xgboost.BenchRoutes;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading a 500-tree model: {@link #load}, {@code Predictors.load(dir)} and {@code close()}, the
 * whole load (reading and scanning the file, XGBoost's load, the JSON export, its checks and the
 * Java walk's trees, the base margin); and {@link #checkAndWalk}, the load's Java side alone (the
 * checks and the walk's trees from the export). The model is an {@code XGBRegressor} of 500 trees
 * of depth 5 on the diabetes data (1.36 MB as JSON), which {@code testdata/xgboost/make_fixtures.py
 * --large DIR} writes as {@code DIR/large_json} and {@code DIR/large_ubj}; run with {@code
 * -Dbench.large=DIR} ({@code run-perf.sh load} does both). Besides JMH's wall time an operation, the
 * counters {@code cpuMs} and {@code loads} give the calling thread's CPU time an operation ({@code
 * cpuMs / loads}), which other processes on a shared machine distort less.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@State(Scope.Benchmark)
public class XgboostLoadBenchmark {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  @Param({"json", "ubj"})
  String format;

  Path dir;
  byte[] export;

  /**
   * The calling thread's CPU time and the operations of an iteration. JMH sums these counters over
   * the measured iterations, so {@code cpuMs} over {@code loads} is the CPU time an operation.
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Cpu {
    long nanos;
    long count;

    @Setup(Level.Iteration)
    public void reset() {
      nanos = 0;
      count = 0;
    }

    /** {@return the calling thread's CPU milliseconds in this iteration} */
    public double cpuMs() {
      return nanos / 1e6;
    }

    /** {@return the operations in this iteration} */
    public long loads() {
      return count;
    }
  }

  @Setup(Level.Trial)
  public void setup() throws XGBoostError {
    dir = Paths.get(System.getProperty("bench.large", "target/xgb-large")).toAbsolutePath().resolve("large_" + format);
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException(dir + " is missing: write it with testdata/xgboost/make_fixtures.py --large");
    }
    try (Predictor p = Predictors.load(dir)) {
      export = BenchRoutes.booster(p).toByteArray("json");
    }
  }

  @Benchmark
  public String load(Cpu cpu) {
    long start = THREADS.getCurrentThreadCpuTime();
    String loaded;
    try (Predictor p = Predictors.load(dir)) {
      loaded = p.toString();
    }
    cpu.nanos += THREADS.getCurrentThreadCpuTime() - start;
    cpu.count++;
    return loaded;
  }

  /** The load's Java side alone: the structure checks and the Java walk's trees, from the model's JSON export. */
  @Benchmark
  public Object checkAndWalk(Cpu cpu) {
    long start = THREADS.getCurrentThreadCpuTime();
    Object trees = BenchRoutes.checkAndWalk(export);
    cpu.nanos += THREADS.getCurrentThreadCpuTime() - start;
    cpu.count++;
    return trees;
  }
}
