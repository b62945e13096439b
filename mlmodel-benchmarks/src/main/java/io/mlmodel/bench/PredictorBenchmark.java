package io.mlmodel.bench;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.mlmodel.MLModels;
import io.mlmodel.data.PredictOutput;
import io.mlmodel.data.Tensor;
import io.mlmodel.model.Flavor;
import io.mlmodel.model.MLModel;
import io.mlmodel.onnx.OnnxPredictor;
import io.mlmodel.predict.Predictors;
import io.mlmodel.signature.NumpyDtype;
import io.mlmodel.write.MLModelWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of {@link OnnxPredictor#predict} (enforcement against the signature, conversion to ONNX
 * tensors and back) over a bare {@link OrtSession#run} on the same session, for MLflow's {@code
 * onnx_linear} fixture (float32 {@code x} of shape (-1, 4)) at batch 1 and 1,024. Microseconds
 * per call; needs ../shared/fixtures-mlflow (run from the project folder).
 *
 * <p>The fixture is copied to a temporary folder and given {@code onnx_session_options} of one
 * intra-op and one inter-op thread, through this library's own writer: ONNX Runtime's default
 * pool spins a thread per core, which on a small machine competes with the benchmark thread and
 * measures the scheduler. Both sides run the same session, so the difference is the predictor's.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(2)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
public class PredictorBenchmark {
  @Param({"1", "1024"})
  public int batch;

  private Path dir;
  private OnnxPredictor predictor;
  private OrtEnvironment env;
  private float[] x;
  private Tensor tensor;
  private FloatBuffer direct;

  @Setup(Level.Trial)
  public void open() throws IOException {
    dir = singleThreaded(Corpus.root().resolve("fixtures-mlflow/onnx_linear"));
    predictor = Predictors.resolve(MLModels.read(dir), OnnxPredictor.class);
    env = OrtEnvironment.getEnvironment();
    SplittableRandom rnd = new SplittableRandom(3);
    x = new float[batch * 4];
    direct = ByteBuffer.allocateDirect(x.length * 4).order(ByteOrder.nativeOrder()).asFloatBuffer();
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) rnd.nextDouble();
    }
    tensor = Tensor.ofFloats(x, batch, 4);
  }

  @TearDown(Level.Trial)
  public void close() throws IOException {
    predictor.close();
    delete(dir);
  }

  /** Deletes a copy made by {@link #singleThreaded}. */
  static void delete(Path copy) throws IOException {
    try (Stream<Path> files = Files.list(copy)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    Files.delete(copy);
  }

  /**
   * The floor: the caller's {@code float[]} copied into a direct buffer kept from call to call
   * (ONNX Runtime's cheapest way in), run, and the output taken out of native memory as the
   * predictor takes it: one copy, into an array it keeps.
   */
  @Benchmark
  public float[] bareSession() throws OrtException {
    return bare(env, predictor.session(), direct, x, new long[] {batch, 4});
  }

  static float[] bare(OrtEnvironment env, OrtSession session, FloatBuffer direct, float[] x, long[] shape)
      throws OrtException {
    direct.clear();
    direct.put(x).flip();
    try (OnnxTensor t = OnnxTensor.createTensor(env, direct, shape);
         OrtSession.Result r = session.run(Map.of("x", t))) {
      FloatBuffer y = ((OnnxTensor) r.get(0)).getFloatBuffer();
      if (y.hasArray() && y.arrayOffset() == 0 && y.remaining() == y.array().length) {
        return y.array();
      }
      float[] out = new float[y.remaining()];
      y.get(out);
      return out;
    }
  }

  /** The same {@code float[]} handed to the predictor without a copy: the like-for-like comparison. */
  @Benchmark
  public PredictOutput predictorWrapped() {
    return predictor.predict(Tensor.wrap(NumpyDtype.FLOAT32, x, batch, 4));
  }

  /** A tensor built once and predicted on again and again (a decoded request, say). */
  @Benchmark
  public PredictOutput predictorPrebuilt() {
    return predictor.predict(tensor);
  }

  /** {@link Tensor#ofFloats} on every call: the predictor plus the defensive copy of the input. */
  @Benchmark
  public PredictOutput predictorCopied() {
    return predictor.predict(Tensor.ofFloats(x, batch, 4));
  }

  /** A copy of {@code fixture} whose onnx flavor asks for one intra-op and one inter-op thread. */
  static Path singleThreaded(Path fixture) throws IOException {
    Path copy = Files.createTempDirectory("mlmodel-bench-onnx");
    try (Stream<Path> files = Files.list(fixture)) {
      for (Path f : files.toList()) {
        Files.copy(f, copy.resolve(f.getFileName()));
      }
    }
    // the corpus is read-only, and so are copies of its files; the writer refuses to replace those
    Files.setPosixFilePermissions(copy.resolve("MLmodel"), PosixFilePermissions.fromString("rw-r--r--"));
    MLModel model = MLModels.read(copy);
    Map<String, Object> onnx = new LinkedHashMap<>(model.flavor("onnx").orElseThrow().config());
    onnx.put("onnx_session_options", Map.of("intra_op_num_threads", 1, "inter_op_num_threads", 1));
    try {
      MLModelWriter.write(model.toBuilder().flavor(Flavor.of("onnx", onnx)).build(), copy);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return copy;
  }
}
