package io.mlmodel.predict;

import static io.mlmodel.predict.Fx.MLFLOW;
import static io.mlmodel.predict.Fx.SAFE;
import static org.assertj.core.api.Assertions.assertThat;

import io.mlmodel.InputException;
import io.mlmodel.data.DoubleColumn;
import io.mlmodel.data.LongColumn;
import io.mlmodel.enforce.EnforcedInput;
import io.mlmodel.enforce.EnforcementOptions;
import io.mlmodel.signature.DataType;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The conversion of one JSON value to each DataType (format reference §5.3, §5.7), through every
 * JSON request form of §6.2, in safe mode and in MLflow mode.
 */
class RequestConversionTest {
  enum Form {
    SPLIT, RECORDS, INSTANCES, INPUTS;

    String body(String value) {
      return switch (this) {
        case SPLIT -> "{\"dataframe_split\": {\"columns\": [\"c\"], \"data\": [[" + value + "]]}}";
        case RECORDS -> "{\"dataframe_records\": [{\"c\": " + value + "}]}";
        case INSTANCES -> "{\"instances\": [{\"c\": " + value + "}]}";
        case INPUTS -> "{\"inputs\": {\"c\": [" + value + "]}}";
      };
    }

    boolean dataframe() {
      return this == SPLIT || this == RECORDS;
    }
  }

  /** (type, JSON value, expected converted value) accepted in both modes. */
  static Stream<Arguments> accepted() {
    return Stream.of(
        Arguments.of(DataType.BOOLEAN, "true", true),
        Arguments.of(DataType.BOOLEAN, "0", false),
        Arguments.of(DataType.INTEGER, "7", 7),
        Arguments.of(DataType.INTEGER, "-2147483648", Integer.MIN_VALUE),
        Arguments.of(DataType.INTEGER, "2.0", 2),
        Arguments.of(DataType.INTEGER, "\"12\"", 12),
        Arguments.of(DataType.LONG, "9007199254740993", 9007199254740993L),
        Arguments.of(DataType.LONG, "\"3\"", 3L),
        Arguments.of(DataType.FLOAT, "0.1", 0.1f),
        Arguments.of(DataType.FLOAT, "2", 2f),
        Arguments.of(DataType.DOUBLE, "1", 1.0),
        Arguments.of(DataType.DOUBLE, "\"2.5\"", 2.5),
        Arguments.of(DataType.DOUBLE, "null", null),
        Arguments.of(DataType.DOUBLE, "NaN", null),
        Arguments.of(DataType.STRING, "\"x\"", "x"),
        Arguments.of(DataType.STRING, "null", null),
        Arguments.of(DataType.DATETIME, "\"2020-05-17T12:30:00\"", LocalDateTime.of(2020, 5, 17, 12, 30)),
        Arguments.of(DataType.DATETIME, "\"2020-05-17\"", LocalDateTime.of(2020, 5, 17, 0, 0)),
        Arguments.of(DataType.DATETIME, "\"2020-05-17T14:30:00+02:00\"", LocalDateTime.of(2020, 5, 17, 12, 30)),
        Arguments.of(DataType.DATETIME, "null", null));
  }

  static Stream<Arguments> acceptedInEveryForm() {
    return accepted().flatMap(a -> Stream.of(Form.values()).flatMap(f -> Stream.of(SAFE, MLFLOW)
        .map(o -> Arguments.of(f, a.get()[0], a.get()[1], a.get()[2], o == SAFE ? "safe" : "mlflow"))));
  }

  @ParameterizedTest(name = "{0} {1} {2} -> {3} ({4})")
  @MethodSource("acceptedInEveryForm")
  void valueConvertsToItsColumnType(Form form, DataType type, String json, Object expected, String mode) {
    EnforcedInput e = Fx.request(form.body(json), Fx.one(type), mode.equals("safe") ? SAFE : MLFLOW);
    assertThat(Fx.values(e.input(), "c")).containsExactly(expected);
  }

  /** (type, JSON value, safe-mode error, MLflow-mode value): MLflow's silent corruptions. */
  static Stream<Arguments> corrupted() {
    return Stream.of(
        Arguments.of(DataType.INTEGER, "3000000000", "out of range for int32", -1294967296),
        Arguments.of(DataType.INTEGER, "1.5", "is not an integer", 1),
        Arguments.of(DataType.LONG, "-7.9", "is not an integer", -7L),
        Arguments.of(DataType.BOOLEAN, "\"false\"", "can not convert str 'false' to bool", true),
        Arguments.of(DataType.BOOLEAN, "2", "only 0 and 1 are booleans", true),
        Arguments.of(DataType.BOOLEAN, "null", null, false),
        Arguments.of(DataType.DATETIME, "1000", "can not convert int 1000 to datetime64[ns]",
            LocalDateTime.of(1970, 1, 1, 0, 0, 0, 1000)),
        Arguments.of(DataType.STRING, "1", "expected a string, got int 1", "1"),
        Arguments.of(DataType.STRING, "true", "expected a string, got bool True", "True"));
  }

