package io.mlmodel.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.mlmodel.data.ColumnTable;
import io.mlmodel.data.FloatColumn;
import io.mlmodel.data.PredictOutput;
import io.mlmodel.data.Tensor;
import io.mlmodel.data.TensorMap;
import io.mlmodel.predict.Predictor;
import io.mlmodel.predict.Predictors;
import io.mlmodel.spark.internal.exec.ScoredBatches;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The throughput harness of docs/performance.md, "Spark batch scoring", not a unit test (the
 * normal build excludes it): see docs/performance.md for the command. For a model, scores the same
 * rows, cached ({@code -Dbench.source=cache}, the default) or written once to a Parquet folder and
 * read back ({@code parquet}), alternating each round, (1) on local[2], forced by Spark's {@code
 * noop} sink (every row is scored and written nowhere: no aggregation, nothing collected to the
 * driver, one job), along each path of {@code -Dbench.paths}: {@code rows} (the source read as rows,
 * its vectorized reader off) and {@code batches} (its column batches in and out: what {@link
 * SparkScoring#transform} does), each followed by (2) the
 * single-JVM predictor on one thread in batches of the same size built from primitive arrays, and
 * by the same predictor on two threads at once (this machine's own cost of two busy cores). Each
 * round starts with Spark alone: the source written to the {@code noop} sink with no model, Spark's
 * own share of a row. Before the rounds, untimed queries check that every path's predictions sum to
 * the same, and to the single JVM's; then {@link JitWarmup} runs untimed rounds until the JIT
 * compilers settle ({@code -Dbench.warmup}, {@code -Dbench.settle}). Per round and path it prints:
 * <ul>
 *   <li>wall rows/s and the per-core ratio (Spark's rate halved, two cores, over the one thread's);
 *   <li>rows per CPU-second of the whole JVM (every Spark thread, the driver, GC and JIT included),
 *       which the load of other processes disturbs much less than wall time;
 *   <li>the per-row CPU time inside Spark's tasks (their threads' own CPU time) against the one
 *       thread's: the per-row cost alone, without the query's fixed cost or idle cores;
 *   <li>the driver's time before the first task starts, and how long the two cores sat without a
 *       task between the first task's start and the last one's end (a straggler, scheduling);
 *   <li>the wall rate over the tasks' span alone (first start to last end: the executors' steady
 *       state, without the driver's fixed cost of a query), and its per-core ratio;
 *   <li>where the CPU went during the query ({@link ThreadCpu}): each group of the JVM's threads
 *       (tasks, GC, JIT compilers, main, the rest), how long the task threads waited for a CPU,
 *       what they allocated, the collections, and the machine's CPU time taken by other processes.
 * </ul>
 */
class SparkThroughputBench {
  static final int N = Integer.getInteger("bench.rows", 1_000_000);
  static final int BATCH = Integer.getInteger("bench.batch", 4096);
  static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
  static final int PARTITIONS = Integer.getInteger("bench.partitions", 2);
  /**
   * Which paths to time, in order: {@code rows} (the source read as rows), {@code batches} (its
   * column batches in and out: what {@code transform} does); one of them for a profile.
   */
  static final String PATHS = System.getProperty("bench.paths", "rows,batches");
  /**
   * The rows of the warm-up's queries ({@link JitWarmup}): by default the timed input itself; fewer
   * rows (in 2 partitions) make warm-up rounds of a large input short, with the same plan and code.
   */
  static final int WARM_ROWS = Integer.getInteger("bench.warmupRows", Integer.MAX_VALUE);
  /** The input: {@code cache} (a cached DataFrame) or {@code parquet} (a Parquet folder written once, untimed). */
  static final String SOURCE = System.getProperty("bench.source", "cache");

  @ParameterizedTest
  @ValueSource(strings = {"onnx/columns_single_input", "xgboost/regressor_json"})
  void modelOnLocal2AgainstOneJvm(String model) throws InterruptedException {
    assumeTrue(Boolean.getBoolean("mlmodel.bench"), "run with -Dmlmodel.bench=true");
    assumeTrue(model.contains(System.getProperty("bench.model", "")), "-Dbench.model= names another model");
    boolean onnx = model.startsWith("onnx");
    String[] names = onnx ? new String[] {"a", "b", "c"} : XgboostScoringTest.COLUMNS;
    List<String> exprs = new ArrayList<>();
    for (int k = 0; k < names.length; k++) {
      exprs.add(onnx && k == 2 ? "id % 13 - 6 AS c" : "CAST((id * 31 + " + (k * 17) + ") % 200 - 100 AS DOUBLE) / 1000"
          + " AS `" + names[k] + "`");
    }
    SparkSession session = LocalSpark.get();
    TaskClock clock = new TaskClock();
    session.sparkContext().addSparkListener(clock);
    Dataset<Row> df = input(session, session.range(0, N, 1, PARTITIONS).selectExpr(exprs.toArray(String[]::new)), N);
    // The warm-up's own, smaller input (the same plan, so the same driver and task code), if asked for.
    Dataset<Row> warm = WARM_ROWS >= N ? df
        : input(session, session.range(0, WARM_ROWS, 1, 2).selectExpr(exprs.toArray(String[]::new)), WARM_ROWS);
    int partitions = df.javaRDD().getNumPartitions();
    double[][] columns = new double[names.length][N];
    long[] c = new long[N];
    for (int i = 0; i < N; i++) {
      for (int k = 0; k < names.length; k++) {
        columns[k][i] = ((i * 31L + k * 17L) % 200 - 100) / 1000.0;
      }
      c[i] = i % 13 - 6;
    }
    SparkScoring scoring = SparkScoring.builder(LocalSpark.testdata(model).toString()).batchSize(BATCH).build();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    try (Predictor p = Predictors.load(LocalSpark.testdata(model))) {
      double sparkSum = scoring.transform(df).agg(functions.sum("prediction")).first().getDouble(0);
      for (String path : PATHS.split(",")) {
        assertThat(scored(scoring, df, path).agg(functions.sum("prediction")).first().getDouble(0)).isEqualTo(sparkSum);
      }
      JitWarmup.run(model, () -> {
        clock.reset();
        warm.write().format("noop").mode("overwrite").save();
        for (String path : PATHS.split(",")) {
          scored(scoring, warm, path).write().format("noop").mode("overwrite").save();
        }
        predict(p, names, columns, c, 0, Math.min(N, WARM_ROWS));
      });
      for (int round = 0; round <= ROUNDS; round++) {
        clock.reset();
        ThreadCpu aloneBefore = ThreadCpu.now();
        long m0 = threads.getCurrentThreadCpuTime();
        long f0 = System.nanoTime();
        long aloneWall0 = System.currentTimeMillis();
        df.write().format("noop").mode("overwrite").save();
        long aloneWall1 = System.currentTimeMillis();
        long f1 = System.nanoTime();
        long m1 = threads.getCurrentThreadCpuTime();
        ThreadCpu aloneAfter = ThreadCpu.now();
        TaskClock.Tasks floor = clock.await(partitions);
        System.out.printf("%s round %d, Spark alone (the cache read and written nowhere, no model): %.0f rows/s,"
            + " CPU ns/row in the tasks %.0f | driver: main's CPU %.1f ms, before the first task %d ms, after the last"
            + " %d ms, of %.0f ms | tasks' deserialization CPU %.1f ms, result serialization %d ms | %s%n", model, round,
            N / ((f1 - f0) / 1e9), floor.cpuNanos() / (double) N, (m1 - m0) / 1e6, floor.firstLaunch() - aloneWall0,
            aloneWall1 - floor.lastEnd(), (f1 - f0) / 1e6, floor.deserializeCpuNanos() / 1e6,
            floor.resultSerializeMillis(), aloneAfter.since(aloneBefore));
        for (String path : PATHS.split(",")) {
          clock.reset();
          ThreadCpu before = ThreadCpu.now();
          long cpu0 = cpu();
          long t0 = System.nanoTime();
          long wall0 = System.currentTimeMillis();
          long main0 = threads.getCurrentThreadCpuTime();
          Dataset<Row> scored = scored(scoring, df, path);
          long main1 = threads.getCurrentThreadCpuTime();
          assertThat(((org.apache.spark.sql.classic.Dataset<Row>) scored).logicalPlan() instanceof ScoredBatches)
              .isEqualTo(path.equals("batches"));
          long main2 = threads.getCurrentThreadCpuTime();
          scored.write().format("noop").mode("overwrite").save();
          long wall1 = System.currentTimeMillis();
          long main3 = threads.getCurrentThreadCpuTime();
          long t1 = System.nanoTime();
          long cpu1 = cpu();
          ThreadCpu after = ThreadCpu.now();
          long thread1 = threads.getCurrentThreadCpuTime();
          double jvmSum = predict(p, names, columns, c, 0, N);
          long t2 = System.nanoTime();
          long cpu2 = cpu();
          long thread2 = threads.getCurrentThreadCpuTime();
          double[] two = twoThreads(p, names, columns, c);
          assertThat(sparkSum).isCloseTo(jvmSum, org.assertj.core.data.Offset.offset(Math.abs(jvmSum) * 1e-6 + 1e-3));
          TaskClock.Tasks tasks = clock.await(partitions);
          double spark = N / ((t1 - t0) / 1e9);
          double jvm = N / ((t2 - t1) / 1e9);
          double sparkCpu = N / ((cpu1 - cpu0) / 1e9);
          double jvmCpu = N / ((cpu2 - cpu1) / 1e9);
          double taskNs = tasks.cpuNanos() / (double) N;
          double span = N / ((tasks.lastEnd() - tasks.firstLaunch()) / 1e3);
          double threadNs = (thread2 - thread1) / (double) N;
          System.out.printf("%s round %d%s, %s: spark local[2] %.0f rows/s (%.0f per core), one JVM thread %.0f rows/s,"
              + " per-core ratio %.2f | rows per CPU-second: spark %.0f, one JVM %.0f, ratio %.2f"
              + " | CPU ns/row: spark tasks %.0f, one JVM thread %.0f, ratio %.2f | driver before the first task %d ms,"
              + " cores idle between tasks %d ms (of 2 x %d), GC %d ms, of %.0f ms"
              + " | over the tasks' span alone: %.0f rows/s, per-core ratio %.2f"
              + " | one JVM, two threads: %.0f rows/s (%.2f x one thread), CPU ns/row %.0f%n", model, round, round == 0 ? " (warm-up)" : "",
              path, spark,
              spark / 2, jvm, spark / 2 / jvm, sparkCpu, jvmCpu, sparkCpu / jvmCpu, taskNs, threadNs, threadNs / taskNs,
              tasks.firstLaunch() - wall0, tasks.idleMillis(2), tasks.lastEnd() - tasks.firstLaunch(), tasks.gcMillis(),
              (t1 - t0) / 1e6, span, span / 2 / jvm, two[0], two[0] / jvm, two[1]);
          System.out.printf("%s round %d, %s, driver: main's CPU in transform %.1f ms, in the write %.1f ms;"
              + " after the last task %d ms | tasks' deserialization CPU %.1f ms, result serialization %d ms%n", model,
              round, path, (main1 - main0) / 1e6, (main3 - main2) / 1e6, wall1 - tasks.lastEnd(),
              tasks.deserializeCpuNanos() / 1e6, tasks.resultSerializeMillis());
          System.out.printf("%s round %d, %s, over the query's %.0f ms: %s%n", model, round,
              path, (t1 - t0) / 1e6, after.since(before));
        }
      }
    }
    session.sparkContext().removeSparkListener(clock);
    df.unpersist();
    warm.unpersist();
  }

  /**
   * The timed input: {@code rows} cached ({@code -Dbench.source=cache}, the default), or written
   * once to a Parquet folder and read back ({@code parquet}: what a user scores, read by Spark's
   * vectorized reader, which refills the same vectors batch after batch).
   */
  private static Dataset<Row> input(SparkSession session, Dataset<Row> rows, int count) {
    if (SOURCE.equals("parquet")) {
      try {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("spark-bench").resolve("rows.parquet");
        rows.write().parquet(dir.toString());
        return session.read().parquet(dir.toString());
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    Dataset<Row> cached = rows.cache();
    assertThat(cached.count()).isEqualTo(count);
    return cached;
  }

  /**
   * The source scored from its column batches (what {@code transform} does with a cached
   * DataFrame or a Parquet file), or as rows: the same source read with Spark's vectorized reader
   * (the cache's or Parquet's) off, the input the module read before it took column batches.
   */
  private static Dataset<Row> scored(SparkScoring scoring, Dataset<Row> df, String path) {
    if (path.equals("batches")) {
      return scoring.transform(df);
    }
    SparkSession spark = df.sparkSession();
    String key = SOURCE.equals("parquet") ? "spark.sql.parquet.enableVectorizedReader"
        : "spark.sql.inMemoryColumnarStorage.enableVectorizedReader";
    spark.conf().set(key, "false");
    try {
      return scoring.transform(df.select(df.columns()[0], java.util.Arrays.copyOfRange(df.columns(), 1, df.columns().length)));
    } finally {
      spark.conf().unset(key);
    }
  }

  /** The single-JVM predictor over rows {@code [from, to)} in batches of {@link #BATCH}: the sum of its predictions. */
  private static double predict(Predictor p, String[] names, double[][] columns, long[] c, int from, int to) {
    double sum = 0;
    boolean onnx = names.length == 3;
    for (int at = from; at < to; at += BATCH) {
      int end = Math.min(to, at + BATCH);
      ColumnTable.Builder t = ColumnTable.builder();
      for (int k = 0; k < names.length; k++) {
        if (onnx && k == 2) {
          t.addLongs(names[k], Arrays.copyOfRange(c, at, end));
        } else {
          t.addDoubles(names[k], Arrays.copyOfRange(columns[k], at, end));
        }
      }
      sum += sum(p.predict(t.build()));
    }
    return sum;
  }

  /**
   * The same predictor on two threads at once, each over half the rows (in whole batches): rows/s
   * and the threads' CPU time per row. Not the goal's measure (that is one thread), but this
   * machine's own cost of two busy cores (shared caches and memory, the host's scheduling), which
   * Spark's two tasks pay too.
   */
  private static double[] twoThreads(Predictor p, String[] names, double[][] columns, long[] c)
      throws InterruptedException {
    int half = (N / 2 + BATCH - 1) / BATCH * BATCH;
    long[] cpu = new long[2];
    Thread[] workers = new Thread[2];
    for (int w = 0; w < 2; w++) {
      int id = w;
      workers[w] = new Thread(() -> {
        long c0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        predict(p, names, columns, c, id == 0 ? 0 : Math.min(N, half), id == 0 ? Math.min(N, half) : N);
        cpu[id] = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - c0;
      });
    }
    long t0 = System.nanoTime();
    for (Thread t : workers) {
      t.start();
    }
    for (Thread t : workers) {
      t.join();
    }
    long t1 = System.nanoTime();
    return new double[] {N / ((t1 - t0) / 1e9), (cpu[0] + cpu[1]) / (double) N};
  }

  /** The CPU time of the whole JVM (every Spark thread, the GC, the JIT), in nanoseconds. */
  private static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static double sum(PredictOutput out) {
    double s = 0;
    if (out instanceof ColumnTable t) {
      FloatColumn y = (FloatColumn) t.columns().get(0);
      for (int i = 0; i < y.size(); i++) {
        s += y.get(i);
      }
      return s;
    }
    Tensor y = out instanceof TensorMap m ? m.tensors().values().iterator().next() : (Tensor) out;
    for (float v : y.toFloatArray()) {
      s += v;
    }
    return s;
  }
}
