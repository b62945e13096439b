package io.mlmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmodel.MLModels;
import io.mlmodel.data.ColumnTable;
import io.mlmodel.data.PredictOutput;
import io.mlmodel.model.MLModel;
import io.mlmodel.model.PythonFunctionFlavor;
import io.mlmodel.predict.Predictor;
import io.mlmodel.predict.Predictors;
import io.mlmodel.validate.Severity;
import io.mlmodel.validate.ValidationReport;
import io.mlmodel.validate.Validator;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The Java examples of README.md, as written there. */
class ReadmeExamplesTest {

  @Test
  void readingAModel() {
    MLModel model = MLModels.read(Path.of("testdata/models/mlflow3_sklearn_logged"));
    assertThat(model.flavors().keySet()).containsExactly("python_function", "sklearn");
    assertThat(model.mlflowVersion().orElseThrow()).isEqualTo("3.6.0");
    PythonFunctionFlavor pyfunc = model.pythonFunction().orElseThrow();
    assertThat(pyfunc.loaderModule()).isEqualTo("mlflow.sklearn");
  }

  @Test
  void runningAModel() {
    MLModel model = MLModels.read(Path.of("testdata/onnx/columns_single_input"));
    try (Predictor predictor = Predictors.resolve(model)) {
      ColumnTable input = ColumnTable.builder()
          .addDoubles("a", 1.0).addDoubles("b", 2.0).addLongs("c", 3).build();
      PredictOutput output = predictor.predict(input);
      double variable = output.asTable().getDouble(0, "variable");  // 4.5
      assertThat(variable).isEqualTo(4.5);
    }
  }

  @Test
  void theShowcaseFoldersValidateAsTheReadmeSays() {
    Validator v = Validator.defaults();
    for (String complete : new String[] {"testdata/onnx/columns_single_input", "testdata/onnx/external_data",
        "testdata/valid/minimal"}) {
      assertThat(v.validate(Path.of(complete)).hasErrors()).as(complete).isFalse();
    }
    for (String corpus : new String[] {"testdata/models/mlflow3_sklearn_logged", "testdata/models/mlflow2_custom_pyfunc"}) {
      ValidationReport report = v.validate(Path.of(corpus));
      assertThat(report.findings(Severity.ERROR)).as(corpus).isNotEmpty()
          .allSatisfy(f -> assertThat(f.code()).isEqualTo("missing-file"));
    }
  }
}
