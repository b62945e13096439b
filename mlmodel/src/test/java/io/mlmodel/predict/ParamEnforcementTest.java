package io.mlmodel.predict;

import static io.mlmodel.predict.Fx.MLFLOW;
import static io.mlmodel.predict.Fx.SAFE;
import static org.assertj.core.api.Assertions.assertThat;

import io.mlmodel.InputException;
import io.mlmodel.data.ColumnTable;
import io.mlmodel.enforce.EnforcedInput;
import io.mlmodel.enforce.Enforcement;
import io.mlmodel.enforce.EnforcementOptions;
import io.mlmodel.enforce.Params;
import io.mlmodel.request.ScoringRequests;
import io.mlmodel.signature.DataType;
import io.mlmodel.signature.ObjectType;
import io.mlmodel.signature.ParamSchema;
import io.mlmodel.signature.ParamSpec;
import io.mlmodel.signature.Property;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Format reference §5.6 and §11.2 item 62: params with defaults and types. */
class ParamEnforcementTest {
  private static final ParamSchema SCHEMA = ParamSchema.of(
      ParamSpec.of("float_param", DataType.FLOAT, 0.5),
      ParamSpec.of("long_param", DataType.LONG, 5L),
      ParamSpec.of("int_param", DataType.INTEGER, 1L),
      ParamSpec.of("bool_param", DataType.BOOLEAN, false),
      ParamSpec.of("str_param", DataType.STRING, "s"),
      ParamSpec.of("date_param", DataType.DATETIME, null),
      ParamSpec.list("list_param", DataType.STRING, List.of("a")));

  private static Params enforce(Map<String, ?> given, EnforcementOptions o) {
    return Enforcement.enforceParams(given, SCHEMA, o);
  }

