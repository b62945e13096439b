package io.mlmodel.spark.internal.convert;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmodel.data.ColumnTable;
import io.mlmodel.data.DoubleColumn;
import io.mlmodel.data.FloatColumn;
import io.mlmodel.data.PredictOutput;
import io.mlmodel.data.Tensor;
import java.util.List;
import org.apache.spark.sql.catalyst.expressions.SpecificInternalRow;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * {@link Predictions#floating}: primitive predictions give what the boxed way through {@link
 * OutputValues} gives (no Spark session needed).
 */
class PredictionsTest {
  private static final SparkOut OUT = new SparkOut("UTC", false);

  private static OutputPlan plan(DataType type, boolean tensor) {
    return new OutputPlan(List.of(new OutputPlan.Output(null, type, tensor)), type);
  }

  private static SpecificInternalRow written(Predictions p, int r, DataType type) {
    SpecificInternalRow row = new SpecificInternalRow(new StructType().add("prediction", type));
    p.write(r, row, 0);
    return row;
  }

  @Test
  void aColumnsMissingValueIsANullPredictionAsInTheBoxedWay() {
    PredictOutput out = ColumnTable.of(FloatColumn.of("y", 1.5f, Float.NaN, -2f));
    OutputPlan plan = plan(DataTypes.FloatType, false);
    Predictions p = Predictions.floating(out, 3, plan);
    assertThat(p).isNotNull();
    assertThat(new Object[] {p.get(0), p.get(1), p.get(2)}).containsExactly(1.5f, null, -2f)
        .containsExactly(OutputValues.rows(out, 3, plan, OUT));
    assertThat(written(p, 0, DataTypes.FloatType).getFloat(0)).isEqualTo(1.5f);
    assertThat(written(p, 1, DataTypes.FloatType).isNullAt(0)).isTrue();
  }

  @Test
  void aTensorsNanStaysNanAndFloatsWidenToADoubleColumn() {
    PredictOutput out = Tensor.ofFloats(new float[] {0.1f, Float.NaN}, 2);
    OutputPlan plan = plan(DataTypes.DoubleType, true);
    Predictions p = Predictions.floating(out, 2, plan);
    assertThat(new Object[] {p.get(0), p.get(1)}).containsExactly((double) 0.1f, Double.NaN)
        .containsExactly(OutputValues.rows(out, 2, plan, OUT));
    assertThat(written(p, 0, DataTypes.DoubleType).getDouble(0)).isEqualTo((double) 0.1f);
    assertThat(written(p, 1, DataTypes.DoubleType).getDouble(0)).isNaN();
  }

  @Test
  void doublesNarrowToAFloatColumn() {
    PredictOutput out = ColumnTable.of(DoubleColumn.of("y", 0.1, 1e300));
    Predictions p = Predictions.floating(out, 2, plan(DataTypes.FloatType, false));
    assertThat(written(p, 0, DataTypes.FloatType).getFloat(0)).isEqualTo(0.1f);
    assertThat(written(p, 1, DataTypes.FloatType).getFloat(0)).isEqualTo(Float.POSITIVE_INFINITY);
  }

  @Test
  void otherOutputsTakeTheBoxedWay() {
    assertThat(Predictions.floating(Tensor.ofFloats(new float[] {1f, 2f}, 2, 1), 2, plan(DataTypes.FloatType, true)))
        .isNull();
    assertThat(Predictions.floating(ColumnTable.of(FloatColumn.of("y", 1f)), 2, plan(DataTypes.FloatType, false)))
        .isNull();
    assertThat(Predictions.floating(ColumnTable.of(FloatColumn.of("y", 1f)), 1, plan(DataTypes.LongType, false)))
        .isNull();
  }
}
