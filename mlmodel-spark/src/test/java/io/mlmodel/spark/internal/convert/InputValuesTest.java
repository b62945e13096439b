package io.mlmodel.spark.internal.convert;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmodel.data.ColumnTable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.execution.vectorized.OnHeapColumnVector;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.vectorized.ColumnarBatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link InputValues} reads rows 1 to 3 of five (a slice not at the batch's start) alike from rows
 * and from a column batch's vectors, nulls included, for every primitive type (no Spark session).
 */
class InputValuesTest {
  static final StructType SCHEMA = new StructType().add("d", DataTypes.DoubleType).add("f", DataTypes.FloatType)
      .add("l", DataTypes.LongType).add("i", DataTypes.IntegerType).add("s", DataTypes.ShortType)
      .add("b", DataTypes.ByteType).add("clean", DataTypes.IntegerType);

  /** Row r: every column holds r + 1 (as its type), null in row 2 except column "clean". */
  static Object value(int r, DataType t) {
    int v = r + 1;
    return t == DataTypes.DoubleType ? (Object) (double) v : t == DataTypes.FloatType ? (Object) (float) v
        : t == DataTypes.LongType ? (Object) (long) v : t == DataTypes.IntegerType ? (Object) v
        : t == DataTypes.ShortType ? (Object) (short) v : (Object) (byte) v;
  }

  static RowBatch slice(String from) {
    int cols = SCHEMA.fields().length;
    if (from.equals("rows")) {
      List<InternalRow> rows = new ArrayList<>();
      for (int r = 1; r <= 3; r++) {
        Object[] values = new Object[cols];
        for (int c = 0; c < cols; c++) {
          values[c] = r == 2 && c < cols - 1 ? null : value(r, SCHEMA.fields()[c].dataType());
        }
        rows.add(new GenericInternalRow(values));
      }
      return RowBatch.of(SCHEMA, rows);
    }
    OnHeapColumnVector[] columns = OnHeapColumnVector.allocateColumns(5, SCHEMA);
    for (int c = 0; c < cols; c++) {
      for (int r = 0; r < 5; r++) {
        if (r == 2 && c < cols - 1) {
          columns[c].putNull(r);
          continue;
        }
        Object v = value(r, SCHEMA.fields()[c].dataType());
        if (v instanceof Double d) {
          columns[c].putDouble(r, d);
        } else if (v instanceof Float f) {
          columns[c].putFloat(r, f);
        } else if (v instanceof Long l) {
          columns[c].putLong(r, l);
        } else if (v instanceof Integer i) {
          columns[c].putInt(r, i);
        } else if (v instanceof Short s) {
          columns[c].putShort(r, s);
        } else {
          columns[c].putByte(r, (Byte) v);
        }
      }
    }
    ColumnarBatch batch = new ColumnarBatch(columns, 5);
    return new VectorRows(SCHEMA, batch, 1, 3);
  }

  @ParameterizedTest
  @ValueSource(strings = {"rows", "vectors"})
  void rowsAndVectorsGiveTheSameArraysNullsIncluded(String from) {
    RowBatch rows = slice(from);

    assertThat(rows.size()).isEqualTo(3);
    for (int c = 0; c < 6; c++) {
      DataType t = SCHEMA.fields()[c].dataType();
      if (t != DataTypes.FloatType) {
        assertThat(InputValues.doubles(rows, c, t)).as("column %d", c).containsExactly(2.0, Double.NaN, 4.0);
      }
      assertThat(InputValues.hasNull(rows, c)).isTrue();
    }
    assertThat(InputValues.doubles(rows, new int[] {0})[0]).containsExactly(2.0, Double.NaN, 4.0);
    assertThat(InputValues.floats(rows, 1)).containsExactly(2f, Float.NaN, 4f);
    assertThat(InputValues.hasNull(rows, 6)).isFalse();
    assertThat(InputValues.ints(rows, 6, DataTypes.IntegerType)).containsExactly(2, 3, 4);
    int[] ints = InputValues.ints(rows, 3, DataTypes.IntegerType);
    int[] shorts = InputValues.ints(rows, 4, DataTypes.ShortType);
    int[] bytes = InputValues.ints(rows, 5, DataTypes.ByteType);
    long[] longs = InputValues.longs(rows, 2);
    // the null row's value is not read; the others are
    assertThat(new long[] {ints[0], shorts[0], bytes[0], longs[0], ints[2], shorts[2], bytes[2], longs[2]})
        .containsExactly(2, 2, 2, 2, 4, 4, 4, 4);
  }

  /**
   * The model's columns take the arrays read from the vectors over without a copy, so each must be
   * its slice's own: neither the partition's next slice nor a source that refills its vectors for
   * its next batch (a Parquet reader) may change a model input already made.
   */
  @org.junit.jupiter.api.Test
  void aModelInputKeepsItsValuesWhenTheNextSliceIsReadAndTheBatchRefilled() {
    ColumnarBatch batch = ((VectorRows) slice("vectors")).batch();
    InputPlan plan = InputPlan.of(SCHEMA, null);
    ColumnTable first = (ColumnTable) plan.batch(new VectorRows(SCHEMA, batch, 1, 3), java.time.ZoneOffset.UTC);
    ColumnTable next = (ColumnTable) plan.batch(new VectorRows(SCHEMA, batch, 2, 3), java.time.ZoneOffset.UTC);
    for (int r = 0; r < 5; r++) {
      ((OnHeapColumnVector) batch.column(0)).putDouble(r, -1);
      ((OnHeapColumnVector) batch.column(1)).putFloat(r, -1);
      ((OnHeapColumnVector) batch.column(2)).putLong(r, -1);
      ((OnHeapColumnVector) batch.column(6)).putInt(r, -1);
    }

    assertThat(values(first, "d")).containsExactly(2.0, Double.NaN, 4.0);
    assertThat(values(next, "d")).containsExactly(Double.NaN, 4.0, 5.0);
    assertThat(values(first, "f")).containsExactly(2.0, Double.NaN, 4.0);
    assertThat(values(first, "l")).containsExactly(2.0, Double.NaN, 4.0);
    assertThat(values(first, "clean")).containsExactly(2.0, 3.0, 4.0);
  }

  private static double[] values(ColumnTable t, String name) {
    io.mlmodel.data.Column c = t.column(name).orElseThrow();
    double[] v = new double[c.size()];
    for (int i = 0; i < v.length; i++) {
      Object o = c.getObject(i);
      v[i] = o == null ? Double.NaN : ((Number) o).doubleValue();
    }
    return v;
  }
}