  private static void refused(String name, Object value, String message) {
    Map<String, Object> m = new HashMap<>();
    m.put(name, value);
    Fx.fails(() -> enforce(m, SAFE), "bad-param").hasMessageContaining("Invalid parameters found: {('" + name + "', ")
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(((InputException) e).field()).contains(name));
  }

  @Test
  void omittedParamsGetTheirDefaults() {
    Params p = enforce(Map.of(), SAFE);
    assertThat(p.asMap()).containsEntry("float_param", 0.5).containsEntry("long_param", 5L)
        .containsEntry("list_param", List.of("a")).containsEntry("date_param", null);
    assertThat(p.names()).hasSize(7);
  }

  @Test
  void givenParamsAreMergedWithDefaults() {
    Params p = enforce(Map.of("long_param", 7L), SAFE);
    assertThat(p.get("long_param")).contains(7L);
    assertThat(p.get("float_param")).contains(0.5);
  }

  @Test
  void unknownParamsAreDroppedWithAWarning() {
    EnforcedInput e = Enforcement.enforce(ColumnTable.empty(0), Map.of("nope", 1L), new io.mlmodel.signature.ModelSignature(
        null, null, SCHEMA), SAFE);
    assertThat(e.params().contains("nope")).isFalse();
    assertThat(e.warnings()).singleElement().asString().startsWith("Unrecognized params ['nope'] are ignored for inference.");
  }

  @Test
  void paramsWithoutAParamsSchemaAreDroppedWithAWarning() {
    EnforcedInput e = Enforcement.enforce(ColumnTable.empty(0), Map.of("k", 1L), null, SAFE);
    assertThat(e.params().isEmpty()).isTrue();
    assertThat(e.warnings()).singleElement().asString().contains("This model does not define a params schema.");
  }

  @Test
  void nullForAScalarParamStaysNull() {
    Map<String, Object> m = new HashMap<>();
    m.put("str_param", null);
    assertThat(enforce(m, SAFE).asMap()).containsEntry("str_param", null);
  }

  @Test
  void numbersForDatetimeAreRefused() {
    refused("date_param", 1.0, "Failed to convert value `1.0` from type `<class 'float'>` to `DataType.datetime`");
  }

  @Test
  void isoTextForDatetimeIsADateOrADateTime() {
    assertThat(enforce(Map.of("date_param", "2024-01-02T03:04:05"), SAFE).get("date_param"))
        .contains(LocalDateTime.of(2024, 1, 2, 3, 4, 5));
    assertThat(enforce(Map.of("date_param", "2024-01-02"), SAFE).get("date_param")).contains(LocalDate.of(2024, 1, 2));
  }

  @Test
  void textForFloatIsRefused() {
    refused("float_param", "a", "Failed to validate type and shape for 'float_param'");
  }

  @Test
  void integersWidenToFloatAndDouble() {
    assertThat(enforce(Map.of("float_param", 2L), SAFE).get("float_param")).contains(2.0);
  }

  @Test
  void longRefusesTextFloatsAndBooleans() {
    refused("long_param", "1", "Can not safely convert str to long");
    refused("long_param", 1.5, "Can not safely convert float to long");
    refused("long_param", true, "Can not safely convert bool to long");
  }

  @Test
  void booleanRefusesNumbers() {
    refused("bool_param", 1L, "Can not safely convert int to boolean");
  }

  @Test
  void stringRefusesNumbersAndBytes() {
    refused("str_param", 1.5, "Can not safely convert float to string");
    refused("str_param", new byte[] {1}, "Can not safely convert bytes to string");
  }

  @Test
  void integerOutOfRangeIsRefusedSafelyAndPassedInMlflowMode() {
    refused("int_param", 3_000_000_000L, "3000000000 is out of range for integer");
    assertThat(enforce(Map.of("int_param", 3_000_000_000L), MLFLOW).get("int_param")).contains(3_000_000_000L);
  }

  @Test
  void listParamNeedsAOneDimensionalList() {
    refused("list_param", "a", "Value must be a 1D array with shape (-1,)");
    refused("list_param", List.of(List.of("a")), "received list with ndim 2");
    assertThat(enforce(Map.of("list_param", List.of("x", "y")), SAFE).get("list_param")).contains(List.of("x", "y"));
  }

  @Test
  void listElementsAreCheckedAsScalars() {
    refused("list_param", List.of("a", 1L), "Can not safely convert int to string");
  }

  @Test
  void everyInvalidParamIsReportedTogether() {
    Fx.fails(() -> enforce(Map.of("long_param", "x", "bool_param", 2L), SAFE), "bad-param")
        .hasMessageContaining("'long_param'").hasMessageContaining("'bool_param'");
  }

  @Test
  void objectParamIsValidatedAndPassedAsGiven() {
    ParamSchema s = ParamSchema.of(ParamSpec.of("cfg", ObjectType.of(Property.required("k", DataType.LONG)), Map.of("k", 1L)));
    Map<String, Object> cfg = Map.of("k", 2L);
    assertThat(Enforcement.enforceParams(Map.of("cfg", cfg), s, SAFE).get("cfg")).containsSame(cfg);
    Fx.fails(() -> Enforcement.enforceParams(Map.of("cfg", Map.of("z", 1L)), s, SAFE), "bad-param")
        .hasMessageContaining("Missing required properties: {'k'}");
  }

  @Test
  void paramsThatAreNotADictionaryAreRefusedByTheDecoderForAModelWithAParamsSchema() {
    // without a params schema MLflow ignores them (NullRequestsRegressionTest)
    Fx.fails(() -> ScoringRequests.decodeJson("{\"inputs\": [1], \"params\": 3}",
        new io.mlmodel.signature.ModelSignature(null, null, SCHEMA), SAFE), "bad-param")
        .hasMessageContaining("Parameters must be a dictionary. Got type 'int'.");
  }

  @Test
  void requestParamsAreEnforced() {
    EnforcedInput e = Fx.request("{\"inputs\": {\"c\": [1.5]}, \"params\": {\"long_param\": 9}}",
        new io.mlmodel.signature.ModelSignature(io.mlmodel.signature.Schema.builder().column("c", DataType.DOUBLE).build(),
            null, SCHEMA));
    assertThat(e.params().get("long_param")).contains(9L);
    assertThat(new ArrayList<>(e.params().names())).contains("float_param");
  }
}
