package io.mlmodel.spark;

import java.util.List;
import org.apache.spark.sql.catalyst.CatalystTypeConverters;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;
import scala.Function1;

/**
 * A batch of rows as Spark holds them inside a query ({@code InternalRow}s, usually
 * {@code UnsafeRow}s): primitive columns are read from them with their typed getters, without a
 * boxed value or an external {@code Row} per row; any other value is converted to its external
 * form ({@code Seq}, {@code Row}, {@code Vector}...) on demand, with Spark's own converters. The
 * rows must stay valid while the batch is used: rows of a query's iterator are copied first.
 * Not thread-safe; one per partition.
 */
final class RowBatch {
  private final StructType schema;
  private final @Nullable Function1<Object, Object>[] external;
  private InternalRow[] rows;
  private int size;

  @SuppressWarnings("unchecked")
  RowBatch(StructType schema, int capacity) {
    this.schema = schema;
    this.external = new Function1[schema.fields().length];
    this.rows = new InternalRow[Math.max(1, capacity)];
  }

  /** A batch of these rows, of this schema. */
  static RowBatch of(StructType schema, List<InternalRow> rows) {
    RowBatch b = new RowBatch(schema, rows.size());
    rows.forEach(b::add);
    return b;
  }

  /** Appends {@code row}, which must not change while the batch holds it. */
  void add(InternalRow row) {
    if (size == rows.length) {
      rows = java.util.Arrays.copyOf(rows, size * 2);
    }
    rows[size++] = row;
  }

  /** Empties the batch. */
  void clear() {
    java.util.Arrays.fill(rows, 0, size, null);
    size = 0;
  }

  int size() {
    return size;
  }

  InternalRow row(int i) {
    return rows[i];
  }

  StructType schema() {
    return schema;
  }

  /** Row {@code i} alone, as a batch. */
  RowBatch slice(int i) {
    RowBatch one = new RowBatch(schema, 1);
    one.add(rows[i]);
    return one;
  }

  /** The external value ({@code Row.get}'s) of column {@code c} in row {@code i}. */
  @Nullable Object get(int i, int c) {
    InternalRow r = rows[i];
    if (r.isNullAt(c)) {
      return null;
    }
    Function1<Object, Object> f = external[c];
    if (f == null) {
      f = CatalystTypeConverters.createToScalaConverter(schema.fields()[c].dataType());
      external[c] = f;
    }
    return f.apply(r.get(c, schema.fields()[c].dataType()));
  }
}
