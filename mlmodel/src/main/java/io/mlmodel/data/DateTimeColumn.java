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

  /** A column of these date-times; nulls are missing values. */
  public static DateTimeColumn of(String name, @Nullable LocalDateTime... values) {
    long[] n = new long[values.length];
    for (int i = 0; i < values.length; i++) {
      n[i] = values[i] == null ? NAT : toNanos(values[i]);
    }
    return new DateTimeColumn(name, n);
  }

  /** A column holding a copy of {@code nanos} (nanoseconds since the epoch, {@link #NAT} missing). */
  public static DateTimeColumn ofEpochNanos(String name, long... nanos) {
    return new DateTimeColumn(name, nanos.clone());
  }

  /**
   * Nanoseconds since the epoch of a naive date-time; throws {@link ArithmeticException} outside
   * numpy's datetime64[ns] range.
   */
  public static long toNanos(LocalDateTime t) {
    long seconds = t.toEpochSecond(ZoneOffset.UTC);
    long n = Math.addExact(Math.multiplyExact(seconds, 1_000_000_000L), t.getNano());
    if (n == NAT) {
      throw new ArithmeticException("NaT");
    }
    return n;
  }

  /** The naive date-time of {@code nanos} since the epoch. */
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

  /** The value at {@code row}, or null when missing. */
  public @Nullable LocalDateTime get(int row) {
    long n = nanos[row];
    return n == NAT ? null : fromNanos(n);
  }

  /** Nanoseconds since the epoch at {@code row}, {@link #NAT} when missing. */
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

  /** A read-only view of the nanoseconds, without copying. */
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
