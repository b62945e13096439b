package io.mlmodel.bench;

import io.mlmodel.MLModels;
import io.mlmodel.model.MLModel;
import io.mlmodel.signature.ModelSignature;
import io.mlmodel.signature.SignatureParser;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The largest signature in the corpus (1,845 columns): its three strings parsed alone, and the
 * whole MLmodel read (which parses the signature at load, as MLflow does). Average time per
 * operation, in microseconds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(2)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
public class SignatureBenchmark {
  private String inputs;
  private String outputs;
  private String params;
  private byte[] file;
  private Path dir;

  @Setup
  public void load() {
    dir = Corpus.largest();
    file = Corpus.bytes(dir);
    MLModel model = MLModels.read(dir);
    Map<String, Object> strings = model.signatureStrings().orElseThrow();
    inputs = (String) strings.get("inputs");
    outputs = (String) strings.get("outputs");
    params = (String) strings.get("params");
    int columns = model.signature().orElseThrow().inputs().orElseThrow().size();
    if (columns != 1845) {
      throw new IllegalStateException("expected the 1,845-column signature, found " + columns + " in " + dir);
    }
  }

  @Benchmark
  public ModelSignature parseSignature1845Columns() {
    return SignatureParser.fromStrings(inputs, outputs, params);
  }

  @Benchmark
  public MLModel readMLmodel1845Columns() {
    return MLModels.read(new ByteArrayInputStream(file), dir);
  }
}
