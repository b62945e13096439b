package io.mlmodel.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mlmodel.Location;
import io.mlmodel.ModelException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The schema rules of format reference §4.3 - §4.6 and §4.9, with their located messages. */
class SchemaParsingTest {
  static final Location AT = new Location(Path.of("/m/MLmodel"), 12, 11, "signature.inputs");
  static final String P = "/m/MLmodel:12:11: ";

  static Schema parse(String json) {
    return SignatureParser.parseSchema(json, AT);
  }

  static ModelException fail(String json, String code) {
    ModelException e = catchThrowableOfType(ModelException.class, () -> parse(json));
    assertThat(e).as("error for " + json).isNotNull();
    assertThat(e.code()).isEqualTo(code);
    return e;
  }

  @Test
  void schemaMustBeAList() {
    assertThat(fail("{\"type\": \"double\"}", "bad-signature"))
        .hasMessage(P + "signature.inputs: a schema must be a JSON array, got an object");
  }

  @Test
  void emptySchemaIsRejected() {
    assertThat(fail("[]", "bad-signature")).hasMessage(P + "signature.inputs: a schema must have at least one input");
  }

  @Test
  void namedAndUnnamedCannotMix() {
    ModelException e = fail("[{\"type\": \"double\", \"name\": \"a\"}, {\"type\": \"double\"}]", "bad-signature");
    assertThat(e).hasMessage(P + "signature.inputs[1]: inputs must be all named or all unnamed, but input 0 is named and input 1 is unnamed");
    assertThat(e.location().keyPath()).isEqualTo("signature.inputs[1]");
    assertThat(e.location().line()).isEqualTo(12);
  }

  @Test
  void columnAndTensorSpecsCannotMix() {
    assertThat(fail("[{\"type\": \"double\", \"name\": \"a\"}, {\"name\": \"b\", \"type\": \"tensor\", "
        + "\"tensor-spec\": {\"dtype\": \"float32\", \"shape\": [-1]}}]", "bad-signature"))
        .hasMessage(P + "signature.inputs[1]: a schema cannot mix column specs and tensor specs, but input 0 is a column spec and input 1 a tensor spec");
  }

  @Test
  void onlyOneUnnamedTensor() {
    String t = "{\"type\": \"tensor\", \"tensor-spec\": {\"dtype\": \"float32\", \"shape\": [-1]}}";
    assertThat(fail("[" + t + ", " + t + "]", "bad-signature"))
        .hasMessage(P + "signature.inputs[1]: a schema may hold only one unnamed tensor spec; name every tensor");
  }

  @Test
  void unnamedSchemaCannotHaveOptionalColumns() {
    assertThat(fail("[{\"type\": \"double\"}, {\"type\": \"long\", \"required\": false}]", "bad-signature"))
        .hasMessage(P + "signature.inputs[1]: an unnamed schema cannot have optional inputs, but input 1 is optional; name the inputs or make them required");
  }

  /** Issue 15, class 4: MLflow 2.17.2's ColSpec turns a missing or null required into True. */
  @Test
  void columnWithoutRequiredOfAnyTypeRewritesAsMlflowsToDict() {
    // expected strings: MLflow 2.17.2's Schema.from_json(s).to_json() on the same input
    assertThat(parse("[{\"type\": \"array\", \"items\": {\"type\": \"string\"}}]").toJson())
        .isEqualTo("[{\"type\": \"array\", \"items\": {\"type\": \"string\"}, \"required\": true}]");
    assertThat(parse("[{\"type\": \"array\", \"items\": {\"type\": \"string\"}, \"required\": null}]").toJson())
        .isEqualTo("[{\"type\": \"array\", \"items\": {\"type\": \"string\"}, \"required\": true}]");
    assertThat(parse("[{\"type\": \"map\", \"values\": {\"type\": \"double\"}, \"name\": \"m\"}, "
        + "{\"type\": \"object\", \"properties\": {\"p\": {\"type\": \"array\", \"items\": {\"type\": \"long\"}}}, \"name\": \"o\"}, "
        + "{\"type\": \"sparkml_vector\", \"name\": \"v\"}, {\"type\": \"double\", \"name\": \"d\", \"required\": null}]").toJson())
        .isEqualTo("[{\"type\": \"map\", \"values\": {\"type\": \"double\"}, \"name\": \"m\", \"required\": true}, "
            + "{\"type\": \"object\", \"properties\": {\"p\": {\"type\": \"array\", \"items\": {\"type\": \"long\"}, \"required\": true}}, \"name\": \"o\", \"required\": true}, "
            + "{\"type\": \"sparkml_vector\", \"name\": \"v\", \"required\": true}, {\"type\": \"double\", \"name\": \"d\", \"required\": true}]");
    Schema unnamed = parse("[{\"type\": \"array\", \"items\": {\"type\": \"string\"}}]");
    assertThat(unnamed.requiredInputNames()).containsExactly("0");
    assertThat(unnamed.optionalInputNames()).isEmpty();
  }

