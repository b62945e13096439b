package io.mlmodel.spark.internal.convert;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.catalyst.CatalystTypeConverters;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.UnsafeRow;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.Platform;
import org.jspecify.annotations.Nullable;
import scala.Function1;

/**
 * A batch of rows as Spark holds them inside a query ({@code InternalRow}s, usually
 * {@code UnsafeRow}s): primitive columns are read from them with their typed getters, without a
 * boxed value or an external {@code Row} per row; any other value is converted to its external
 * form ({@code Seq}, {@code Row}, {@code Vector}...) on demand, with Spark's own converters. The
 * rows must stay valid while the batch is used: rows of a query's iterator, which Spark reuses, are
 * copied in with {@link #copyIn}, an {@code UnsafeRow} into one byte array the batch keeps from
 * batch to batch (no allocation per row once it has grown). Rows of one of Spark's column
 * batches are read in place ({@link VectorRows}).
 * Not thread-safe; one per partition.
 *
 * <p>Internal: public for the scorers of {@code io.mlmodel.spark.internal.exec}, which fill and
 * score batches; not API.
 */
public sealed class RowBatch permits VectorRows {
  private final StructType schema;
  /** The most bytes of rows a batch keeps in its arena (larger batches copy the rest row by row). */
  static final int ARENA_LIMIT = 64 << 20;

  private final @Nullable Function1<Object, Object>[] external;
  private InternalRow[] rows;
  private int size;
  private UnsafeRow[] views = new UnsafeRow[0];
  private byte[] arena = new byte[0];
  private int used;

  @SuppressWarnings("unchecked")
  public RowBatch(StructType schema, int capacity) {
    this.schema = schema;
    this.external = new Function1[schema.fields().length];
    this.rows = new InternalRow[Math.max(1, capacity)];
  }

  /** A batch of these rows, of this schema. */
  public static RowBatch of(StructType schema, List<InternalRow> rows) {
    RowBatch b = new RowBatch(schema, rows.size());
    rows.forEach(b::add);
    return b;
  }

  /** Appends {@code row}, which must not change while the batch holds it. */
  void add(InternalRow row) {
    if (size == rows.length) {
      rows = Arrays.copyOf(rows, size * 2);
    }
    rows[size++] = row;
  }

  /**
   * Appends a copy of {@code row} (which Spark may change after this call): an {@code UnsafeRow}'s
   * bytes go into the batch's arena, read through a row object kept for that position; any other
   * row, or one that would grow the arena beyond {@link #ARENA_LIMIT}, is copied on its own.
   */
  public void copyIn(InternalRow row) {
    if (!(row instanceof UnsafeRow u) || (long) used + u.getSizeInBytes() > ARENA_LIMIT) {
      add(row.copy());
      return;
    }
    int bytes = u.getSizeInBytes();
    if (used + bytes > arena.length) {
      grow(used + bytes);
    }
    if (size == views.length) {
      views = Arrays.copyOf(views, Math.max(16, size * 2));
    }
    UnsafeRow view = views[size];
    if (view == null || view.numFields() != u.numFields()) {
      view = new UnsafeRow(u.numFields());
      views[size] = view;
    }
    u.writeToMemory(arena, Platform.BYTE_ARRAY_OFFSET + used);
    view.pointTo(arena, Platform.BYTE_ARRAY_OFFSET + used, bytes);
    used += bytes;
    add(view);
  }

  /** A larger arena, with the rows already in it pointed at their new place. */
  private void grow(int needed) {
    byte[] bigger = Arrays.copyOf(arena, (int) Math.min(ARENA_LIMIT, Math.max(needed, 2L * arena.length)));
    for (int i = 0; i < size; i++) {
      if (rows[i] instanceof UnsafeRow u && u.getBaseObject() == arena) {
        u.pointTo(bigger, u.getBaseOffset(), u.getSizeInBytes());
      }
    }
    arena = bigger;
  }

  /** Empties the batch (its arena and row objects are kept for the next). */
  public void clear() {
    Arrays.fill(rows, 0, size, null);
    size = 0;
    used = 0;
  }

  public int size() {
    return size;
  }

  public InternalRow row(int i) {
    return rows[i];
  }

  StructType schema() {
    return schema;
  }

  /** Row {@code i} alone, as a batch. */
  public RowBatch slice(int i) {
    RowBatch one = new RowBatch(schema, 1);
    one.add(rows[i]);
    return one;
  }

  /** The external value ({@code Row.get}'s) of column {@code c} in row {@code i}. */
  @Nullable Object get(int i, int c) {
    InternalRow r = row(i);
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
