package io.mlmodel.predict;

import static io.mlmodel.predict.Fx.MLFLOW;
import static io.mlmodel.predict.Fx.SAFE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmodel.data.ColumnTable;
import io.mlmodel.data.ObjectColumn;
import io.mlmodel.enforce.EnforcedInput;
import io.mlmodel.enforce.EnforcementOptions;
import io.mlmodel.signature.AnyType;
import io.mlmodel.signature.ArrayType;
import io.mlmodel.signature.ColumnType;
import io.mlmodel.signature.DataType;
import io.mlmodel.signature.MapType;
import io.mlmodel.signature.ObjectType;
import io.mlmodel.signature.Property;
import io.mlmodel.signature.Schema;
import io.mlmodel.signature.SparkMLVectorType;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Format reference §5.4: Array, Object, Map and Any columns, value by value. */
class ComplexEnforcementTest {
  private static final ObjectType META = ObjectType.of(Property.required("count", DataType.LONG),
      Property.optional("note", DataType.STRING));

  private static Object one(Object value, ColumnType type, boolean required, EnforcementOptions o) {
    Schema s = required ? Schema.builder().column("c", type).build() : Schema.builder().optionalColumn("c", type).build();
    return Fx.enforce(ColumnTable.of(ObjectColumn.of("c", value)), s, o).columns().get(0).getObject(0);
  }

  private static Object one(Object value, ColumnType type) {
    return one(value, type, true, SAFE);
  }

  private static void refused(Object value, ColumnType type, String message) {
    Fx.fails(() -> one(value, type), "schema-mismatch").hasMessageContaining(message)
        .hasMessageContaining("column 'c'");
  }

  @Test
  void arrayNeedsAList() {
    refused("a", ArrayType.of(DataType.STRING), "Expected data to be list or numpy array, got str");
  }

  @Test
  void optionalArrayAcceptsNoneAndEmpty() {
    assertThat(one(null, ArrayType.of(DataType.LONG), false, SAFE)).isNull();
    assertThat(one(List.of(), ArrayType.of(DataType.LONG), false, SAFE)).isEqualTo(List.of());
  }

  @Test
  void arrayOfAnyAcceptsNoneEvenWhenRequired() {
    assertThat(one(null, ArrayType.of(AnyType.INSTANCE))).isNull();
  }

  @Test
  void arrayItemsAreCheckedAsOneSeries() {
    assertThat(one(List.of(0L, 1L), ArrayType.of(DataType.DOUBLE))).isEqualTo(List.of(0.0, 1.0));
    assertThat(one(List.of(1.5, 2L), ArrayType.of(DataType.DOUBLE))).isEqualTo(List.of(1.5, 2.0));
    refused(List.of(1L, 2L), ArrayType.of(DataType.DOUBLE), "Can not safely convert int64 to float64");
  }

  @Test
  void arrayOfLongRefusesNone() {
    refused(Arrays.asList(1L, null), ArrayType.of(DataType.LONG), "Can not safely convert float64 to int64");
  }

  @Test
  void arrayOfStringRefusesNumbersInBothModes() {
    refused(List.of(1L, "a"), ArrayType.of(DataType.STRING), "Can not safely convert object to <U0");
    // MLflow 2.17.2 checks each item alone (issue 15): the number is refused, not turned into "1"
    assertThatThrownBy(() -> one(List.of(1L, "a"), ArrayType.of(DataType.STRING), true, MLFLOW))
        .hasMessageEndingWith("Failed to enforce schema of data `1` with dtype `string`");
    assertThat(one(List.of("1", "a"), ArrayType.of(DataType.STRING), true, MLFLOW)).isEqualTo(List.of("1", "a"));
  }

  @Test
  void nestedArraysRecurse() {
    assertThat(one(List.of(List.of(1.0, 2.0), List.of(3.0)), ArrayType.of(ArrayType.of(DataType.DOUBLE))))
        .isEqualTo(List.of(List.of(1.0, 2.0), List.of(3.0)));
  }

  @Test
  void objectNeedsADictionary() {
    refused("x", META, "Expected data to be dictionary, got str");
  }

  @Test
  void objectMissingRequiredPropertyFails() {
    refused(Map.of("note", "n"), META, "Missing required properties: {'count'}");
  }

  @Test
  void objectWithUnknownPropertyFails() {
    refused(Map.of("count", 1L, "z", 1L), META, "Invalid properties not defined in the schema found: {'z'}");
  }

  @Test
  void objectPropertyOfTheWrongTypeFailsNamingTheKey() {
    refused(Map.of("count", 1.5), META, "Failed to enforce schema for key `count`. Expected type long, received type float");
  }

  @Test
  void optionalPropertyAcceptsNone() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("count", 2L);
    v.put("note", null);
    assertThat(one(v, META)).isEqualTo(v);
  }

  @Test
  void requiredScalarPropertyRefusesNone() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("count", null);
    Fx.fails(() -> one(v, META), "schema-mismatch").hasMessageContaining("Failed to enforce schema for key `count`");
  }

  @Test
  void jsonNumbersNeverSatisfyNestedIntegerOrFloat() {
    ObjectType o = ObjectType.of(Property.required("i", DataType.INTEGER));
    refused(Map.of("i", 1L), o, "Failed to enforce schema for key `i`. Expected type integer, received type int");
    ObjectType f = ObjectType.of(Property.required("f", DataType.FLOAT));
    refused(Map.of("f", 1.5), f, "Expected type float, received type float");
  }

  @Test
  void nestedDoubleTakesFloatsAndOnlyTheIntegersZeroAndOne() {
    MapType m = MapType.of(DataType.DOUBLE);
    assertThat(one(Map.of("w", 1L), m)).isEqualTo(Map.of("w", 1.0));
    refused(Map.of("w", 2L), m, "Failed to enforce schema of data `2` with dtype `double`");
  }

  @Test
  void nestedBooleanRefusesNumbers() {
    refused(Map.of("b", 1L), MapType.of(DataType.BOOLEAN), "with dtype `boolean`");
  }

  @Test
  void mapNeedsADictWithStringKeys() {
    refused(List.of(1L), MapType.of(DataType.DOUBLE), "Expected data to be a dict, got list");
    refused(Map.of(1L, 1.0), MapType.of(DataType.DOUBLE), "Expected all keys in the map type data are string type.");
  }

  @Test
  void anyAcceptsEverything() {
    assertThat(one(Map.of("x", List.of(1L)), AnyType.INSTANCE)).isEqualTo(Map.of("x", List.of(1L)));
    assertThat(one(null, AnyType.INSTANCE)).isNull();
  }

  @Test
  void sparkMlVectorIsAnArrayOfDouble() {
    assertThat(one(List.of(0.5, 1.5), SparkMLVectorType.INSTANCE)).isEqualTo(List.of(0.5, 1.5));
    refused("v", SparkMLVectorType.INSTANCE, "Expected data to be list or numpy array");
  }

  @Test
  void complexValuesComeFromJsonRequestsUnchangedWhenValid() {
    EnforcedInput e = Fx.request("{\"dataframe_records\": [{\"c\": {\"count\": 3}}]}", Fx.one(META));
    assertThat(Fx.values(e.input(), "c")).containsExactly(Map.of("count", 3L));
  }
}