  @Test
  void duplicateColumnNamesAreAccepted() {
    Schema s = parse("[{\"type\": \"double\", \"name\": \"a\"}, {\"type\": \"long\", \"name\": \"a\"}]");
    assertThat(s.inputNames()).containsExactly("a", "a");
  }

  @Test
  void unknownColumnTypeIsLocatedAtType() {
    assertThat(fail("[{\"type\": \"double\", \"name\": \"a\"}, {\"type\": \"int\", \"name\": \"b\"}]", "unknown-type"))
        .hasMessage(P + "signature.inputs[1].type: unknown column type 'int' (expected one of boolean, integer, "
            + "long, float, double, string, binary, datetime, array, object, map, any, sparkml_vector, tensor)");
  }

  @Test
  void typeNamesAreCaseSensitive() {
    fail("[{\"type\": \"Double\"}]", "unknown-type");
  }

  @Test
  void missingTypeIsRejected() {
    assertThat(fail("[{\"name\": \"a\"}]", "bad-signature")).hasMessage(P + "signature.inputs[0]: missing key 'type'");
  }

  @Test
  void specMustBeAnObject() {
    assertThat(fail("[\"double\"]", "bad-signature"))
        .hasMessage(P + "signature.inputs[0]: expected a column or tensor spec (a JSON object), got a string");
  }

  /** Issue 15, class 3: the legacy "optional" is read as MLflow 2.17.2 reads it, of any column type. */
  @Test
  void legacyOptionalKeyIsReadAsNotRequiredAndRewrittenAsMlflowDoes() {
    // expected strings: MLflow 2.17.2's Schema.from_json(s).to_json() on the same input
    assertThat(parse("[{\"type\": \"double\", \"name\": \"a\", \"optional\": true}]").toJson())
        .isEqualTo("[{\"type\": \"double\", \"name\": \"a\", \"required\": false}]");
    assertThat(parse("[{\"type\": \"double\", \"name\": \"a\", \"optional\": false}]").toJson())
        .isEqualTo("[{\"type\": \"double\", \"name\": \"a\", \"required\": true}]");
    assertThat(parse("[{\"type\": \"double\", \"name\": \"a\", \"optional\": true, \"required\": null}]").toJson())
        .isEqualTo("[{\"type\": \"double\", \"name\": \"a\", \"required\": false}]");
    assertThat(parse("[{\"type\": \"array\", \"items\": {\"type\": \"long\"}, \"name\": \"a\", \"optional\": true}]").toJson())
        .isEqualTo("[{\"type\": \"array\", \"items\": {\"type\": \"long\"}, \"name\": \"a\", \"required\": false}]");
    assertThat(parse("[{\"type\": \"double\", \"name\": \"a\", \"optional\": true}]").optionalInputNames())
        .containsExactly("a");
  }

  @Test
  void legacyOptionalBesideRequiredIsMlflowsError() {
    assertThat(fail("[{\"type\": \"double\", \"name\": \"a\", \"optional\": true, \"required\": true}]", "bad-signature"))
        .hasMessage(P + "signature.inputs[0].optional: Only one of `optional` and `required` can be specified. "
            + "`optional` is deprecated, please use `required` instead.");
    assertThat(fail("[{\"type\": \"double\", \"optional\": true}]", "bad-signature"))
        .hasMessageContaining("an unnamed schema cannot have optional inputs");
  }

  @Test
  void extraKeyOnScalarColumnIsRejected() {
    assertThat(fail("[{\"type\": \"double\", \"name\": \"a\", \"foo\": 1}]", "bad-signature"))
        .hasMessage(P + "signature.inputs[0].foo: unexpected key 'foo' in a column spec (MLflow accepts only type, name, required and the legacy optional)");
  }

  @Test
  void extraKeyOnComplexColumnIsIgnoredAsMlflowDoes() {
    Schema s = parse("[{\"type\": \"array\", \"items\": {\"type\": \"long\", \"x\": 1}, \"name\": \"a\", \"required\": true, \"foo\": 1}]");
    assertThat(s.toJson()).isEqualTo("[{\"type\": \"array\", \"items\": {\"type\": \"long\"}, \"name\": \"a\", \"required\": true}]");
  }

