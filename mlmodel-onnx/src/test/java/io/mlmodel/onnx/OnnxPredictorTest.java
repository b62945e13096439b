package io.mlmodel.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.onnxruntime.OrtSession;
import io.mlmodel.InputException;
import io.mlmodel.MLModels;
import io.mlmodel.ModelException;
import io.mlmodel.data.Column;
import io.mlmodel.data.ColumnTable;
import io.mlmodel.data.PredictOutput;
import io.mlmodel.data.StringColumn;
import io.mlmodel.data.Tensor;
import io.mlmodel.data.TensorMap;
import io.mlmodel.predict.Predictor;
import io.mlmodel.predict.Predictors;
import io.mlmodel.signature.ModelSignature;
import io.mlmodel.signature.NumpyDtype;
import io.mlmodel.signature.Schema;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The ONNX predictor on the models of testdata/onnx, against the outputs numpy computed. */
class OnnxPredictorTest {

  static OnnxPredictor open(String name) {
    return Predictors.resolve(MLModels.read(OnnxTestModels.DIR.resolve(name)), OnnxPredictor.class);
  }

  static List<String> models() {
    return OnnxTestModels.names();
  }

  @ParameterizedTest
  @MethodSource("models")
  void predictsWhatNumpyComputed(String name) {
    OnnxTestModels.Expected ex = OnnxTestModels.expected(name);
    try (OnnxPredictor p = open(name)) {
      Optional<Schema> schema = p.signature().flatMap(ModelSignature::inputs);
      if (schema.isPresent() && !schema.get().isTensorBased()) {
        // A column signature takes a table, and the ONNX wrapper answers a table with a table.
        List<Column> cols = new ArrayList<>();
        ex.inputs().tensors().forEach((k, t) -> cols.add(Tables.column(k, t)));
        PredictOutput out = p.predict(ColumnTable.of(cols));
        assertThat(out).isInstanceOf(ColumnTable.class);
        ColumnTable table = (ColumnTable) out;
        assertThat(table.names()).containsExactlyElementsOf(ex.outputs().names());
        ex.outputs().tensors().forEach((k, t) -> OnnxTestModels.assertTensor(name + "." + k,
            ColumnTensors.toTensor(table.column(k).orElseThrow()), t));
        return;
      }
      // An unnamed tensor signature takes a bare tensor, as MLflow's enforcement insists.
      boolean unnamed = schema.map(s -> !s.hasInputNames()).orElse(false);
      PredictOutput out = p.predict(unnamed ? ex.inputs().tensors().values().iterator().next() : ex.inputs());
      assertThat(out).isInstanceOf(TensorMap.class);
      TensorMap m = (TensorMap) out;
      assertThat(m.names()).containsExactlyElementsOf(ex.outputs().names());
      ex.outputs().tensors().forEach((k, t) -> OnnxTestModels.assertTensor(name + "." + k, m.get(k).orElseThrow(), t));
    }
  }

