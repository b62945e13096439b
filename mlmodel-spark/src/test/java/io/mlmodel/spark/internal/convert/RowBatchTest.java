package io.mlmodel.spark.internal.convert;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.expressions.UnsafeProjection;
import org.apache.spark.sql.catalyst.expressions.UnsafeRow;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;
import org.junit.jupiter.api.Test;

/** {@link RowBatch#copyIn}: copies of rows that Spark reuses, in the batch's arena (no Spark session needed). */
class RowBatchTest {
  private static final StructType SCHEMA = new StructType().add("x", DataTypes.DoubleType)
      .add("s", DataTypes.StringType);

  /** One row object, changed for every row, as a query's iterator gives them. */
  private static UnsafeRow reused(UnsafeProjection projection, int i) {
    String text = "row " + i + "-".repeat(i % 37);
    return projection.apply(new GenericInternalRow(new Object[] {i * 0.5, i % 5 == 0 ? null : UTF8String.fromString(text)}));
  }

  @Test
  void copiesSurviveTheSourceRowsReuseAndTheArenasGrowth() {
    UnsafeProjection projection = UnsafeProjection.create(SCHEMA);
    RowBatch batch = new RowBatch(SCHEMA, 4);
    for (int round = 0; round < 2; round++) {
      batch.clear();
      for (int i = 0; i < 1000; i++) {
        batch.copyIn(reused(projection, i));
      }
      assertThat(batch.size()).isEqualTo(1000);
      for (int i = 0; i < 1000; i++) {
        InternalRow r = batch.row(i);
        assertThat(r.getDouble(0)).isEqualTo(i * 0.5);
        if (i % 5 == 0) {
          assertThat(r.isNullAt(1)).isTrue();
        } else {
          assertThat(r.getUTF8String(1).toString()).isEqualTo("row " + i + "-".repeat(i % 37));
        }
      }
    }
  }

  @Test
  void otherRowsAreCopiedOnTheirOwn() {
    GenericInternalRow row = new GenericInternalRow(new Object[] {2.5, UTF8String.fromString("a")});
    RowBatch batch = new RowBatch(SCHEMA, 1);
    batch.copyIn(row);
    row.update(0, 7.0);
    assertThat(batch.row(0).getDouble(0)).isEqualTo(2.5);
    assertThat(batch.get(0, 1)).isEqualTo("a");
  }
}
