package io.mlmodel.data;

import io.mlmodel.data.internal.Columns;
import java.nio.LongBuffer;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A {@code datetime64[ns]} column: MLflow's {@code datetime}. Values are naive date-times held as
 * nanoseconds since 1970-01-01T00:00 in a {@code long[]}, exactly as numpy holds them; {@link #NAT}
 * ({@link Long#MIN_VALUE}, numpy's NaT) marks a missing value. The range is therefore numpy's:
 * 1677-09-21 to 2262-04-11. Immutable.
 */
public final class DateTimeColumn implements Column {
  /** numpy's "not a time": a missing value. */
  public static final long NAT = Long.MIN_VALUE;

  private final String name;
  private final long[] nanos;

  DateTimeColumn(String name, long[] nanos) {
    this.name = Objects.requireNonNull(name, "name");
    this.nanos = Objects.requireNonNull(nanos, "nanos");
  }

  /**
   * A column of these date-times; nulls are missing values.
   *
   * @param name the column's name (its label in a {@link ColumnTable})
   * @param values the cells, in row order, as naive date-times; a null element is a missing value
   * @return a new column of {@code values.length} rows
   * @throws ArithmeticException when a value is outside the range {@link #toNanos} accepts
   */
  public static DateTimeColumn of(String name, @Nullable LocalDateTime... values) {
    long[] n = new long[values.length];
    for (int i = 0; i < values.length; i++) {
      n[i] = values[i] == null ? NAT : toNanos(values[i]);
    }
    return new DateTimeColumn(name, n);
  }

  /**
   * A column holding a copy of {@code nanos} (nanoseconds since the epoch, {@link #NAT} missing).
   *
   * @param name the column's name (its label in a {@link ColumnTable})
   * @param nanos the cells, in row order, as nanoseconds since 1970-01-01T00:00, copied; every
   *     {@code long} is a valid value, {@link #NAT} a missing one
   * @return a new column of {@code nanos.length} rows
   */
  public static DateTimeColumn ofEpochNanos(String name, long... nanos) {
    return new DateTimeColumn(name, nanos.clone());
  }

  /**
   * Nanoseconds since the epoch of a naive date-time; throws {@link ArithmeticException} outside
   * numpy's datetime64[ns] range.
   *
   * @param t the date-time, read as if it were UTC (no zone is applied)
   * @return the nanoseconds from 1970-01-01T00:00 to {@code t}, negative before it; never {@link
   *     #NAT}
   * @throws ArithmeticException when {@code t} is before 1677-09-21T00:12:43.145224193 or after
   *     2262-04-11T23:47:16.854775807
   */
  public static long toNanos(LocalDateTime t) {
    long seconds = t.toEpochSecond(ZoneOffset.UTC);
    int nano = t.getNano();
    // Before the epoch, seconds * 10^9 alone can overflow although adding the nanos would bring it
    // back in range (the first second of numpy's range), so borrow one second first.
    if (seconds < 0 && nano > 0) {
      seconds++;
      nano -= 1_000_000_000;
    }
    long n = Math.addExact(Math.multiplyExact(seconds, 1_000_000_000L), nano);
    if (n == NAT) {
      throw new ArithmeticException("NaT");
    }
    return n;
  }

  /**
   * The naive date-time of {@code nanos} since the epoch.
   *
   * @param nanos nanoseconds since 1970-01-01T00:00, any {@code long}; {@link #NAT} is not treated
   *     as missing here (it converts to 1677-09-21T00:12:43.145224192)
   * @return the date-time {@code nanos} after (or before, when negative) 1970-01-01T00:00
   */
  public static LocalDateTime fromNanos(long nanos) {
    return LocalDateTime.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L),
        (int) Math.floorMod(nanos, 1_000_000_000L), ZoneOffset.UTC);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int size() {
    return nanos.length;
  }

  /**
   * The value at {@code row}, or null when missing.
   *
   * @param row the row index, from 0
   * @return the naive date-time, or null when the cell is NaT
   * @throws IndexOutOfBoundsException when {@code row} is not below {@link #size()}
   */
  public @Nullable LocalDateTime get(int row) {
    long n = nanos[row];
    return n == NAT ? null : fromNanos(n);
  }

  /**
   * Nanoseconds since the epoch at {@code row}, {@link #NAT} when missing.
   *
   * @param row the row index, from 0
   * @return the cell as stored: nanoseconds since 1970-01-01T00:00, or {@link #NAT}
   * @throws IndexOutOfBoundsException when {@code row} is not below {@link #size()}
   */
  public long getEpochNanos(int row) {
    return nanos[row];
  }

  @Override
  public boolean isNull(int row) {
    return nanos[row] == NAT;
  }

  @Override
  public @Nullable Object getObject(int row) {
    return get(row);
  }

  /**
   * A read-only view of the nanoseconds, without copying.
   *
   * @return a new read-only buffer over the stored nanoseconds ({@link #NAT} where missing),
   *     positioned at 0 with {@link #size()} remaining; it has no accessible backing array
   */
  public LongBuffer buffer() {
    return LongBuffer.wrap(nanos).asReadOnlyBuffer();
  }

  long[] array() {
    return nanos;
  }

  @Override
  public String dtypeName() {
    return "datetime64[ns]";
  }

  @Override
  public DateTimeColumn withName(String newName) {
    return new DateTimeColumn(newName, nanos);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DateTimeColumn c && c.name.equals(name) && Arrays.equals(c.nanos, nanos);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + Arrays.hashCode(nanos);
  }

  @Override
  public String toString() {
    return name + ": datetime64[ns]" + Columns.preview(this);
  }
}
