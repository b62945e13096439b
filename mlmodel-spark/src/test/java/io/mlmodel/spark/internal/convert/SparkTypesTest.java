package io.mlmodel.spark.internal.convert;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmodel.signature.AnyType;
import io.mlmodel.signature.ArrayType;
import io.mlmodel.signature.ColSpec;
import io.mlmodel.signature.DataType;
import io.mlmodel.signature.MapType;
import io.mlmodel.signature.ModelSignature;
import io.mlmodel.signature.NumpyDtype;
import io.mlmodel.signature.ObjectType;
import io.mlmodel.signature.Property;
import io.mlmodel.signature.Schema;
import io.mlmodel.signature.SparkMLVectorType;
import io.mlmodel.signature.TensorSpec;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The prediction column's Spark type for every MLflow type (no Spark session needed). */
class SparkTypesTest {

  @ParameterizedTest
  @CsvSource({"BOOLEAN, boolean", "INTEGER, int", "LONG, bigint", "FLOAT, float", "DOUBLE, double",
      "STRING, string", "BINARY, binary", "DATETIME, timestamp"})
  void scalarTypesAreMlflowsToSpark(DataType type, String spark) {
    assertThat(SparkTypes.of(type).simpleString()).isEqualTo(spark);
  }

  @Test
  void nestedTypesNestTheirSparkTypes() {
    ObjectType object = ObjectType.of(Property.required("name", DataType.STRING),
        Property.optional("scores", ArrayType.of(DataType.DOUBLE)));
    assertThat(SparkTypes.of(ArrayType.of(object)).simpleString())
        .isEqualTo("array<struct<name:string,scores:array<double>>>");
    assertThat(SparkTypes.of(MapType.of(ArrayType.of(DataType.LONG))).simpleString())
        .isEqualTo("map<string,array<bigint>>");
    assertThat(SparkTypes.of(AnyType.INSTANCE).simpleString()).isEqualTo("string");
    assertThat(SparkTypes.of(SparkMLVectorType.INSTANCE).simpleString()).isEqualTo("array<double>");
  }

  @Test
  void aTensorRowIsNestedOnceForEachDimensionAfterTheFirst() {
    assertThat(SparkTypes.of(TensorSpec.of("y", NumpyDtype.FLOAT32, -1)).simpleString()).isEqualTo("float");
    assertThat(SparkTypes.of(TensorSpec.of("y", NumpyDtype.INT64, -1, 4)).simpleString()).isEqualTo("array<bigint>");
    assertThat(SparkTypes.of(TensorSpec.of("y", NumpyDtype.UINT8, -1, 28, 28)).simpleString())
        .isEqualTo("array<array<smallint>>");
    assertThat(SparkTypes.of(TensorSpec.of("t", NumpyDtype.DATETIME64_NS, -1)).simpleString()).isEqualTo("timestamp");
  }

  @Test
  void oneOutputGivesItsTypeSeveralAStructAndNoneADouble() {
    Schema inputs = Schema.ofColumns(List.of(ColSpec.of("x", DataType.DOUBLE)));
    Schema one = Schema.ofColumns(List.of(ColSpec.unnamed(DataType.LONG)));
    Schema two = Schema.ofColumns(List.of(ColSpec.of("label", DataType.STRING),
        ColSpec.of("scores", ArrayType.of(DataType.FLOAT))));
    Schema unnamed = Schema.ofColumns(List.of(ColSpec.unnamed(DataType.LONG),
        ColSpec.unnamed(ArrayType.of(DataType.FLOAT))));

    assertThat(OutputPlan.of(new ModelSignature(inputs, one, null)).type().simpleString()).isEqualTo("bigint");
    assertThat(OutputPlan.of(new ModelSignature(inputs, two, null)).type().simpleString())
        .isEqualTo("struct<label:string,scores:array<float>>");
    assertThat(OutputPlan.of(new ModelSignature(inputs, unnamed, null)).type().simpleString())
        .isEqualTo("struct<0:bigint,1:array<float>>");
    assertThat(OutputPlan.of(new ModelSignature(inputs, null, null)).type().simpleString()).isEqualTo("double");
    assertThat(OutputPlan.of(null).isDefault()).isTrue();
  }
}
