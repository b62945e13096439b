package io.mlmodel.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mlmodel.LimitExceededException;
import io.mlmodel.Location;
import io.mlmodel.ModelException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Building signatures in Java, and the signature behaviours of format reference §11.2. */
class SignatureModelTest {

  @Test
  void atLeastOnePartIsRequired() { // §11.2 #19, #20
    assertThatThrownBy(() -> ModelSignature.builder().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("At least one of inputs, outputs or params must be provided");
    ModelException e = catchThrowableOfType(ModelException.class, () -> SignatureParser.fromStrings(null, "", null));
    assertThat(e.code()).isEqualTo("bad-signature");
    assertThat(e).hasMessage("<input>: signature: At least one of inputs, outputs or params must be provided");
  }

  @Test
  void yamlValuesFollowPythonTruthiness() {
    ModelSignature sig = SignatureParser.fromYaml(Map.of("inputs", "[{\"type\": \"double\"}]", "outputs", "", "params", false),
        k -> Location.UNKNOWN.withKeyPath("signature." + k), io.mlmodel.ReadOptions.defaults());
    assertThat(sig.outputs()).isEmpty();
    assertThat(sig.params()).isEmpty();
    ModelException e = catchThrowableOfType(ModelException.class, () -> SignatureParser.fromYaml(
        Map.of("inputs", List.of("x")), k -> Location.UNKNOWN.withKeyPath("signature." + k), io.mlmodel.ReadOptions.defaults()));
    assertThat(e).hasMessage("<input>: signature.inputs: expected the JSON text of the inputs as a string, got a sequence");
    e = catchThrowableOfType(ModelException.class, () -> SignatureParser.fromYaml("text",
        k -> Location.UNKNOWN.withKeyPath("signature"), io.mlmodel.ReadOptions.defaults()));
    assertThat(e).hasMessage("<input>: signature: signature must be a mapping with inputs, outputs and params, got a String");
  }

  @Test
  void binaryInputOnlyToDict() { // §11.2 #21
    ModelSignature sig = ModelSignature.builder().inputs(Schema.builder().unnamedColumn(DataType.BINARY).build()).build();
    Map<String, String> d = sig.toDict();
    assertThat(d).containsExactly(Map.entry("inputs", "[{\"type\": \"binary\", \"required\": true}]"),
        entry("outputs", null), entry("params", null));
  }

  private static Map.Entry<String, String> entry(String k, String v) {
    return new java.util.AbstractMap.SimpleEntry<>(k, v);
  }

  @Test
  void outputsOnlyAndParamsOnly() { // §11.2 #22 (MLflow 2.17 param key order)
    ModelSignature out = new ModelSignature(null, Schema.builder().unnamedColumn(DataType.DOUBLE).build(), null);
    assertThat(out.toDict().get("outputs")).isEqualTo("[{\"type\": \"double\", \"required\": true}]");
    assertThat(out.toDict().get("inputs")).isNull();
    ModelSignature params = new ModelSignature(null, null, ParamSchema.of(ParamSpec.of("param1", DataType.STRING, "test")));
    assertThat(params.toDict().get("params"))
        .isEqualTo("[{\"name\": \"param1\", \"type\": \"string\", \"default\": \"test\", \"shape\": null}]");
  }

  @Test
  void chatMessagePropertiesAreWrittenAlphabetically() { // §11.2 #23
    ObjectType message = ObjectType.of(Property.required("role", DataType.STRING), Property.required("content", DataType.STRING));
    Schema s = Schema.builder().column("messages", ArrayType.of(message)).build();
    assertThat(s.toJson()).isEqualTo("[{\"type\": \"array\", \"items\": {\"type\": \"object\", \"properties\": "
        + "{\"content\": {\"type\": \"string\", \"required\": true}, \"role\": {\"type\": \"string\", \"required\": true}}}, "
        + "\"name\": \"messages\", \"required\": true}]");
  }

  @Test
  void equality() { // §11.2 #24, #29, #30
    Schema cols = Schema.builder().column("a", DataType.DOUBLE).build();
    Schema tens = Schema.builder().tensor("a", NumpyDtype.FLOAT64, -1).build();
    assertThat(cols).isNotEqualTo(tens);
    assertThat(new ModelSignature(cols, null, null)).isEqualTo(new ModelSignature(Schema.builder().column("a", DataType.DOUBLE).build(), null, null));
    assertThat(new ModelSignature(cols, null, null)).isNotEqualTo(new ModelSignature(null, cols, null));
    assertThat(TensorSpec.of("a", NumpyDtype.fromName("float").orElseThrow(), -1))
        .isEqualTo(TensorSpec.of("a", NumpyDtype.FLOAT64, -1))
        .isNotEqualTo(TensorSpec.of("a", NumpyDtype.FLOAT64, -1, 2))
        .isNotEqualTo(TensorSpec.of("b", NumpyDtype.FLOAT64, -1))
        .isNotEqualTo(TensorSpec.of("a", NumpyDtype.FLOAT32, -1));
    assertThat(ColSpec.unnamed(DataType.STRING)).isEqualTo(new ColSpec(DataType.STRING, null, true));
    assertThat(ColSpec.of("a", DataType.STRING)).isNotEqualTo(ColSpec.optional("a", DataType.STRING));
    assertThat(SparkMLVectorType.INSTANCE).isNotEqualTo(ArrayType.of(DataType.DOUBLE));
  }

  @Test
  void schemaRulesApplyToBuilders() { // §11.2 #31, #32
    assertThatThrownBy(() -> Schema.builder().build()).hasMessage("a schema must have at least one input");
    assertThatThrownBy(() -> Schema.builder().column("a", DataType.LONG).tensor("b", NumpyDtype.INT64, -1).build())
        .hasMessageContaining("cannot mix column specs and tensor specs");
    assertThatThrownBy(() -> Schema.builder().column("a", DataType.LONG).unnamedColumn(DataType.LONG).build())
        .hasMessageContaining("all named or all unnamed");
    assertThatThrownBy(() -> Schema.builder().tensor(null, NumpyDtype.INT64, -1).tensor(null, NumpyDtype.INT64, -1).build())
        .hasMessageContaining("only one unnamed tensor spec");
    assertThatThrownBy(() -> Schema.builder().column(new ColSpec(DataType.LONG, null, false)).build())
        .hasMessageContaining("an unnamed schema cannot have optional inputs");
  }

  @Test
  void objectRulesApplyToBuilders() { // §11.2 #33
    assertThatThrownBy(() -> new ObjectType(List.of())).hasMessage("an object type needs at least one property");
    assertThatThrownBy(() -> ObjectType.of(Property.required("p2", DataType.LONG), Property.optional("p2", DataType.LONG)))
        .hasMessage("duplicate property name 'p2'");
  }

  @ParameterizedTest
  @EnumSource(DataType.class)
  void everyDataTypeInPropertiesAndArraysRoundTrips(DataType d) { // §11.2 #35
    String json = "[{\"type\": \"object\", \"properties\": {\"data\": {\"type\": \"" + d.mlflowName()
        + "\", \"required\": true}}, \"name\": \"o\", \"required\": true}, {\"type\": \"array\", \"items\": {\"type\": \""
        + d.mlflowName() + "\"}, \"name\": \"a\", \"required\": true}]";
    Schema built = Schema.builder().column("o", ObjectType.of(Property.required("data", d))).column("a", ArrayType.of(d)).build();
    assertThat(built.toJson()).isEqualTo(json);
    assertThat(SignatureParser.parseSchema(json, Location.UNKNOWN)).isEqualTo(built);
    assertThat(DataType.fromName(d.mlflowName())).contains(d);
  }

  @ParameterizedTest
  @EnumSource(NumpyDtype.class)
  void everyNumpyDtypeRoundTripsThroughJson(NumpyDtype d) { // §11.2 #44
    Schema s = Schema.builder().tensor("t", d, -1, 3).build();
    Schema back = SignatureParser.parseSchema(s.toJson(), Location.UNKNOWN);
    assertThat(back).isEqualTo(s);
    assertThat(back.tensors().get(0).dtype().numpyName()).isEqualTo(d.numpyName());
  }

  @Test
  void builderRoundTripsThroughJson() {
    ModelSignature sig = ModelSignature.builder()
        .inputs(Schema.builder()
            .column("age", DataType.LONG)
            .optionalColumn("tags", ArrayType.of(DataType.STRING))
            .column("weights", MapType.of(DataType.DOUBLE))
            .column("extra", AnyType.INSTANCE)
            .column(ColSpec.integerNamed(0, DataType.DATETIME, true))
            .build())
        .outputs(Schema.builder().tensor("probs", NumpyDtype.FLOAT32, -1, 10).build())
        .params(ParamSchema.of(ParamSpec.of("temperature", DataType.DOUBLE, 0.7)))
        .build();
    Map<String, String> d = sig.toDict();
    ModelSignature back = SignatureParser.fromStrings(d.get("inputs"), d.get("outputs"), d.get("params"));
    assertThat(back).isEqualTo(sig);
    assertThat(back.toDict()).isEqualTo(d);
    assertThat(d.get("inputs")).isEqualTo("[{\"type\": \"long\", \"name\": \"age\", \"required\": true}, "
        + "{\"type\": \"array\", \"items\": {\"type\": \"string\"}, \"name\": \"tags\", \"required\": false}, "
        + "{\"type\": \"map\", \"values\": {\"type\": \"double\"}, \"name\": \"weights\", \"required\": true}, "
        + "{\"type\": \"any\", \"name\": \"extra\", \"required\": true}, "
        + "{\"type\": \"datetime\", \"name\": 0, \"required\": true}]");
    assertThat(d.get("outputs")).isEqualTo("[{\"name\": \"probs\", \"type\": \"tensor\", \"tensor-spec\": {\"dtype\": \"float32\", \"shape\": [-1, 10]}}]");
  }

  @Test
  void schemaToStringIsATable() {
    Schema s = Schema.builder()
        .column("sepal length (cm)", DataType.DOUBLE)
        .optionalColumn("tags", ArrayType.of(DataType.STRING))
        .build();
    assertThat(s.toString()).isEqualTo(
        "columns (2, named)\n"
        + "#  name               type           required\n"
        + "0  sepal length (cm)  double         yes\n"
        + "1  tags               Array(string)  no\n");
    Schema t = Schema.builder().tensor(null, NumpyDtype.FLOAT32, -1, 28, 28).build();
    assertThat(t.toString()).isEqualTo(
        "tensors (1, unnamed)\n"
        + "#  name  dtype    shape\n"
        + "0  -     float32  (-1, 28, 28)\n");
  }

  @Test
  void specsPrintInMlflowNotation() {
    assertThat(ColSpec.of("a", DataType.DOUBLE)).hasToString("'a': double (required)");
    assertThat(ColSpec.unnamed(MapType.of(DataType.LONG))).hasToString("Map(str -> long) (required)");
    assertThat(TensorSpec.of("image", NumpyDtype.FLOAT32, -1)).hasToString("'image': Tensor('float32', (-1,))");
    assertThat(SparkMLVectorType.INSTANCE).hasToString("SparkML vector");
  }

  @Test
  void javaTypes() {
    assertThat(DataType.INTEGER.javaType()).isEqualTo(Integer.class);
    assertThat(DataType.BINARY.javaType()).isEqualTo(byte[].class);
    assertThat(DataType.DATETIME.javaType()).isEqualTo(java.time.LocalDateTime.class);
    assertThat(NumpyDtype.UINT8.javaType()).isEqualTo(Short.class);
    assertThat(NumpyDtype.FLOAT16.javaType()).isEqualTo(Float.class);
    assertThat(NumpyDtype.INT32.bytesPerElement()).isEqualTo(4);
    assertThat(NumpyDtype.STR.bytesPerElement()).isZero();
  }

  @Test
  void lookupByName() {
    Schema s = Schema.builder().column("a", DataType.LONG).column(ColSpec.integerNamed(7, DataType.DOUBLE, true)).build();
    assertThat(s.column("a")).contains(ColSpec.of("a", DataType.LONG));
    assertThat(s.column("7").map(ColSpec::nameIsInteger)).contains(true);
    assertThat(s.column("b")).isEmpty();
    assertThat(s.tensor("a")).isEmpty();
  }

  @Test
  void fromStringsHonoursLimits() {
    LimitExceededException e = catchThrowableOfType(LimitExceededException.class, () -> SignatureParser.fromStrings(
        "[{\"type\": \"double\"}]", null, null, io.mlmodel.ReadOptions.builder().maxDepth(1).build()));
    assertThat(e).hasMessage("<input>: signature.inputs: the JSON is nested more than 1 levels deep (ReadOptions.maxDepth)");
  }

  @Test
  void immutability() {
    Schema s = Schema.builder().tensor("t", NumpyDtype.INT64, -1).build();
    assertThatThrownBy(() -> s.tensors().add(TensorSpec.of("x", NumpyDtype.INT64))).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> s.tensors().get(0).shape().set(0, 3L)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void tensorSpecDimensionsAreReadOneByOneWithoutACopy() {
    TensorSpec spec = TensorSpec.of("image", NumpyDtype.FLOAT32, -1, 28, 28);
    assertThat(spec.rank()).isEqualTo(3);
    assertThat(new long[] {spec.dim(0), spec.dim(1), spec.dim(2)}).containsExactly(-1, 28, 28);
    assertThat(TensorSpec.of("s", NumpyDtype.INT64).rank()).isZero();
    assertThatThrownBy(() -> spec.dim(3)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
