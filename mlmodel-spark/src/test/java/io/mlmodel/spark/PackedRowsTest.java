package io.mlmodel.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.UnsafeRow;
import org.apache.spark.sql.execution.vectorized.OnHeapColumnVector;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.vectorized.ColumnarBatch;
import org.junit.jupiter.api.Test;

/**
 * {@link PackedRows}: the output rows it packs from column batches read back, through Spark's own
 * {@code UnsafeRow} getters, as the values and nulls of the vectors, for the types only the row
 * getters read (booleans, dates, timestamps); the prediction's slot starts null-free in every batch;
 * which schemas pack (no Spark session).
 */
class PackedRowsTest {
  static final StructType SCHEMA = new StructType().add("flag", DataTypes.BooleanType)
      .add("day", DataTypes.DateType).add("at", DataTypes.TimestampType).add("x", DataTypes.DoubleType);

  static ColumnarBatch batch() {
    OnHeapColumnVector[] v = OnHeapColumnVector.allocateColumns(3, SCHEMA);
    for (int r = 0; r < 3; r++) {
      if (r == 1) {
        for (OnHeapColumnVector c : v) {
          c.putNull(r);
        }
        continue;
      }
      v[0].putBoolean(r, r == 0);
      v[1].putInt(r, 20_000 + r);
      v[2].putLong(r, 1_700_000_000_000_000L + r);
      v[3].putDouble(r, -0.5 * r);
    }
    return new ColumnarBatch(v, 3);
  }

  @Test
  void packedRowsReadBackAsTheVectorsWithThePredictionLast() {
    PackedRows packed = new PackedRows(SCHEMA, 4, new boolean[4]);
    assertThat(packed.append(batch(), 0, 10)).isEqualTo(3);
    assertThat(packed.append(batch(), 0, 10)).as("one row of room left").isEqualTo(1);

    InternalRow first = packed.row(0);
    assertThat(first).isInstanceOf(UnsafeRow.class);
    assertThat(first.numFields()).isEqualTo(5);
    assertThat(new Object[] {first.getBoolean(0), first.getInt(1), first.getLong(2), first.getDouble(3)})
        .containsExactly(true, 20_000, 1_700_000_000_000_000L, -0.0);
    InternalRow nulls = packed.row(1);
    assertThat(new boolean[] {nulls.isNullAt(0), nulls.isNullAt(1), nulls.isNullAt(2), nulls.isNullAt(3),
        nulls.isNullAt(4)}).containsExactly(true, true, true, true, false);
    InternalRow third = packed.row(2);
    assertThat(new Object[] {third.getBoolean(0), third.getInt(1), third.getLong(2), third.getDouble(3)})
        .containsExactly(false, 20_002, 1_700_000_000_000_002L, -1.0);
    assertThat(packed.slice(2).row(0).getInt(1)).isEqualTo(20_002);
  }

  @Test
  void thePredictionSlotIsWrittenAndClearedForTheNextBatch() {
    PackedRows packed = new PackedRows(SCHEMA, 3, new boolean[] {false, false, false, true});
    packed.append(batch(), 0, 3);
    Predictions p = Predictions.boxed(new Object[] {1.5f, null, 2f}, DataTypes.FloatType);
    for (int r = 0; r < 3; r++) {
      p.writePrimitive(r, packed.row(r), packed.predictionOrdinal());
    }
    assertThat(packed.row(0).getFloat(4)).isEqualTo(1.5f);
    assertThat(packed.row(1).isNullAt(4)).isTrue();

    packed.clear();
    packed.append(batch(), 0, 3);

    assertThat(packed.row(1).isNullAt(4)).isFalse();
    assertThat(packed.row(1).getLong(4)).isZero();
  }

  @Test
  void onlyFixedWidthColumnsAndAFloatOrDoublePredictionPack() {
    assertThat(PackedRows.packs(SCHEMA, DataTypes.DoubleType)).isTrue();
    assertThat(PackedRows.packs(SCHEMA, DataTypes.FloatType)).isTrue();
    assertThat(PackedRows.packs(SCHEMA, DataTypes.LongType)).isFalse();
    assertThat(PackedRows.packs(SCHEMA.add("name", DataTypes.StringType), DataTypes.DoubleType)).isFalse();
    assertThat(PackedRows.packs(SCHEMA.add("amount", DataTypes.createDecimalType(10, 2)), DataTypes.DoubleType))
        .isFalse();
  }

  @Test
  void aWideRowTakesFewerRowsThanTheBatchSizeWithinTheArenaLimit() {
    StructType wide = new StructType();
    for (int c = 0; c < 2000; c++) {
      wide = wide.add("c" + c, DataTypes.DoubleType);
    }
    assertThat(new PackedRows(wide, 1 << 20, new boolean[2000]).capacity()).isEqualTo(RowBatch.ARENA_LIMIT / (256 + 8 * 2001));
  }
}
