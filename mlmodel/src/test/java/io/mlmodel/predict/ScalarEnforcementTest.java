package io.mlmodel.predict;

import static io.mlmodel.predict.Fx.MLFLOW;
import static io.mlmodel.predict.Fx.SAFE;
import static org.assertj.core.api.Assertions.assertThat;

import io.mlmodel.InputException;
import io.mlmodel.data.BinaryColumn;
import io.mlmodel.data.BooleanColumn;
import io.mlmodel.data.Column;
import io.mlmodel.data.ColumnTable;
import io.mlmodel.data.DateTimeColumn;
import io.mlmodel.data.DoubleColumn;
import io.mlmodel.data.FloatColumn;
import io.mlmodel.data.IntColumn;
import io.mlmodel.data.LongColumn;
import io.mlmodel.data.ObjectColumn;
import io.mlmodel.data.StringColumn;
import io.mlmodel.enforce.EnforcementOptions;
import io.mlmodel.signature.DataType;
import io.mlmodel.signature.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Format reference §5.3: one column against a scalar DataType, on the direct (Java) path. */
class ScalarEnforcementTest {

  private static Column enforce(Column c, DataType t, EnforcementOptions o) {
    return Fx.enforce(ColumnTable.of(c), Schema.builder().column(c.name(), t).build(), o).columns().get(0);
  }

  private static Column enforce(Column c, DataType t) {
    return enforce(c, t, SAFE);
  }

  private static void refused(Column c, DataType t, String message) {
    Fx.fails(() -> enforce(c, t), "schema-mismatch").hasMessageContaining(message)
        .satisfies(e -> assertThat(((InputException) e).field()).contains(c.name()));
  }

  @ParameterizedTest
  @EnumSource(DataType.class)
  void columnOfTheSameDtypePassesUnchanged(DataType t) {
    Column c = switch (t) {
      case BOOLEAN -> BooleanColumn.of("x", true, false);
      case INTEGER -> IntColumn.of("x", 1, 2);
      case LONG -> LongColumn.of("x", 1, 2);
      case FLOAT -> FloatColumn.of("x", 1.5f);
      case DOUBLE -> DoubleColumn.of("x", 1.5);
      case STRING -> StringColumn.of("x", "a", null);
      case BINARY -> BinaryColumn.of("x", new byte[] {1});
      case DATETIME -> DateTimeColumn.of("x", LocalDateTime.of(2020, 1, 2, 3, 4));
    };
    assertThat(enforce(c, t)).isSameAs(c);
  }

  @Test
  void integerWidensToLong() {
    assertThat(enforce(IntColumn.of("x", 1, -2), DataType.LONG)).isEqualTo(LongColumn.of("x", 1, -2));
  }

  @Test
  void longToIntegerIsRefused() {
    refused(LongColumn.of("x", 1), DataType.INTEGER,
        "Incompatible input types for column x. Can not safely convert int64 to int32.");
  }

  @Test
  void integerWidensToDouble() {
    assertThat(enforce(IntColumn.of("x", 3), DataType.DOUBLE)).isEqualTo(DoubleColumn.of("x", 3.0));
  }

  @Test
  void integerToFloatIsRefused() {
    refused(IntColumn.of("x", 3), DataType.FLOAT, "Can not safely convert int32 to float32.");
  }

  @Test
  void longToDoubleIsRefusedUnlessEveryValueIsZeroOrOne() {
    refused(LongColumn.of("x", 0, 2), DataType.DOUBLE, "Can not safely convert int64 to float64.");
    assertThat(enforce(LongColumn.of("x", 0, 1, 1), DataType.DOUBLE)).isEqualTo(DoubleColumn.of("x", 0, 1, 1));
  }

  @Test
  void longOfZerosAndOnesConvertsToFloat() {
    assertThat(enforce(LongColumn.of("x", 1, 0), DataType.FLOAT)).isEqualTo(FloatColumn.of("x", 1f, 0f));
  }

  @Test
  void floatWidensToDouble() {
    assertThat(enforce(FloatColumn.of("x", 0.5f), DataType.DOUBLE)).isEqualTo(DoubleColumn.of("x", 0.5));
  }

  @Test
  void doubleToFloatIsRefused() {
    refused(DoubleColumn.of("x", 0.5), DataType.FLOAT, "Can not safely convert float64 to float32.");
  }

  @Test
  void floatsToIntegerTypesAreRefused() {
    refused(DoubleColumn.of("x", 1.0), DataType.LONG, "Can not safely convert float64 to int64.");
    refused(FloatColumn.of("x", 1f), DataType.INTEGER, "Can not safely convert float32 to int32.");
  }

  @Test
  void integralDoublesWithMissingValuesGetMlflowsHint() {
    refused(DoubleColumn.of("x", 1.0, Double.NaN), DataType.LONG,
        "Hint: the type mismatch is likely caused by missing values.");
  }

  @Test
  void booleanToNumbersIsRefused() {
    refused(BooleanColumn.of("x", true), DataType.DOUBLE, "Can not safely convert bool to float64.");
    refused(BooleanColumn.of("x", true), DataType.LONG, "Can not safely convert bool to int64.");
  }

  @Test
  void numbersToStringAreRefused() {
    refused(LongColumn.of("x", 1), DataType.STRING, "Can not safely convert int64 to <U0.");
  }

  @Test
  void anythingButDatetimeToDatetimeIsRefused() {
    refused(LongColumn.of("x", 1), DataType.DATETIME, "Can not safely convert int64 to <M8[ns].");
  }