  static Stream<Arguments> corruptedInEveryForm() {
    return corrupted().flatMap(a -> Stream.of(Form.values()).map(f -> Arguments.of(f, a.get()[0], a.get()[1],
        a.get()[2], a.get()[3])));
  }

  @ParameterizedTest(name = "{0} {1} {2}: safe refuses, MLflow gives {4}")
  @MethodSource("corruptedInEveryForm")
  void lossyConversionIsRefusedSafelyAndReproducedInMlflowMode(Form form, DataType type, String json, String error,
      Object mlflow) {
    if (error == null) {
      EnforcedInput safe = Fx.request(form.body(json), Fx.one(type), SAFE);
      assertThat(Fx.values(safe.input(), "c")).containsExactly((Object) null);
    } else {
      Fx.fails(() -> Fx.request(form.body(json), Fx.one(type), SAFE), "schema-mismatch")
          .hasMessageContaining("Failed to convert column c").hasMessageContaining(error)
          .satisfies(x -> assertThat(((InputException) x).field()).contains("c"));
    }
    EnforcedInput m = Fx.request(form.body(json), Fx.one(type), MLFLOW);
    assertThat(Fx.values(m.input(), "c")).containsExactly(mlflow);
  }

  // pandas' Timestamp.min is 1677-09-21 00:12:43.145224193, so MLflow takes this date-time.
  @ParameterizedTest
  @MethodSource("forms")
  void theFirstSecondOfTheNanosecondRangeIsADateTimeNotOutOfBounds(Form form) {
    EnforcedInput e = Fx.request(form.body("\"1677-09-21T00:12:43.5\""), Fx.one(DataType.DATETIME), SAFE);
    assertThat(Fx.values(e.input(), "c")).containsExactly(LocalDateTime.of(1677, 9, 21, 0, 12, 43, 500_000_000));
  }

  static Stream<Form> forms() {
    return Stream.of(Form.values());
  }

  @ParameterizedTest
  @MethodSource("forms")
  void base64IsDecodedInEveryFormWhenSafe(Form form) {
    EnforcedInput e = Fx.request(form.body("\"AAE=\\n\""), Fx.one(DataType.BINARY), SAFE);
    assertThat((byte[]) Fx.values(e.input(), "c").get(0)).containsExactly(0, 1);
  }

  @ParameterizedTest
  @MethodSource("forms")
  void mlflowDecodesBase64OnlyInTheDataframeForms(Form form) {
    EnforcedInput e = Fx.request(form.body("\"AAE=\""), Fx.one(DataType.BINARY), MLFLOW);
    byte[] got = (byte[]) Fx.values(e.input(), "c").get(0);
    if (form.dataframe()) {
      assertThat(got).containsExactly(0, 1);
    } else {
      assertThat(got).containsExactly('A', 'A', 'E', '=');
    }
  }

  @ParameterizedTest
  @MethodSource("forms")
  void invalidBase64IsABadValue(Form form) {
    Fx.fails(() -> Fx.request(form.body("\"AAE\""), Fx.one(DataType.BINARY), SAFE), "schema-mismatch")
        .hasMessageContaining("Incorrect padding");
  }

  @ParameterizedTest
  @MethodSource("forms")
  void nullInAnIntegerColumnFailsInBothModes(Form form) {
    for (EnforcementOptions o : List.of(SAFE, MLFLOW)) {
      Fx.fails(() -> Fx.request(form.body("null"), Fx.one(DataType.LONG), o), "schema-mismatch")
          .hasMessageContaining("Cannot convert non-finite values (NA or inf) to integer");
    }
  }

  @ParameterizedTest
  @MethodSource("forms")
  void textThatIsNoNumberFailsForNumericColumns(Form form) {
    Fx.fails(() -> Fx.request(form.body("\"abc\""), Fx.one(DataType.DOUBLE), SAFE), "schema-mismatch")
        .hasMessageContaining("could not convert string to float: 'abc'");
  }

  @ParameterizedTest
  @MethodSource("forms")
  void numericColumnsAreHeldInPrimitiveArrays(Form form) {
    EnforcedInput e = Fx.request(form.body("1.5"), Fx.one(DataType.DOUBLE), SAFE);
    assertThat(Fx.table(e).column("c").orElseThrow()).isInstanceOf(DoubleColumn.class);
    EnforcedInput l = Fx.request(form.body("3"), Fx.one(DataType.LONG), SAFE);
    assertThat(Fx.table(l).column("c").orElseThrow()).isInstanceOf(LongColumn.class);
  }
}
