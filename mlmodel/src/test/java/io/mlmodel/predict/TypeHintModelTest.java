package io.mlmodel.predict;

import static io.mlmodel.predict.Fx.SAFE;
import static org.assertj.core.api.Assertions.assertThat;

import io.mlmodel.data.Tensor;
import io.mlmodel.enforce.EnforcedInput;
import io.mlmodel.request.RequestValidator;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/** Format reference §5 step 1 and §6.2 rule 2: models whose signature came from Python type hints. */
class TypeHintModelTest {
  private static final Path MODEL = Paths.get(System.getProperty("mlmodel.basedir", "."))
      .resolve("testdata/predict/type_hint_model");

  @Test
  void requestMustUseTheInputsKey() {
    Fx.fails(() -> RequestValidator.validate(MODEL, RequestFormsTest.stream("{\"dataframe_records\": [{\"0\": \"a\"}]}"),
        "application/json", SAFE), "bad-request")
        .hasMessageContaining("Request payload must be a dictionary with 'inputs' key when the model contains a valid"
            + " type hint.");
  }

  @Test
  void inputIsNotEnforcedButParamsAre() {
    EnforcedInput e = RequestValidator.validate(MODEL, RequestFormsTest.stream("{\"inputs\": [1, 2], \"params\": {}}"),
        "application/json", SAFE);
    assertThat(((Tensor) e.input()).toLongArray()).containsExactly(1, 2);
    assertThat(e.params().get("n")).contains(1L);
    Fx.fails(() -> RequestValidator.validate(MODEL, RequestFormsTest.stream("{\"inputs\": [\"a\"], \"params\": {\"n\": \"x\"}}"),
        "application/json", SAFE), "bad-param").hasMessageContaining("'n'");
  }
}
