package io.mlmodel.spark;

import static org.assertj.core.api.Assertions.assertThat;

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

  @org.junit.jupiter.api.Test
  void aSliceReadsItsDoublesIntoThePartitionsArrayWhenItHasTheSliceLength() {
    ColumnarBatch batch = ((VectorRows) slice("vectors")).batch();
    double[][] scratch = new double[SCHEMA.fields().length][];

    double[] first = InputValues.doubles(new VectorRows(SCHEMA, batch, 1, 3, scratch), 0, DataTypes.DoubleType);
    assertThat(first).containsExactly(2.0, Double.NaN, 4.0);
    double[] second = InputValues.doubles(new VectorRows(SCHEMA, batch, 2, 3, scratch), 0, DataTypes.DoubleType);
    assertThat(second).isSameAs(first).containsExactly(Double.NaN, 4.0, 5.0);
    double[] shorter = InputValues.doubles(new VectorRows(SCHEMA, batch, 3, 2, scratch), 0, DataTypes.DoubleType);
    assertThat(shorter).isNotSameAs(first).containsExactly(4.0, 5.0);
    double[] third = InputValues.doubles(new VectorRows(SCHEMA, batch, 0, 3, scratch), 0, DataTypes.DoubleType);

    assertThat(third).isSameAs(first).containsExactly(1.0, 2.0, Double.NaN);
    assertThat(InputValues.doubles(new VectorRows(SCHEMA, batch, 0, 3, scratch), 3, DataTypes.IntegerType))
        .isNotSameAs(first).containsExactly(1.0, 2.0, Double.NaN);
  }
}
