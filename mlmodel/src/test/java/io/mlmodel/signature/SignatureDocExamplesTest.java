package io.mlmodel.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The examples of docs/signature.md, run as written, with the results the page shows. */
class SignatureDocExamplesTest {

  @Test
  void fromStrings() {
    ModelSignature s = SignatureParser.fromStrings(
        "[{\"type\": \"double\", \"name\": \"x\", \"required\": true}]", null, null);
    assertThat(s.inputs().orElseThrow().inputNames()).containsExactly("x");
    assertThat(s.inputs().orElseThrow().column("x").map(Object::toString)).contains("'x': double (required)");
  }

  @Test
  void buildingAndWriting() {
    ModelSignature sig = ModelSignature.builder()
        .inputs(Schema.builder()
            .column("age", DataType.LONG)
            .optionalColumn("tags", ArrayType.of(DataType.STRING))
            .column("address", ObjectType.of(
                Property.required("city", DataType.STRING),
                Property.optional("zip", DataType.STRING)))
            .column("weights", MapType.of(DataType.DOUBLE))
            .build())
        .outputs(Schema.builder().tensor("probs", NumpyDtype.FLOAT32, -1, 10).build())
        .params(ParamSchema.of(
            ParamSpec.of("temperature", DataType.DOUBLE, 0.7),
            ParamSpec.list("stop", DataType.STRING, List.of("\n"))))
        .build();
    assertThat(sig.toDict().get("inputs")).startsWith("[{\"type\": \"long\", \"name\": \"age\", \"required\": true}, "
        + "{\"type\": \"array\", \"items\": {\"type\": \"string\"}, \"name\": \"tags\", \"required\": false}, ");
    assertThat(sig.toDict().get("params")).isEqualTo("[{\"name\": \"temperature\", \"type\": \"double\", \"default\": 0.7, "
        + "\"shape\": null}, {\"name\": \"stop\", \"type\": \"string\", \"default\": [\"\\n\"], \"shape\": [-1]}]");
  }

  @Test
  void openInference() {
    Schema cols = Schema.builder().column("x", DataType.DOUBLE).column("text", DataType.STRING).build();
    assertThat(OpenInference.inputs(cols).get(1).toJson())
        .isEqualTo("{\"name\": \"text\", \"datatype\": \"BYTES\", \"shape\": [-1, 1], \"parameters\": {\"content_type\": \"str\"}}");
    assertThat(OpenInference.requestContentType(cols)).isEqualTo("pd");
  }
}
