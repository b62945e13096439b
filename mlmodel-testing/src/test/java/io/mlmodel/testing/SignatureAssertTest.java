package io.mlmodel.testing;

import static io.mlmodel.testing.MLModelAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmodel.MLModels;
import io.mlmodel.model.MLModel;
import io.mlmodel.signature.ArrayType;
import io.mlmodel.signature.DataType;
import io.mlmodel.signature.NumpyDtype;
import io.mlmodel.testsupport.SharedData;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignatureAssertTest {

  @Test
  void columnSignature(@MLModelFixture(resource = "kit/iris") MLModel model) {
    assertThat(model).hasFlavor("sklearn").signature()
        .hasInput("age", DataType.LONG)
        .hasInput("sepal_length", DataType.DOUBLE)
        .hasInputNames("sepal_length", "age")
        .hasRequiredInput("age", true)
        .hasOutput(DataType.LONG)
        .hasNoParams();
  }

  @Test
  void columnMismatchesPrintTheSchema(@MLModelFixture(resource = "kit/iris") MLModel model) {
    assertThatThrownBy(() -> assertThat(model).signature().hasInput("age", DataType.INTEGER))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to have the column age: integer but they are")
        .hasMessageContaining("age");
    assertThatThrownBy(() -> assertThat(model).signature().hasInput("height"))
        .hasMessageContaining("Expecting the signature inputs to have 'height'");
    assertThatThrownBy(() -> assertThat(model).signature().hasOutput(DataType.DOUBLE))
        .hasMessageContaining("to be one column of double");
  }

  @Test
  void tensorSignatureOfARealMlflowFolder() {
    MLModel onnx = MLModels.read(SharedData.root().resolve("fixtures-mlflow/onnx_linear"));
    assertThat(onnx).hasFlavor("onnx").signature()
        .hasTensorInput("x", NumpyDtype.FLOAT32, -1, 4)
        .hasTensorOutput("y", NumpyDtype.FLOAT32, -1, 1)
        .hasInput("x");
    assertThatThrownBy(() -> assertThat(onnx).signature().hasTensorInput("x", NumpyDtype.FLOAT64, -1, 4))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to have the tensor");
  }

  @Test
  void paramsAndNestedTypes(@TempDir Path tmp) {
    MLModel m = TempModelFolder.in(tmp).pythonFunction("mlflow.pyfunc.model", "python_model.pkl")
        .put("signature", java.util.Map.of(
            "inputs", "[{\"type\": \"array\", \"items\": {\"type\": \"string\"}, \"name\": \"tags\", \"required\": true}]",
            "params", "[{\"name\": \"temperature\", \"type\": \"double\", \"default\": 0.5, \"shape\": null}]"))
        .writeAndRead();
    assertThat(m).signature().hasInput("tags", new ArrayType(DataType.STRING))
        .hasParam("temperature", DataType.DOUBLE, 0.5);
    assertThatThrownBy(() -> assertThat(m).signature().hasNoParams())
        .hasMessageContaining("to have no params");
    assertThatThrownBy(() -> assertThat(m).signature().hasOutput(DataType.DOUBLE))
        .hasMessageContaining("to have outputs but it has none");
  }

  @Test
  void aModelWithoutSignatureFails(@TempDir Path tmp) {
    MLModel m = TempModelFolder.in(tmp).pythonFunction("mlflow.onnx", "m.onnx").writeAndRead();
    assertThatThrownBy(() -> assertThat(m).signature())
        .hasMessageContaining("to have a signature, but it has none");
  }
}