  @Test
  void objectBooleansWithNonePassForBooleanKeepingTheMissingValue() {
    Column c = enforce(ObjectColumn.of("x", true, null), DataType.BOOLEAN);
    assertThat(c).isInstanceOf(BooleanColumn.class);
    assertThat(c.getObject(0)).isEqualTo(true);
    assertThat(c.isNull(1)).isTrue();
  }

  @Test
  void stringsForBooleanAreRefusedSafelyAndTruthyInMlflowMode() {
    refused(StringColumn.of("x", "false"), DataType.BOOLEAN, "Can not safely convert object to bool.");
    assertThat(enforce(StringColumn.of("x", "false", ""), DataType.BOOLEAN, MLFLOW))
        .isEqualTo(BooleanColumn.of("x", true, false));
  }

  @Test
  void numericStringsConvertToDouble() {
    assertThat(enforce(StringColumn.of("x", "1", "2.5"), DataType.DOUBLE)).isEqualTo(DoubleColumn.of("x", 1, 2.5));
  }

  @Test
  void nonNumericStringsForDoubleFailWithMlflowsMessage() {
    refused(StringColumn.of("x", "abc"), DataType.DOUBLE, "Failed to convert column x from type object to double.");
  }

  @Test
  void decimalsConvertToDouble() {
    assertThat(enforce(ObjectColumn.of("x", new BigDecimal("1.25").doubleValue(), 2.0), DataType.DOUBLE))
        .isEqualTo(DoubleColumn.of("x", 1.25, 2.0));
  }

  @Test
  void booleansWithNoneConvertToDoubleWithNaN() {
    Column c = enforce(ObjectColumn.of("x", true, null), DataType.DOUBLE);
    assertThat(((DoubleColumn) c).get(0)).isEqualTo(1.0);
    assertThat(c.isNull(1)).isTrue();
  }

  @Test
  void objectIntegersAreInferredAsInt64() {
    assertThat(enforce(ObjectColumn.of("x", 5L, 6L), DataType.LONG)).isEqualTo(LongColumn.of("x", 5, 6));
    refused(ObjectColumn.of("x", 5L), DataType.INTEGER, "Can not safely convert int64 to int32.");
    refused(ObjectColumn.of("x", 5L), DataType.DOUBLE, "Can not safely convert int64 to float64.");
  }

  @Test
  void nonStringsForStringAreRefusedSafelyAndPrintedInMlflowMode() {
    refused(ObjectColumn.of("x", "a", 1L), DataType.STRING, "Can not safely convert object to <U0.");
    assertThat(enforce(ObjectColumn.of("x", "a", 1L, true, 1.5, null), DataType.STRING, MLFLOW))
        .isEqualTo(StringColumn.of("x", "a", "1", "True", "1.5", null));
  }

  @Test
  void stringsForBinaryAreBase64DecodedSafelyAndUtf8InMlflowMode() {
    Column safe = enforce(StringColumn.of("x", "AAE=\n"), DataType.BINARY);
    assertThat(((BinaryColumn) safe).get(0)).containsExactly(0, 1);
    Column mlflow = enforce(StringColumn.of("x", "AAE="), DataType.BINARY, MLFLOW);
    assertThat(((BinaryColumn) mlflow).get(0)).containsExactly('A', 'A', 'E', '=');
  }

  @Test
  void isoStringsAndDatesConvertToDatetime() {
    Column c = enforce(ObjectColumn.of("x", "2020-05-17T12:30:00", LocalDate.of(2021, 1, 2), null), DataType.DATETIME);
    assertThat(Fx.values(ColumnTable.of(c), "x")).containsExactly(LocalDateTime.of(2020, 5, 17, 12, 30),
        LocalDateTime.of(2021, 1, 2, 0, 0), null);
  }

  @Test
  void unparsableDatetimeTextFailsNamingTheColumn() {
    refused(StringColumn.of("x", "yesterday"), DataType.DATETIME, "Failed to convert column x from type object to datetime");
  }

  @Test
  void optionalDoubleColumnKeepsMissingValues() {
    Schema s = Schema.builder().column("a", DataType.LONG).optionalColumn("d", DataType.DOUBLE).build();
    ColumnTable t = Fx.enforce(ColumnTable.builder().addLongs("a", 1, 2, 3, 4).add(ObjectColumn.of("d", 0L, 0.9, 1L, null))
        .build(), s, SAFE);
    assertThat(((DoubleColumn) t.column("d").orElseThrow()).toArray()).containsExactly(0.0, 0.9, 1.0, Double.NaN);
  }

  @Test
  void presentOptionalColumnWithTheWrongTypeStillFails() {
    Schema s = Schema.builder().column("a", DataType.LONG).optionalColumn("d", DataType.LONG).build();
    Fx.fails(() -> Fx.enforce(ColumnTable.builder().addLongs("a", 1).addStrings("d", "x").build(), s, SAFE),
        "schema-mismatch").hasMessageContaining("Incompatible input types for column d.");
  }

  @Test
  void stringAndBinaryResultsStayObjectColumns() {
    Schema s = Schema.builder().column("s", DataType.STRING).column("b", DataType.BINARY).build();
    ColumnTable t = Fx.enforce(ColumnTable.builder().addStrings("s", "a").addBinary("b", new byte[] {1}).build(), s, SAFE);
    assertThat(t.columns()).extracting(Column::dtypeName).isEqualTo(List.of("object", "object"));
  }
}
