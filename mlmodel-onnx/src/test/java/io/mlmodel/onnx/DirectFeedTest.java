package io.mlmodel.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.TensorInfo;
import io.mlmodel.InputException;
import io.mlmodel.data.ColumnTable;
import io.mlmodel.data.Tensor;
import io.mlmodel.data.TensorMap;
import io.mlmodel.enforce.Params;
import io.mlmodel.signature.DataType;
import io.mlmodel.signature.ModelSignature;
import io.mlmodel.signature.NumpyDtype;
import io.mlmodel.signature.Schema;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * When a prediction may skip enforcement and feeding: only where the full path would hand the
 * caller's tensor unchanged to the graph's only input. Everything else must take the full path,
 * which the last tests show by its errors.
 */
class DirectFeedTest {
  private static final List<String> GRAPH = List.of("x");
  private static final Tensor X = Tensor.ofFloats(new float[6], 2, 3);
  private static Map<String, OrtTensors.Input> info;

  @BeforeAll
  static void graphInputInfo() throws OrtException {
    try (OnnxPredictor p = OnnxPredictorTest.open("external_data")) {
      TensorInfo t = (TensorInfo) p.session().getInputInfo().values().iterator().next().getInfo();
      info = Map.of("x", OrtTensors.Input.of("x", t));
    }
  }

  private static Optional<ModelSignature> signature(Schema inputs) {
    return Optional.of(ModelSignature.builder().inputs(inputs).build());
  }

  private static DirectFeed of(Optional<ModelSignature> signature, Boolean typeHint, Map<String, String> aliases) {
    return DirectFeed.of(signature, typeHint, GRAPH, info, aliases);
  }

  @Test
  void aTensorMatchingTheOnlySpecFeedsTheGraphAsItIs() {
    DirectFeed named = of(signature(Schema.builder().tensor("x", NumpyDtype.FLOAT32, -1, 3).build()), false, Map.of());
    assertThat(named.graphInput().name()).isEqualTo("x");
    assertThat(named.accept(X, Params.empty())).isSameAs(X);
    DirectFeed unnamed = of(signature(Schema.builder().tensor(null, NumpyDtype.FLOAT32, -1, 3).build()), false,
        Map.of());
    assertThat(unnamed.accept(X, Params.empty())).isSameAs(X);
  }

  @Test
  void oneTensorUnderTheSpecsNameFeedsTheGraphAsItIs() {
    DirectFeed named = of(signature(Schema.builder().tensor("x", NumpyDtype.FLOAT32, -1, 3).build()), false, Map.of());
    assertThat(named.accept(TensorMap.of("x", X), Params.empty())).isSameAs(X);
    DirectFeed aliased = of(signature(Schema.builder().tensor("features", NumpyDtype.FLOAT32, -1, 3).build()), false,
        Map.of("features", "x"));
    assertThat(aliased.accept(TensorMap.of("features", X), Params.empty())).isSameAs(X);
    assertThat(aliased.accept(TensorMap.of("x", X), Params.empty())).as("the graph's name is not the spec's").isNull();
    DirectFeed unnamed = of(signature(Schema.builder().tensor(null, NumpyDtype.FLOAT32, -1, 3).build()), false,
        Map.of());
    assertThat(unnamed.accept(TensorMap.of("x", X), Params.empty())).as("MLflow refuses a dict here").isNull();
    assertThat(of(Optional.empty(), false, Map.of()).accept(TensorMap.of("x", X), Params.empty())).isSameAs(X);
  }

  @Test
  void aSpecNamedOtherwiseFeedsTheGraphOnlyThroughItsPositionalAlias() {
    Optional<ModelSignature> sig = signature(Schema.builder().tensor("features", NumpyDtype.FLOAT32, -1, 3).build());
    assertThat(of(sig, false, Map.of("features", "x")).accept(X, Params.empty())).isSameAs(X);
    assertThat(of(sig, false, Map.of())).isNull();
  }

  @Test
  void whatEnforcementWouldConvertOrRefuseTakesTheFullPath() {
    DirectFeed feed = of(signature(Schema.builder().tensor("x", NumpyDtype.FLOAT32, -1, 3).build()), false, Map.of());
    assertThat(feed.accept(Tensor.ofDoubles(new double[6], 2, 3), Params.empty())).as("dtype").isNull();
    assertThat(feed.accept(Tensor.ofFloats(new float[4], 2, 2), Params.empty())).as("shape").isNull();
    assertThat(feed.accept(TensorMap.of("y", X), Params.empty())).as("another name").isNull();
    assertThat(feed.accept(TensorMap.builder().put("x", X).put("y", X).build(), Params.empty()))
        .as("an extra tensor to drop with a warning").isNull();
    assertThat(feed.accept(ColumnTable.builder().addDoubles("x", 1).build(), Params.empty())).as("a table").isNull();
    assertThat(feed.accept(X, Params.of(Map.of("k", 1)))).as("params to check or drop").isNull();
  }

  @Test
  void withoutAnInputSchemaOrWithTypeHintsAnyTensorFeedsTheGraph() {
    Tensor doubles = Tensor.ofDoubles(new double[6], 2, 3);
    assertThat(of(Optional.empty(), false, Map.of()).accept(doubles, Params.empty())).isSameAs(doubles);
    Optional<ModelSignature> sig = signature(Schema.builder().tensor("x", NumpyDtype.FLOAT32, -1, 3).build());
    assertThat(of(sig, true, Map.of()).accept(doubles, Params.empty())).isSameAs(doubles);
  }

  @Test
  void modelsWhoseInputsAlwaysNeedTheFullPathHaveNoShortcut() {
    Optional<ModelSignature> two = signature(Schema.builder().tensor("x", NumpyDtype.FLOAT32, -1, 3)
        .tensor("y", NumpyDtype.FLOAT32, -1).build());
    assertThat(of(two, false, Map.of())).as("two specs").isNull();
    assertThat(of(signature(Schema.builder().column("x", DataType.DOUBLE).build()), false, Map.of()))
        .as("a column signature").isNull();
    assertThat(of(Optional.empty(), null, Map.of())).as("a malformed type-hint flag").isNull();
    assertThat(DirectFeed.of(Optional.empty(), false, List.of("x", "y"), info, Map.of())).as("two graph inputs")
        .isNull();
    assertThat(DirectFeed.of(Optional.empty(), false, GRAPH, Map.of(), Map.of())).as("not a tensor input").isNull();
  }

  @Test
  void theFullPathStillGivesEnforcementsMessages() {
    try (OnnxPredictor p = OnnxPredictorTest.open("external_data")) {
      assertThatThrownBy(() -> p.predict(Tensor.ofDoubles(new double[3], 1, 3)))
          .isInstanceOf(InputException.class)
          .hasMessageContaining("dtype of input float64 does not match expected dtype float32");
      assertThatThrownBy(() -> p.predict(Tensor.ofFloats(new float[4], 1, 4)))
          .isInstanceOf(InputException.class)
          .hasMessageContaining("Shape of input (1, 4) does not match expected shape (-1, 3).");
      assertThatThrownBy(() -> p.predict(TensorMap.of("x", Tensor.ofFloats(new float[3], 1, 3))))
          .isInstanceOf(InputException.class)
          .hasMessageContaining("suggests a numpy array input, but an input of type dict was found");
    }
  }
}
