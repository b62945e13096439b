package io.mlmodel.bench;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.mlmodel.MLModels;
import io.mlmodel.predict.PredictOutput;
import io.mlmodel.predict.Predictors;
import io.mlmodel.predict.Tensor;
import io.mlmodel.predict.onnx.OnnxPredictor;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
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
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PredictorBenchmark {
  @Param({"1", "1024"})
  public int batch;

  private OnnxPredictor predictor;
  private OrtEnvironment env;
  private float[] x;
  private FloatBuffer direct;

  @Setup(Level.Trial)
  public void open() {
    predictor = Predictors.resolve(MLModels.read(Path.of("../shared/fixtures-mlflow/onnx_linear")),
        OnnxPredictor.class);
    env = OrtEnvironment.getEnvironment();
    SplittableRandom rnd = new SplittableRandom(3);
    x = new float[batch * 4];
    direct = ByteBuffer.allocateDirect(x.length * 4).order(ByteOrder.nativeOrder()).asFloatBuffer();
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) rnd.nextDouble();
    }
  }

  @TearDown(Level.Trial)
  public void close() {
    predictor.close();
  }

  @Benchmark
  public PredictOutput predictor() {
    return predictor.predict(Tensor.ofFloats(x, batch, 4));
  }

  /**
   * The floor: the input copied into a direct buffer kept from call to call (ONNX Runtime's
   * cheapest way in), run, the output copied out flat into a {@code float[]}, as the predictor
   * returns it.
   */
  @Benchmark
  public float[] bareSession() throws OrtException {
    direct.clear();
    direct.put(x).flip();
    try (OnnxTensor t = OnnxTensor.createTensor(env, direct, new long[] {batch, 4});
         OrtSession.Result r = predictor.session().run(Map.of("x", t))) {
      FloatBuffer y = ((OnnxTensor) r.get(0)).getFloatBuffer();
      float[] out = new float[y.remaining()];
      y.get(out);
      return out;
    }
  }
}
