package io.mlmodel.bench;

import ai.onnxruntime.OrtEnvironment;
import io.mlmodel.MLModels;
import io.mlmodel.data.Tensor;
import io.mlmodel.enforce.Enforcement;
import io.mlmodel.enforce.EnforcementOptions;
import io.mlmodel.onnx.OnnxPredictor;
import io.mlmodel.predict.Predictors;
import io.mlmodel.request.ScoringRequest;
import io.mlmodel.request.ScoringRequests;
import io.mlmodel.signature.ModelSignature;
import io.mlmodel.signature.NumpyDtype;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The goal ratios of docs/performance.md ("Against the goals") measured side by side: each pair's
 * two operations run in alternating blocks in one JVM, so a disturbance of a shared machine falls
 * on both. Each block of one side is divided by the block of the other run next to it, and the
 * median of these block ratios is the pair's ratio: unlike the ratio of the two sides' medians, it
 * does not move when the machine's speed drifts during the run. JMH runs benchmarks one after the
 * other, each in its own JVM, which is right for absolute numbers but lets a busy minute land on
 * one side of a ratio only. Run from the project folder after {@code mvn -B -Pbench package}:
 *
 * <pre>
 * java -cp target/benchmarks.jar io.mlmodel.bench.Interleaved [read] [decode] [predict]
 * </pre>
 *
 * <p>The arguments pick groups of pairs (all three when none is given).
 */
public final class Interleaved {
  private static volatile Object sink;

  private Interleaved() {}

  @FunctionalInterface
  interface Op {
    Object run() throws Exception;
  }

  public static void main(String[] args) throws Exception {
    List<String> groups = args.length == 0 ? List.of("read", "decode", "predict") : List.of(args);
    System.out.println("| pair | measured | floor | ratio of medians | median block ratio | interquartile block ratio"
        + " | blocks |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|");
    if (groups.contains("read")) {
      read();
    }
    if (groups.contains("decode")) {
      decode();
    }
    if (groups.contains("predict")) {
      predict();
    }
  }

  private static void read() throws Exception {
    LoadSettings bare = LoadSettings.builder().build();
    List<Path> dirs = Corpus.models();
    byte[][] files = dirs.stream().map(Corpus::bytes).toArray(byte[][]::new);
    Path typicalDir = Corpus.typical();
    byte[] typical = Corpus.bytes(typicalDir);
    pair("typed read / compose, whole corpus (µs per 220 files)", 3, 300, () -> {
      for (int i = 0; i < files.length; i++) {
        sink = MLModels.read(new ByteArrayInputStream(files[i]), dirs.get(i));
      }
      return null;
    }, () -> {
      for (byte[] f : files) {
        sink = ReadBenchmark.compose(bare, f);
      }
      return null;
    });
    pair("typed read / compose, median file (µs)", 500, 400,
        () -> MLModels.read(new ByteArrayInputStream(typical), typicalDir),
        () -> ReadBenchmark.compose(bare, typical));
  }

  private static void decode() throws Exception {
    byte[] body = DecodeBenchmark.body();
    ModelSignature signature = DecodeBenchmark.signature();
    EnforcementOptions options = DecodeBenchmark.options();
    pair("decode+enforce / Jackson's parse, " + body.length + "-byte dataframe_split (µs)", 1, 40, () -> {
      ScoringRequest req = ScoringRequests.decode(new ByteArrayInputStream(body), "application/json", signature, options);
      return Enforcement.enforce(req.input(), req.params(), signature, options);
    }, () -> DecodeBenchmark.jacksonFloor(body));
  }

  private static void predict() throws Exception {
    Path model = PredictorBenchmark.singleThreaded(Corpus.root().resolve("fixtures-mlflow/onnx_linear"));
    try (OnnxPredictor predictor = Predictors.resolve(MLModels.read(model), OnnxPredictor.class)) {
      OrtEnvironment env = OrtEnvironment.getEnvironment();
      for (int batch : new int[] {1, 1024}) {
        float[] x = new float[batch * 4];
        Arrays.fill(x, 0.25f);
        FloatBuffer direct = ByteBuffer.allocateDirect(x.length * 4).order(ByteOrder.nativeOrder()).asFloatBuffer();
        long[] shape = {batch, 4};
        pair("predictor (wrapped float[]) / bare OrtSession.run, batch " + batch + " (µs)", 200, 400,
            () -> predictor.predict(Tensor.wrap(NumpyDtype.FLOAT32, x, shape)),
            () -> PredictorBenchmark.bare(env, predictor.session(), direct, x, shape));
      }
    } finally {
      PredictorBenchmark.delete(model);
    }
  }

  private static void pair(String name, int perBlock, int blocks, Op measured, Op floor) throws Exception {
    // 20 blocks, and up to 20,000 calls a side (at most 5 s), so that C2 has compiled both
    // before the first measured block.
    long until = System.nanoTime() + 5_000_000_000L;
    for (int i = 0; i < 20 || (i * perBlock < 20_000 && System.nanoTime() < until); i++) {
      block(measured, perBlock);
      block(floor, perBlock);
    }
    double[] m = new double[blocks];
    double[] f = new double[blocks];
    double[] r = new double[blocks];
    for (int k = 0; k < blocks; k++) {
      // Each side goes first every other time, so that neither always pays the other's garbage.
      if (k % 2 == 0) {
        m[k] = block(measured, perBlock);
        f[k] = block(floor, perBlock);
      } else {
        f[k] = block(floor, perBlock);
        m[k] = block(measured, perBlock);
      }
      r[k] = m[k] / f[k];
    }
    Arrays.sort(m);
    Arrays.sort(f);
    Arrays.sort(r);
    System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %.3f | %.3f | %.3f – %.3f | %d |%n", name, Summary.median(m),
        Summary.median(f), Summary.median(m) / Summary.median(f), Summary.median(r), r[blocks / 4],
        r[3 * blocks / 4], blocks);
  }

  /** Microseconds per operation over one block. */
  private static double block(Op op, int n) throws Exception {
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) {
      sink = op.run();
    }
    return (System.nanoTime() - start) / 1e3 / n;
  }
}