  @Test
  void theSignatureIsEnforcedBeforeTheGraphRuns() {
    OnnxTestModels.Expected ex = OnnxTestModels.expected("dtypes");
    TensorMap.Builder in = TensorMap.builder();
    ex.inputs().tensors().forEach(in::put);
    in.put("f32", Tensor.ofDoubles(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9}, 3, 3));
    try (OnnxPredictor p = open("dtypes")) {
      assertThatThrownBy(() -> p.predict(in.build()))
          .isInstanceOf(InputException.class)
          .hasMessageContaining("dtype of input float64 does not match expected dtype float32");
    }
  }

  @Test
  void dynamicBatchTakesAnyRowCount() {
    try (OnnxPredictor p = open("external_data")) {
      for (int rows : new int[] {1, 7, 1024}) {
        float[] x = new float[rows * 3];
        for (int i = 0; i < x.length; i++) {
          x[i] = i % 5 - 2;
        }
        OnnxTestModels.assertExternalDataLinear(x, rows, p.predict(Tensor.ofFloats(x, rows, 3)));
      }
    }
  }

  @Test
  void externalDataAndSessionOptionsFromTheFlavor() {
    try (OnnxPredictor p = open("external_data")) {
      assertThat(Files.exists(p.modelFile().resolveSibling("model.onnx.data"))).isTrue();
      assertThat(p.providers()).containsExactly("CPUExecutionProvider");
      assertThat(p.inputNames()).containsExactly("x");
    }
  }

  @Test
  void unavailableProvidersAreSkipped() {
    try (OnnxPredictor p = open("dtypes")) {
      // The flavor lists CUDA first, as MLflow writes by default; this build has only the CPU.
      assertThat(p.providers()).containsExactly("CPUExecutionProvider");
    }
  }

  @Test
  void signatureNamesInAnotherOrderStillFeedByName() {
    OnnxTestModels.Expected ex = OnnxTestModels.expected("onnx_only");
    try (OnnxPredictor p = open("onnx_only")) {
      assertThat(p.model().flavors()).containsOnlyKeys("onnx");
      TensorMap out = (TensorMap) p.predict(ex.inputs());
      OnnxTestModels.assertTensor("i64_plus1", out.get("i64_plus1").orElseThrow(), ex.outputs().get("i64_plus1").orElseThrow());
    }
  }

  @Test
  void aTableFeedsOneColumnPerInputAndAnswersWithATable() {
    try (OnnxPredictor p = open("strings")) {
      ColumnTable in = ColumnTable.of(StringColumn.of("t", "x", "ü"), StringColumn.of("s", "ab", "Cd"));
      PredictOutput out = p.predict(in);
      assertThat(out).isEqualTo(ColumnTable.of(StringColumn.of("upper", "AB", "CD"), StringColumn.of("same", "x", "ü")));
    }
  }

  @Test
  void aSingleTensorNeedsAGraphWithOneInput() {
    try (OnnxPredictor p = open("strings")) {
      assertThatThrownBy(() -> p.predict(Tensor.ofStrings(new String[] {"a"}, 1)))
          .isInstanceOf(InputException.class)
          .hasMessage("<input>: Unable to map numpy array input to the expected model input. Numpy arrays can only be"
              + " used as input for MLflow ONNX models that have a single input. This model requires 2 inputs. Please"
              + " pass in data as either a dictionary or a DataFrame with the following tensors: ['s', 't'].");
    }
  }

  @Test
  void missingInputIsNamed() {
    try (OnnxPredictor p = open("strings")) {
      assertThatThrownBy(() -> p.predict(TensorMap.of("s", Tensor.ofStrings(new String[] {"a"}, 1))))
          .isInstanceOf(InputException.class)
          .hasMessageEndingWith("Model is missing inputs ['t'].");
    }
  }

  @Test
  void wrongDtypeIsAnInputErrorNotACrash() {
    try (OnnxPredictor p = open("strings")) {
      TensorMap in = TensorMap.builder().put("s", Tensor.ofLongs(new long[] {1}, 1))
          .put("t", Tensor.ofStrings(new String[] {"a"}, 1)).build();
      assertThatThrownBy(() -> p.predict(in))
          .isInstanceOf(InputException.class)
          .hasMessage("<input>: s: Unexpected input data type for 's'. Actual: int64, expected: str");
    }
  }

  @Test
  void wrongFixedDimensionIsAnInputError() {
    try (OnnxPredictor p = open("strings")) {
      TensorMap in = TensorMap.builder().put("s", Tensor.ofStrings(new String[] {"a"}, 1, 1))
          .put("t", Tensor.ofStrings(new String[] {"a"}, 1)).build();
      assertThatThrownBy(() -> p.predict(in))
          .isInstanceOf(InputException.class)
          .hasMessage("<input>: s: Shape of input (1, 1) for 's' does not match the ONNX model's shape (-1,).");
    }
  }

  @Test
  void float64DataForAFloatInputIsNarrowedAsMlflowDoes(@TempDir Path dir) throws IOException {
    Path m = copyWithoutSignature("external_data", dir);
    try (Predictor p = Predictors.resolve(MLModels.read(m))) {
      Tensor y = ((TensorMap) p.predict(Tensor.ofDoubles(new double[] {1, 2, 3}, 1, 3))).get("y").orElseThrow();
      assertThat(y.dtype()).isEqualTo(NumpyDtype.FLOAT32);
      assertThat(y.toFloatArray()).containsExactly(-0.5f, 10.0f);
    }
  }

  @Test
  void eightThreadsOnOnePredictorGetIdenticalResults() throws Exception {
    OnnxTestModels.Expected ex = OnnxTestModels.expected("dtypes");
    try (OnnxPredictor p = open("dtypes"); ExecutorServiceCloser pool = new ExecutorServiceCloser(8)) {
      PredictOutput first = p.predict(ex.inputs());
      List<Future<List<PredictOutput>>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        futures.add(pool.executor.submit(() -> {
          List<PredictOutput> outs = new ArrayList<>();
          for (int i = 0; i < 200; i++) {
            outs.add(p.predict(ex.inputs()));
          }
          return outs;
        }));
      }
      for (Future<List<PredictOutput>> f : futures) {
        assertThat(f.get(60, TimeUnit.SECONDS)).hasSize(200).allSatisfy(o -> assertThat(o).isEqualTo(first));
      }
    }
  }

  @Test
  void closeReleasesTheSessionAndLaterCallsFailClearly() {
    OnnxTestModels.Expected ex = OnnxTestModels.expected("strings");
    OnnxPredictor p = open("strings");
    OrtSession session = p.session();
    p.close();
    p.close();
    assertThatThrownBy(() -> p.predict(ex.inputs()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("this OnnxPredictor for " + p.modelFile() + " is closed");
    assertThatThrownBy(session::getInputInfo).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aModelInsideAZipFileIsReadIntoMemory(@TempDir Path dir) throws IOException {
    Path zip = dir.resolve("models.zip");
    try (FileSystem fs = FileSystems.newFileSystem(zip, Map.of("create", "true"))) {
      Path target = Files.createDirectories(fs.getPath("/models/dtypes"));
      for (String f : List.of("MLmodel", "model.onnx")) {
        Files.copy(OnnxTestModels.DIR.resolve("dtypes").resolve(f), target.resolve(f));
      }
    }
    OnnxTestModels.Expected ex = OnnxTestModels.expected("dtypes");
    try (FileSystem fs = FileSystems.newFileSystem(zip);
        OnnxPredictor p = Predictors.resolve(MLModels.read(fs.getPath("/models/dtypes")), OnnxPredictor.class)) {
      TensorMap out = (TensorMap) p.predict(ex.inputs());
      OnnxTestModels.assertTensor("f64_sum", out.get("f64_sum").orElseThrow(), ex.outputs().get("f64_sum").orElseThrow());
    }
  }

  @Test
  void missingModelFileIsALocatedModelError(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("MLmodel"), "flavors:\n  onnx:\n    data: nothere.onnx\n");
    assertThatThrownBy(() -> Predictors.resolve(MLModels.read(dir)))
        .isInstanceOf(ModelException.class)
        .hasMessage(dir.resolve("MLmodel").toAbsolutePath() + ":3:11: flavors.onnx.data: 'nothere.onnx'"
            + " does not exist in the model directory " + dir.toAbsolutePath());
  }

  @Test
  void dataOutsideTheFolderIsRefused(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("MLmodel"), "flavors:\n  onnx:\n    data: ../model.onnx\n");
    assertThatThrownBy(() -> Predictors.resolve(MLModels.read(dir)))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("flavors.onnx.data: '../model.onnx' leads outside the model directory")
        .extracting(e -> ((ModelException) e).code()).isEqualTo("path-escape");
  }

  /** Regression: the ONNX loader once checked names only, so a symbolic link led it outside the folder. */
  @Test
  void aSymbolicLinkOutOfTheFolderIsRefused(@TempDir Path dir) throws IOException {
    Path model = Files.createDirectories(dir.resolve("model"));
    Path outside = Files.writeString(dir.resolve("secret.onnx"), "x");
    Files.createSymbolicLink(model.resolve("model.onnx"), outside);
    Files.writeString(model.resolve("MLmodel"), "flavors:\n  onnx:\n    data: model.onnx\n");
    assertThatThrownBy(() -> Predictors.resolve(MLModels.read(model)))
        .isInstanceOf(ModelException.class)
        .extracting(e -> ((ModelException) e).code()).isEqualTo("path-escape");
  }

  /** Regression: an absolute Windows name such as C:/models/m.onnx written with backslashes is refused. */
  @Test
  void aBackslashAbsoluteNameIsRefused(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("MLmodel"), "flavors:\n  onnx:\n    data: 'C:\\\\models\\\\m.onnx'\n");
    assertThatThrownBy(() -> Predictors.resolve(MLModels.read(dir)))
        .isInstanceOf(ModelException.class)
        .extracting(e -> ((ModelException) e).code()).isEqualTo("path-escape");
  }

  /** Since issue 16 the external-data check reads the protocol buffer first, and names what is wrong. */
  @Test
  void notAnOnnxFileIsAModelError(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("MLmodel"), "flavors:\n  onnx:\n    data: model.onnx\n");
    Files.writeString(dir.resolve("model.onnx"), "not protobuf");
    assertThatThrownBy(() -> Predictors.resolve(MLModels.read(dir)))
        .isInstanceOf(ModelException.class)
        .hasMessageStartingWith(dir.resolve("MLmodel").toAbsolutePath() + ":3:11: flavors.onnx.data: model.onnx is not"
            + " a well-formed ONNX model: ")
        .extracting(e -> ((ModelException) e).code()).isEqualTo("bad-onnx");
  }

  @Test
  void unknownSessionOptionIsALocatedModelError(@TempDir Path dir) throws IOException {
    Path m = copyWithoutSignature("external_data", dir);
    Files.writeString(m.resolve("MLmodel"), "flavors:\n  onnx:\n    data: model.onnx\n    onnx_session_options:\n"
        + "      intra_op_num_threads: 1\n      graph_optimisation_level: 99\n");
    assertThatThrownBy(() -> Predictors.resolve(MLModels.read(m)))
        .isInstanceOf(ModelException.class)
        .hasMessageStartingWith(m.resolve("MLmodel").toAbsolutePath() + ":6:33: flavors.onnx.onnx_session_options"
            + ".graph_optimisation_level: unknown ONNX Runtime session option 'graph_optimisation_level'; known: [");
  }

  @Test
  void badSessionOptionValueIsALocatedModelError(@TempDir Path dir) throws IOException {
    Path m = copyWithoutSignature("external_data", dir);
    Files.writeString(m.resolve("MLmodel"), "flavors:\n  onnx:\n    data: model.onnx\n    onnx_session_options:\n"
        + "      execution_mode: sideways\n");
    assertThatThrownBy(() -> Predictors.resolve(MLModels.read(m)))
        .isInstanceOf(ModelException.class)
        .hasMessage(m.resolve("MLmodel").toAbsolutePath() + ":5:23: flavors.onnx.onnx_session_options.execution_mode:"
            + " expected 'sequential' or 'parallel', found 'sideways'");
  }

  /** A copy of a test model with an MLmodel that has the onnx flavor only and no signature. */
  static Path copyWithoutSignature(String name, Path dir) throws IOException {
    Path src = OnnxTestModels.DIR.resolve(name);
    try (var files = Files.list(src)) {
      for (Path f : files.toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    Files.writeString(dir.resolve("MLmodel"), "flavors:\n  onnx:\n    data: model.onnx\n");
    return dir;
  }

  /** try-with-resources for a pool (ExecutorService is AutoCloseable only from Java 19). */
  static final class ExecutorServiceCloser implements AutoCloseable {
    final ExecutorService executor;

    ExecutorServiceCloser(int threads) {
      executor = Executors.newFixedThreadPool(threads);
    }

    @Override
    public void close() {
      executor.shutdownNow();
    }
  }
}
