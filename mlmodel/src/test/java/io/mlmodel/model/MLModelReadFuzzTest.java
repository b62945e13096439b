package io.mlmodel.model;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.mlmodel.Fuzzing;
import io.mlmodel.MLModels;
import io.mlmodel.ReadOptions;
import io.mlmodel.write.MLModelWriter;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Fuzzes the MLmodel reader end to end: bytes to {@link MLModel}, then every typed getter and
 * every typed flavor view, each of which may refuse a wrongly typed value only with one of our
 * exceptions; and whatever the writer makes of a model that was read, the reader reads again.
 * Regression inputs live in
 * src/test/resources/io/mlmodel/model/MLModelReadFuzzTestInputs/read.
 */
class MLModelReadFuzzTest {
  private static final Path DIR = Path.of("fuzz");
  private static final ReadOptions SMALL = ReadOptions.builder()
      .maxBytes(64 << 10).maxCodePoints(64 << 10).maxNodes(20_000).maxDepth(40).build();
  private static final List<Function<Flavor, ?>> VIEWS = List.of(PythonFunctionFlavor::from,
      OnnxFlavor::from, SklearnFlavor::from, XgboostFlavor::from, LightgbmFlavor::from,
      CatboostFlavor::from, PytorchFlavor::from, TensorflowFlavor::from, KerasFlavor::from,
      SparkFlavor::from, MleapFlavor::from, H2oFlavor::from, TransformersFlavor::from,
      StatsmodelsFlavor::from);

  @FuzzTest(maxDuration = "3m")
  void read(byte[] input) {
    MLModel model = Fuzzing.expectOwnErrors(
        () -> MLModels.read(new ByteArrayInputStream(input), DIR, SMALL));
    if (model != null) {
      touch(model);
      writeAndReadBack(model);
    }
  }

  /** What the writer writes, the reader reads: any failure of the second read is a bug. */
  private static void writeAndReadBack(MLModel model) {
    String yaml = Fuzzing.expectOwnErrors(() -> MLModelWriter.toYaml(model));
    if (yaml != null) {
      MLModels.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), DIR);
    }
  }

  private static void touch(MLModel m) {
    List<Runnable> getters = List.of(m::toMap, m::artifactPath, m::runId, m::utcTimeCreated,
        m::createdAt, m::modelUuid, m::mlflowVersion, m::databricksRuntime, m::modelId,
        m::metadata, m::modelSizeBytes, m::resources, m::envVars, m::prompts, m::authPolicy,
        m::savedInputExampleInfo, m::signatureStrings, m::isSignatureFromTypeHint,
        m::typeHintFromExample, m::unknownKeys, m::pythonFunction, m::toString, m::hashCode,
        () -> m.locate("signature", "inputs"), () -> m.locateKey("flavors"),
        () -> m.toBuilder().build());
    getters.forEach(Fuzzing::run);
    for (Map.Entry<String, Flavor> e : m.flavors().entrySet()) {
      Flavor f = e.getValue();
      List<Runnable> flavorGetters = List.of(f::config, f::libraryVersion, f::dataPath,
          f::toString, () -> f.string("loader_module"), () -> f.bool("streamable"),
          () -> f.strings("code"), () -> f.mapping("config"), () -> f.locate("env"),
          () -> KnownFlavor.byName(e.getKey()));
      flavorGetters.forEach(Fuzzing::run);
      for (Function<Flavor, ?> view : VIEWS) {
        Fuzzing.run(() -> String.valueOf(view.apply(f)));
      }
    }
  }
}
