package io.mlmodel.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mlmodel.Location;
import io.mlmodel.ModelException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ParamSchema / ParamSpec (format reference §4.7, defaults checked with §5.6). */
class ParamSchemaTest {
  static final Location AT = new Location(Path.of("/m/MLmodel"), 20, 11, "signature.params");
  static final String P = "/m/MLmodel:20:11: ";

  static ParamSchema parse(String json) {
    return SignatureParser.parseParams(json, AT);
  }

  static String one(String spec) {
    return parse("[" + spec + "]").toJson();
  }

  static ModelException fail(String json, String code) {
    ModelException e = catchThrowableOfType(ModelException.class, () -> parse(json));
    assertThat(e).as("error for " + json).isNotNull();
    assertThat(e.code()).isEqualTo(code);
    return e;
  }

  @Test
  void writesMlflow217KeyOrder() {
    // the spec's own example in later MLflow order; MLflow 2.17.2 writes name, type, default, shape
    assertThat(one("{\"name\": \"temperature\", \"default\": 0.5, \"shape\": null, \"type\": \"float\"}"))
        .isEqualTo("[{\"name\": \"temperature\", \"type\": \"float\", \"default\": 0.5, \"shape\": null}]");
    assertThat(one("{\"name\": \"stop\", \"default\": [\"a\", \"b\"], \"shape\": [-1], \"type\": \"string\"}"))
        .isEqualTo("[{\"name\": \"stop\", \"type\": \"string\", \"default\": [\"a\", \"b\"], \"shape\": [-1]}]");
  }

  @Test
  void legacyDtypeKeyReadsLikeType() {
    ParamSchema legacy = parse("[{\"name\": \"batch_size\", \"dtype\": \"long\", \"default\": 16, \"shape\": null}]");
    ParamSchema current = parse("[{\"name\": \"batch_size\", \"type\": \"long\", \"default\": 16, \"shape\": null}]");
    assertThat(legacy).isEqualTo(current);
    assertThat(legacy.toJson()).isEqualTo("[{\"name\": \"batch_size\", \"type\": \"long\", \"default\": 16, \"shape\": null}]");
  }

  @Test
  void missingKeys() {
    assertThat(fail("[{\"name\": \"a\", \"type\": \"long\"}]", "bad-signature"))
        .hasMessage(P + "signature.params[0]: missing key 'default'; a param spec needs name, type and default");
    assertThat(fail("[{\"name\": \"a\", \"default\": 1}]", "bad-signature"))
        .hasMessage(P + "signature.params[0]: missing key 'type' (or the legacy 'dtype'); a param spec needs name, type and default");
  }

  @Test
  void binaryIsNotAParamType() {
    assertThat(fail("[{\"name\": \"a\", \"type\": \"binary\", \"default\": null}]", "bad-signature"))
        .hasMessage(P + "signature.params[0].type: binary is not supported for parameters");
  }

  @Test
  void unknownParamType() {
    assertThat(fail("[{\"name\": \"a\", \"type\": \"int\", \"default\": 1}]", "unknown-type"))
        .hasMessage(P + "signature.params[0].type: unknown param type 'int' (expected one of boolean, integer, long, "
            + "float, double, string, datetime, object)");
    fail("[{\"name\": \"a\", \"type\": \"array\", \"default\": 1}]", "unknown-type");
  }

  @Test
  void shapeMustBeNullOrMinusOne() {
    assertThat(fail("[{\"name\": \"a\", \"type\": \"long\", \"default\": [1, 2], \"shape\": [2]}]", "bad-signature"))
        .hasMessage(P + "signature.params[0].shape: shape must be null (a single value or an object) or [-1] (a list), got [2]");
  }

  @Test
  void listParamNeedsAOneDimensionalList() {
    assertThat(fail("[{\"name\": \"a\", \"type\": \"long\", \"default\": 5, \"shape\": [-1]}]", "bad-signature"))
        .hasMessage(P + "signature.params[0].default: a list param (shape [-1]) needs a one-dimensional list, got 5");
    fail("[{\"name\": \"a\", \"type\": \"long\", \"default\": [[1]], \"shape\": [-1]}]", "bad-signature");
    fail("[{\"name\": \"a\", \"type\": \"long\", \"default\": null, \"shape\": [-1]}]", "bad-signature");
    assertThat(fail("[{\"name\": \"a\", \"type\": \"long\", \"default\": [1, \"x\"], \"shape\": [-1]}]", "bad-signature"))
        .hasMessage(P + "signature.params[0].default[1]: expected a long, got \"x\"");
  }

  @Test
  void listElementsMayBeNull() {
    assertThat(one("{\"name\": \"a\", \"type\": \"string\", \"default\": [\"x\", null], \"shape\": [-1]}"))
        .isEqualTo("[{\"name\": \"a\", \"type\": \"string\", \"default\": [\"x\", null], \"shape\": [-1]}]");
  }