  @Test
  void requiredMustBeABoolean() {
    assertThat(fail("[{\"type\": \"double\", \"name\": \"a\", \"required\": \"yes\"}]", "bad-signature"))
        .hasMessage(P + "signature.inputs[0].required: 'required' must be true or false, got \"yes\"");
  }

  @Test
  void historicalColumnWithoutRequiredIsRequiredAndReemittedCanonically() {
    Schema s = parse("[{\"name\": \"x\", \"type\": \"double\"}]");
    assertThat(s.columns().get(0).required()).isTrue();
    assertThat(s.toJson()).isEqualTo("[{\"type\": \"double\", \"name\": \"x\", \"required\": true}]");
  }

  @Test
  void nullNameIsUnnamed() {
    Schema s = parse("[{\"name\": null, \"type\": \"double\"}]");
    assertThat(s.hasInputNames()).isFalse();
    assertThat(s.toJson()).isEqualTo("[{\"type\": \"double\", \"required\": true}]");
  }

  @Test
  void integerNamesAreNamesAndStayIntegers() {
    Schema s = parse("[{\"type\": \"double\", \"name\": 3, \"required\": true}, {\"type\": \"double\", \"name\": 0, \"required\": true}]");
    assertThat(s.hasInputNames()).isTrue();
    // MLflow's `x.name or i`: the integer 0 is falsy, so the position is used
    assertThat(s.inputNames()).containsExactly("3", "1");
    assertThat(s.columns().get(0).nameIsInteger()).isTrue();
    assertThat(s.toJson()).isEqualTo("[{\"type\": \"double\", \"name\": 3, \"required\": true}, {\"type\": \"double\", \"name\": 0, \"required\": true}]");
  }

  @Test
  void otherNameValuesAreRejected() {
    assertThat(fail("[{\"type\": \"double\", \"name\": true}]", "bad-signature"))
        .hasMessage(P + "signature.inputs[0].name: a column name must be a string or an integer, got true");
  }

  @Test
  void arrayRules() {
    assertThat(fail("[{\"type\": \"array\", \"name\": \"a\"}]", "bad-signature"))
        .hasMessage(P + "signature.inputs[0]: missing key 'items' in an array type");
    assertThat(fail("[{\"type\": \"array\", \"items\": \"string\", \"name\": \"a\"}]", "bad-signature"))
        .hasMessage(P + "signature.inputs[0].items: 'items' must be a JSON object, got a string");
    assertThat(fail("[{\"type\": \"array\", \"items\": {}, \"name\": \"a\"}]", "bad-signature"))
        .hasMessage(P + "signature.inputs[0].items: missing key 'type'");
    assertThat(fail("[{\"type\": \"array\", \"items\": {\"type\": \"tensor\"}, \"name\": \"a\"}]", "unknown-type"))
        .hasMessage(P + "signature.inputs[0].items.type: unknown type 'tensor' (expected one of boolean, integer, "
            + "long, float, double, string, binary, datetime, array, object, map, any, sparkml_vector)");
  }

  @Test
  void objectRules() {
    assertThat(fail("[{\"type\": \"object\", \"name\": \"a\"}]", "bad-signature"))
        .hasMessage(P + "signature.inputs[0]: missing key 'properties' in an object type");
    assertThat(fail("[{\"type\": \"object\", \"properties\": {}, \"name\": \"a\"}]", "bad-signature"))
        .hasMessage(P + "signature.inputs[0].properties: an object type needs at least one property");
    assertThat(fail("[{\"type\": \"object\", \"properties\": [], \"name\": \"a\"}]", "bad-signature"))
        .hasMessage(P + "signature.inputs[0].properties: 'properties' must be a JSON object of property specs, got an array");
    assertThat(fail("[{\"type\": \"object\", \"properties\": {\"p\": \"long\"}, \"name\": \"a\"}]", "bad-signature"))
        .hasMessage(P + "signature.inputs[0].properties.p: a property spec must be a JSON object, got a string");
    assertThat(fail("[{\"type\": \"object\", \"properties\": {\"my p\": {\"required\": true}}, \"name\": \"a\"}]", "bad-signature"))
        .hasMessage(P + "signature.inputs[0].properties[\"my p\"]: missing key 'type'");
    assertThat(fail("[{\"type\": \"object\", \"properties\": {\"p\": {\"type\": \"int\"}}, \"name\": \"a\"}]", "unknown-type"))
        .hasMessageStartingWith(P + "signature.inputs[0].properties.p.type: unknown type 'int'");
    assertThat(fail("[{\"type\": \"object\", \"properties\": {\"v\": {\"type\": \"sparkml_vector\"}}, \"name\": \"a\"}]", "bad-signature"))
        .hasMessage(P + "signature.inputs[0].properties.v.type: a property cannot have type sparkml_vector (MLflow cannot read it)");
  }

