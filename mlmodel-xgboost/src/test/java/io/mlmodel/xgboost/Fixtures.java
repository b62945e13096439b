package io.mlmodel.xgboost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.mlmodel.data.PredictOutput;
import io.mlmodel.data.Tensor;
import io.mlmodel.enforce.EnforcementOptions;
import io.mlmodel.enforce.Params;
import io.mlmodel.predict.Predictor;
import io.mlmodel.request.ScoringRequest;
import io.mlmodel.request.ScoringRequests;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fixtures of testdata/xgboost, written by make_fixtures.py with XGBoost 1.7 and MLflow
 * 2.17.2: each model folder and, beside it, the input and what MLflow's pyfunc predicted.
 */
final class Fixtures {
  private Fixtures() {}

  static final JsonMapper JSON = JsonMapper.builder().build();

  static Path root() {
    return Paths.get(System.getProperty("mlmodel.testdata", "../testdata")).toAbsolutePath().normalize()
        .resolve("xgboost");
  }

  static Path dir(String name) {
    return root().resolve(name);
  }

  static List<String> names() {
    try (Stream<Path> s = Files.list(root())) {
      return s.filter(p -> Files.isRegularFile(p.resolve("MLmodel"))).map(p -> p.getFileName().toString())
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode expectation(String name) {
    return JSON.readTree(root().resolve(name + ".expected.json").toFile());
  }

  /** The fixture's request, decoded as MLflow's scoring server decodes it. */
  static ScoringRequest request(Predictor p, String name) {
    String body = JSON.writeValueAsString(expectation(name).get("input"));
    return ScoringRequests.decodeJson(body, p.signature().orElse(null), EnforcementOptions.defaults());
  }

  static PredictOutput predict(Predictor p, String name) {
    ScoringRequest r = request(p, name);
    return p.predict(r.input(), Params.of(r.params()));
  }

  /** Asserts that {@code out} is the tensor pyfunc returned: dtype, shape, values to 1e-6 relative. */
  static void assertPyfunc(PredictOutput out, JsonNode expected) {
    assertThat(out).isInstanceOf(Tensor.class);
    Tensor t = (Tensor) out;
    assertThat(t.dtype().numpyName()).isEqualTo(expected.get("dtype").asString());
    long[] shape = JSON.convertValue(expected.get("shape"), long[].class);
    assertThat(t.shape()).containsExactly(shape);
    JsonNode values = expected.get("values");
    assertThat(t.size()).isEqualTo(values.size());
    for (int i = 0; i < t.size(); i++) {
      double want = values.get(i).asDouble();
      double got = ((Number) t.getObject(i)).doubleValue();
      assertThat(got).as("value %d", i).isCloseTo(want, within(1e-6 * Math.max(1, Math.abs(want))));
    }
  }
}
