package io.mlmodel.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.mlmodel.MLModels;
import io.mlmodel.data.PredictInput;
import io.mlmodel.data.PredictOutput;
import io.mlmodel.data.Tensor;
import io.mlmodel.data.TensorMap;
import io.mlmodel.enforce.EnforcementOptions;
import io.mlmodel.enforce.Params;
import io.mlmodel.predict.Predictor;
import io.mlmodel.predict.Predictors;
import io.mlmodel.request.Predictions;
import io.mlmodel.request.ScoringRequest;
import io.mlmodel.request.ScoringRequests;
import io.mlmodel.testsupport.SharedData;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * fixtures-mlflow/onnx_linear, written by MLflow 2.17.2, predicts y = x·W + b with W and b from
 * onnx_raw/weights.json, whatever form the input takes.
 */
class OnnxLinearTest {
  static final float[][] X = {{1, 2, 3, 4}, {-1.5f, 0, 0.25f, 8}, {0, 0, 0, 0}};

  Path model;
  double[] w;
  double b;

  @BeforeEach
  void weights() {
    Path root = SharedData.root().resolve("fixtures-mlflow");
    model = root.resolve("onnx_linear");
    JsonNode weights = JsonMapper.builder().build().readTree(root.resolve("onnx_raw/weights.json").toFile());
    w = new double[weights.get("W").size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = weights.get("W").get(i).asDouble();
    }
    b = weights.get("b").get(0).asDouble();
  }

  double expected(float[] row) {
    double y = b;
    for (int i = 0; i < row.length; i++) {
      y += row[i] * w[i];
    }
    return y;
  }

  static float[] flat() {
    float[] f = new float[X.length * 4];
    for (int r = 0; r < X.length; r++) {
      System.arraycopy(X[r], 0, f, 4 * r, 4);
    }
    return f;
  }

  void assertPredictions(float[] y) {
    assertThat(y).hasSize(X.length);
    for (int r = 0; r < X.length; r++) {
      assertThat((double) y[r]).as("row " + r).isCloseTo(expected(X[r]), within(1e-5));
    }
  }

  PredictOutput predict(PredictInput in) {
    try (Predictor p = Predictors.resolve(MLModels.read(model))) {
      assertThat(p).isInstanceOf(OnnxPredictor.class);
      return p.predict(in);
    }
  }

  @Test
  void aTensor() {
    TensorMap out = (TensorMap) predict(Tensor.ofFloats(flat(), X.length, 4));
    Tensor y = out.get("y").orElseThrow();
    assertThat(y.shape()).containsExactly(X.length, 1);
    assertPredictions(y.toFloatArray());
  }

  @Test
  void namedTensors() {
    TensorMap out = (TensorMap) predict(TensorMap.of("x", Tensor.ofFloats(flat(), X.length, 4)));
    assertPredictions(out.get("y").orElseThrow().toFloatArray());
  }

  static String rows(boolean wrapEachRow) {
    StringBuilder sb = new StringBuilder("[");
    for (int r = 0; r < X.length; r++) {
      sb.append(r == 0 ? "" : ", ").append(wrapEachRow ? "[" : "").append(Arrays.toString(X[r]))
          .append(wrapEachRow ? "]" : "");
    }
    return sb.append("]").toString();
  }

  static List<String> requests() {
    StringBuilder records = new StringBuilder("[");
    for (int r = 0; r < X.length; r++) {
      records.append(r == 0 ? "" : ", ").append("{\"x\": ").append(Arrays.toString(X[r])).append("}");
    }
    records.append("]");
    return List.of(
        "{\"inputs\": " + rows(false) + "}",
        "{\"instances\": " + rows(false) + "}",
        "{\"dataframe_split\": {\"columns\": [\"x\"], \"data\": " + rows(true) + "}}",
        "{\"dataframe_records\": " + records + "}");
  }

  @ParameterizedTest
  @MethodSource("requests")
  void eachRequestForm(String body) {
    try (Predictor p = Predictors.resolve(MLModels.read(model))) {
      ScoringRequest req = ScoringRequests.decodeJson(body, p.signature().orElseThrow(), EnforcementOptions.defaults());
      String response = Predictions.toJson(p.predict(req.input(), Params.of(req.params())));
      JsonNode y = JsonMapper.builder().build().readTree(response).get("predictions").get("y");
      assertThat(y.size()).as(response).isEqualTo(X.length);
      float[] v = new float[X.length];
      for (int r = 0; r < X.length; r++) {
        assertThat(y.get(r).size()).as(response).isEqualTo(1);
        v[r] = (float) y.get(r).get(0).asDouble();
      }
      assertPredictions(v);
    }
  }
}