  @Test
  void objectPropertiesAreSortedAndDefaultToRequired() {
    Schema s = parse("[{\"type\": \"object\", \"properties\": {\"role\": {\"type\": \"string\"}, "
        + "\"content\": {\"type\": \"string\", \"required\": false}}, \"name\": \"m\", \"required\": true}]");
    assertThat(s.toJson()).isEqualTo("[{\"type\": \"object\", \"properties\": {\"content\": {\"type\": \"string\", "
        + "\"required\": false}, \"role\": {\"type\": \"string\", \"required\": true}}, \"name\": \"m\", \"required\": true}]");
  }

  @Test
  void mapOfSparkVectorsReadsAsABareVectorAsInMlflow() {
    Schema s = parse("[{\"type\": \"map\", \"values\": {\"type\": \"sparkml_vector\"}, \"name\": \"v\", \"required\": true}]");
    assertThat(s.columns().get(0).type()).isEqualTo(SparkMLVectorType.INSTANCE);
    assertThat(s.toJson()).isEqualTo("[{\"type\": \"sparkml_vector\", \"name\": \"v\", \"required\": true}]");
  }

  /**
   * Fuzz finding (SignatureFuzzTest#fromStrings, 2026-11-26): a property of type
   * map&lt;sparkml_vector&gt; reads as a bare vector, which MLflow's to_dict writes as a property of
   * type sparkml_vector, which no reader accepts; it is written back in the map spelling.
   */
  @Test
  void propertyHoldingABareVectorIsWrittenInTheMapSpellingThatReadsBack() {
    String json = "[{\"type\": \"object\", \"properties\": {\"x\": {\"type\": \"map\", \"values\": "
        + "{\"type\": \"sparkml_vector\"}, \"required\": true}}, \"name\": \"a\", \"required\": true}]";
    Schema s = parse(json);
    assertThat(((ObjectType) s.columns().get(0).type()).properties().get(0).type()).isEqualTo(SparkMLVectorType.INSTANCE);
    assertThat(s.toJson()).isEqualTo(json);
    assertThat(parse(s.toJson())).isEqualTo(s);
  }

  @Test
  void mapRules() {
    assertThat(fail("[{\"type\": \"map\", \"name\": \"a\"}]", "bad-signature"))
        .hasMessage(P + "signature.inputs[0]: missing key 'values' in a map type");
    Schema s = parse("[{\"type\": \"map\", \"values\": {\"type\": \"array\", \"items\": {\"type\": \"any\"}}, \"name\": \"a\"}]");
    assertThat(s.columns().get(0).type()).isEqualTo(MapType.of(ArrayType.of(AnyType.INSTANCE)));
  }

  @Test
  void deeplyNestedTypesRoundTrip() {
    String json = "[{\"type\": \"array\", \"items\": {\"type\": \"map\", \"values\": {\"type\": \"object\", "
        + "\"properties\": {\"a\": {\"type\": \"array\", \"items\": {\"type\": \"datetime\"}, \"required\": true}, "
        + "\"b\": {\"type\": \"any\", \"required\": false}}}}, \"name\": \"deep\", \"required\": false}, "
        + "{\"type\": \"sparkml_vector\", \"name\": \"v\", \"required\": true}]";
    Schema s = parse(json);
    assertThat(s.toJson()).isEqualTo(json);
    assertThat(s.columns().get(0).type().toString())
        .isEqualTo("Array(Map(str -> {a: Array(datetime) (required), b: Any (optional)}))");
  }