  @Test
  void duplicateNamesAreRejected() {
    String p = "{\"name\": \"param1\", \"type\": \"long\", \"default\": 1, \"shape\": null}";
    assertThat(fail("[" + p + ", " + p + "]", "bad-signature"))
        .hasMessage(P + "signature.params[1].name: duplicate param name 'param1'");
    assertThatThrownBy(() -> ParamSchema.of(ParamSpec.of("param1", DataType.LONG, 1L), ParamSpec.of("param1", DataType.LONG, 2L)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("duplicate param name 'param1'");
  }

  @Test
  void namesAreCoercedWithPythonStr() {
    assertThat(one("{\"name\": 5, \"type\": \"long\", \"default\": 1, \"shape\": null}"))
        .startsWith("[{\"name\": \"5\", ");
  }

  @ParameterizedTest(name = "{0} <- {1}")
  @CsvSource(delimiter = '|', value = {
    "long|7.0|expected a long, got 7.0",
    "long|true|expected a long, got true",
    "integer|true|expected an integer, got true",
    "boolean|1|expected a boolean, got 1",
    "string|1|expected a string, got 1",
    "double|\"1.5\"|expected a double, got \"1.5\"",
    "long|[1]|expected a single long, got [1]",
    "datetime|1.0|expected a datetime (an ISO 8601 string), got 1.0",
    "datetime|\"tomorrow\"|expected a datetime, got \"tomorrow\" (not an ISO 8601 date or date-time)",
    "datetime|\"2024-01-02T03:04:05.1234567\"|expected a datetime, got \"2024-01-02T03:04:05.1234567\" (it has more than microsecond precision, which Python's datetime cannot hold)",
    "datetime|\"2024-02-30\"|expected a datetime, got \"2024-02-30\" (not a valid date or time)",
  })
  void defaultsOfTheWrongTypeAreRejected(String type, String value, String problem) {
    ModelException e = fail("[{\"name\": \"p\", \"type\": \"" + type + "\", \"default\": " + value + ", \"shape\": null}]", "bad-signature");
    assertThat(e).hasMessage(P + "signature.params[0].default: " + problem);
  }

  @ParameterizedTest(name = "{0} <- {1}")
  @CsvSource(delimiter = '|', value = {
    "float|1|1.0",
    "double|1|1.0",
    "double|0.7|0.7",
    "double|NaN|NaN",
    "double|-Infinity|-Infinity",
    "float|1e400|Infinity",
    "double|1e-7|1e-07",
    "long|123456789012345678901234567890|123456789012345678901234567890",
    "integer|4294967296|4294967296",
    "boolean|false|false",
    "string|null|null",
    "datetime|\"2023-06-26T00:00:00\"|\"2023-06-26T00:00:00\"",
    "datetime|\"2023-06-26\"|\"2023-06-26\"",
    "datetime|\"2024\"|\"2024-01-01\"",
    "datetime|\"2024-01-02T03:04\"|\"2024-01-02T03:04:00\"",
    "datetime|\"2024-01-02 03:04:05.12\"|\"2024-01-02T03:04:05.120000\"",
    "datetime|\"2024-01-02T03:04:05+02:00\"|\"2024-01-02T01:04:05\"",
  })
  void defaultsAreStoredConvertedAsMlflowDoes(String type, String value, String written) {
    assertThat(one("{\"name\": \"p\", \"type\": \"" + type + "\", \"default\": " + value + ", \"shape\": null}"))
        .isEqualTo("[{\"name\": \"p\", \"type\": \"" + type + "\", \"default\": " + written + ", \"shape\": null}]");
  }

  @Test
  void defaultsAreTyped() {
    ParamSchema s = parse("[{\"name\": \"a\", \"type\": \"datetime\", \"default\": \"2023-06-26\", \"shape\": null}, "
        + "{\"name\": \"b\", \"type\": \"datetime\", \"default\": \"2023-06-26T01:02:03\", \"shape\": null}, "
        + "{\"name\": \"c\", \"type\": \"long\", \"default\": [1, 2], \"shape\": [-1]}, "
        + "{\"name\": \"d\", \"type\": \"float\", \"default\": 2, \"shape\": null}]");
    assertThat(s.params()).extracting(ParamSpec::defaultValue).containsExactly(
        LocalDate.of(2023, 6, 26), LocalDateTime.of(2023, 6, 26, 1, 2, 3), List.of(1L, 2L), 2.0);
    assertThat(s.param("c").orElseThrow().isList()).isTrue();
  }

  @Test
  void javaDefaultsAreCheckedAndConverted() {
    assertThat(ParamSpec.of("f", DataType.FLOAT, 0.1f).defaultValue()).isEqualTo(0.10000000149011612);
    assertThat(ParamSchema.of(ParamSpec.of("f", DataType.FLOAT, 0.1f)).toJson())
        .isEqualTo("[{\"name\": \"f\", \"type\": \"float\", \"default\": 0.10000000149011612, \"shape\": null}]");
    assertThat(ParamSpec.of("i", DataType.INTEGER, 1).defaultValue()).isEqualTo(1L);
    assertThat(ParamSpec.of("d", DataType.DATETIME, LocalDateTime.of(2023, 6, 26, 0, 0)).toDict().get("default"))
        .isEqualTo(LocalDateTime.of(2023, 6, 26, 0, 0));
    assertThat(ParamSchema.of(ParamSpec.list("l", DataType.DATETIME, List.of(LocalDate.of(2023, 6, 26)))).toJson())
        .isEqualTo("[{\"name\": \"l\", \"type\": \"datetime\", \"default\": [\"2023-06-26\"], \"shape\": [-1]}]");
    assertThat(ParamSpec.of("big", DataType.LONG, new BigInteger("99999999999999999999")).defaultValue())
        .isEqualTo(new BigInteger("99999999999999999999"));
    assertThatThrownBy(() -> ParamSpec.of("b", DataType.BINARY, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("binary is not supported for parameters");
    assertThatThrownBy(() -> ParamSpec.of("l", DataType.LONG, 1.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("default: expected a long, got 1.5");
    assertThatThrownBy(() -> new ParamSpec("s", DataType.LONG, List.of(1L), List.of(3L)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("shape must be null (a single value or an object) or [-1] (a list), got [3]");
    assertThatThrownBy(() -> ParamSpec.of("a", ArrayType.of(DataType.LONG), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a param type must be a scalar type or an object type, got Array(long)");
  }

  @Test
  void objectParams() {
    String json = "{\"name\": \"cfg\", \"default\": {\"k\": 1}, \"shape\": null, \"type\": \"object\", "
        + "\"properties\": {\"k\": {\"type\": \"long\", \"required\": true}}}";
    ParamSchema s = parse("[" + json + "]");
    assertThat(s.toJson()).isEqualTo("[" + json + "]");
    assertThat(s.params().get(0).defaultValue()).isEqualTo(Map.of("k", 1L));
    String props = ", \"shape\": null, \"type\": \"object\", \"properties\": {\"k\": {\"type\": \"long\", \"required\": true}, "
        + "\"o\": {\"type\": \"string\", \"required\": false}}}]";
    assertThat(fail("[{\"name\": \"cfg\", \"default\": {\"k\": \"x\"}" + props, "bad-signature"))
        .hasMessage(P + "signature.params[0].default.k: expected a long, got \"x\"");
    assertThat(fail("[{\"name\": \"cfg\", \"default\": {\"o\": \"x\"}" + props, "bad-signature"))
        .hasMessage(P + "signature.params[0].default: missing required properties: ['k']");
    assertThat(fail("[{\"name\": \"cfg\", \"default\": {\"k\": 1, \"z\": 2}" + props, "bad-signature"))
        .hasMessage(P + "signature.params[0].default: properties not defined in the schema: ['z']");
    assertThat(fail("[{\"name\": \"cfg\", \"default\": null" + props, "bad-signature"))
        .hasMessage(P + "signature.params[0].default: expected an object, got null");
    assertThat(parse("[{\"name\": \"cfg\", \"default\": {\"k\": 1, \"o\": null}" + props).params()).hasSize(1);
  }

  /**
   * Fuzz finding (SignatureFuzzTest#fromStrings, 2026-11-26): MLflow writes an empty param schema
   * as None, so a signature of only {@code params: '[]'} was written as three nulls, which no
   * reader accepts, and one with inputs came back with no params instead of empty ones.
   */
  @Test
  void emptyParamSchemaAloneIsWrittenBackAsAnEmptyList() {
    ModelSignature sig = SignatureParser.fromStrings(null, null, "[]");
    assertThat(sig.params()).hasValueSatisfying(p -> assertThat(p.params()).isEmpty());
    assertThat(sig.toDict()).containsEntry("params", "[]");
    assertThat(SignatureParser.fromStrings(null, null, sig.toDict().get("params"))).isEqualTo(sig);
  }

  @Test
  void emptyParamSchemaBesideInputsIsWrittenAsNullAsMlflowDoes() {
    ModelSignature sig = SignatureParser.fromStrings("[{\"type\": \"double\", \"name\": \"x\", \"required\": true}]",
        null, "[]");
    assertThat(sig.params()).hasValueSatisfying(p -> assertThat(p.params()).isEmpty());
    assertThat(sig.toDict()).containsEntry("params", null);
  }

  @Test
  void paramSchemaMustBeAList() {
    assertThat(fail("{\"name\": \"a\"}", "bad-signature"))
        .hasMessage(P + "signature.params: a param schema must be a JSON array, got an object");
    assertThat(fail("[1]", "bad-signature"))
        .hasMessage(P + "signature.params[0]: expected a param spec (a JSON object), got a number");
  }

  @Test
  void toStringListsParams() {
    ParamSchema s = ParamSchema.of(ParamSpec.of("temperature", DataType.DOUBLE, 0.7),
        ParamSpec.list("stop", DataType.STRING, Arrays.asList("a", "b")));
    assertThat(s.toString()).isEqualTo("params (2)\n  'temperature': double (default: 0.7)\n"
        + "  'stop': string (default: [\"a\", \"b\"]) (shape: (-1,))\n");
  }
}