  @Test
  void tensorRules() {
    assertThat(fail("[{\"type\": \"tensor\"}]", "bad-signature"))
        .hasMessage(P + "signature.inputs[0]: missing key 'tensor-spec' in a tensor spec");
    assertThat(fail("[{\"type\": \"tensor\", \"tensor-spec\": {\"shape\": [-1]}}]", "bad-signature"))
        .hasMessage(P + "signature.inputs[0].tensor-spec: missing key 'dtype' in 'tensor-spec'");
    assertThat(fail("[{\"type\": \"tensor\", \"tensor-spec\": {\"dtype\": \"float99\", \"shape\": [-1]}}]", "bad-dtype"))
        .hasMessage(P + "signature.inputs[0].tensor-spec.dtype: unknown numpy dtype 'float99'");
    assertThat(fail("[{\"type\": \"tensor\", \"tensor-spec\": {\"dtype\": \"<U10\", \"shape\": [-1]}}]", "bad-dtype"))
        .hasMessage(P + "signature.inputs[0].tensor-spec.dtype: numpy dtype '<U10' has a size; MLflow does not "
            + "support size information in flexible numpy data types (use 'str')");
    assertThat(fail("[{\"type\": \"tensor\", \"tensor-spec\": {\"dtype\": \"float32\", \"shape\": [-1, 2.5]}}]", "bad-signature"))
        .hasMessage(P + "signature.inputs[0].tensor-spec.shape[1]: a dimension must be a 64-bit integer, got 2.5");
  }

  @Test
  void tensorDtypeSpellingsAreCanonicalizedAsNumpyDoes() {
    Schema s = parse("[{\"name\": \"a\", \"type\": \"tensor\", \"tensor-spec\": {\"dtype\": \"float\", \"shape\": [-1, 28, 28]}}, "
        + "{\"name\": \"b\", \"type\": \"tensor\", \"tensor-spec\": {\"dtype\": \"<f4\", \"shape\": []}}, "
        + "{\"name\": \"c\", \"type\": \"tensor\", \"tensor-spec\": {\"dtype\": \"U\", \"shape\": [-1]}}, "
        + "{\"name\": \"d\", \"type\": \"tensor\", \"tensor-spec\": {\"dtype\": \"M8[ns]\", \"shape\": [-1]}}]");
    assertThat(s.tensors()).extracting(TensorSpec::dtype)
        .containsExactly(NumpyDtype.FLOAT64, NumpyDtype.FLOAT32, NumpyDtype.STR, NumpyDtype.DATETIME64_NS);
    assertThat(s.toJson()).isEqualTo("[{\"name\": \"a\", \"type\": \"tensor\", \"tensor-spec\": {\"dtype\": \"float64\", \"shape\": [-1, 28, 28]}}, "
        + "{\"name\": \"b\", \"type\": \"tensor\", \"tensor-spec\": {\"dtype\": \"float32\", \"shape\": []}}, "
        + "{\"name\": \"c\", \"type\": \"tensor\", \"tensor-spec\": {\"dtype\": \"str\", \"shape\": [-1]}}, "
        + "{\"name\": \"d\", \"type\": \"tensor\", \"tensor-spec\": {\"dtype\": \"datetime64[ns]\", \"shape\": [-1]}}]");
    assertThat(s.isTensorBased()).isTrue();
    assertThat(s.requiredInputNames()).containsExactly("a", "b", "c", "d");
  }

  @Test
  void invalidJsonIsABadSignature() {
    assertThat(fail("[{\"type\": \"double\",]", "bad-signature").problem()).startsWith("not valid JSON at line 1, column ");
    assertThat(fail("[{\"type\": \"double\"}] x", "bad-signature").problem()).startsWith("not valid JSON");
    assertThat(fail("[{\"type\": \"double\"}] [1]", "bad-signature").problem()).isEqualTo("not valid JSON at line 1, column 22: extra data after the JSON value");
    assertThat(fail("", "bad-signature").problem()).isEqualTo("not valid JSON: the text is empty");
  }

  @Test
  void repeatedJsonKeysKeepTheLastValueAsPython() {
    Schema s = parse("[{\"type\": \"long\", \"name\": \"a\", \"type\": \"double\"}]");
    assertThat(s.columns().get(0).type()).isEqualTo(DataType.DOUBLE);
  }

  @Test
  void nonAsciiNamesAreEscapedOnOutput() {
    Schema s = parse("[{\"type\": \"double\", \"name\": \"pr\\u00e9cision \\\"x\\\"\", \"required\": true}]");
    assertThat(s.columns().get(0).name()).isEqualTo("précision \"x\"");
    assertThat(s.toJson()).isEqualTo("[{\"type\": \"double\", \"name\": \"pr\\u00e9cision \\\"x\\\"\", \"required\": true}]");
  }

  @Test
  void unknownLocationStillNamesTheKeyPath() {
    ModelException e = catchThrowableOfType(ModelException.class,
        () -> SignatureParser.fromStrings("[{\"type\": \"int\"}]", null, null));
    assertThat(e).hasMessageStartingWith("<input>: signature.inputs[0].type: unknown column type 'int'");
    assertThat(List.of(e.code())).containsExactly("unknown-type");
  }
}
