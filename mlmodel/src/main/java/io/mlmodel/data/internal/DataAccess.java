package io.mlmodel.data.internal;

import io.mlmodel.data.BooleanColumn;
import io.mlmodel.data.Column;
import io.mlmodel.data.ColumnTable;
import io.mlmodel.data.DateTimeColumn;
import io.mlmodel.data.DoubleColumn;
import io.mlmodel.data.FloatColumn;
import io.mlmodel.data.IntColumn;
import io.mlmodel.data.LongColumn;
import io.mlmodel.data.ObjectColumn;
import io.mlmodel.data.Tensor;
import io.mlmodel.signature.NumpyDtype;
import java.lang.invoke.MethodHandles;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The data types' trusted constructors and arrays, for the decoders, the enforcement engine and the
 * native predictors: a {@link Tensor}'s arrays without the copies and views its public methods make
 * (a native runtime copies the data into its own memory anyway, and on a small model the extra
 * objects on the way are a visible part of a prediction's cost), and tensors and tables built over
 * arrays and lists this module has just filled, without a defensive copy. What is read here must
 * never be written, and arrays or lists handed over must not be touched again.
 *
 * <p>Not exported, except to the runtime modules by name. {@code Tensor} hands its accessor over
 * from its static initializer, the pattern of the JDK's {@code SharedSecrets}.
 */
public final class DataAccess {
  /** Implemented by {@code Tensor}. */
  public interface Accessor {
    /** The storage array. */
    Object storage(Tensor t);

    /** The dimensions. */
    long[] dims(Tensor t);

    /** A tensor over {@code shape} and {@code storage} themselves, checked as {@link Tensor#wrap} checks. */
    Tensor adopt(NumpyDtype dtype, long[] shape, Object storage);

    /** A tensor over {@code storage} itself and a copy of {@code shape}. */
    Tensor tensor(NumpyDtype dtype, long[] shape, Object storage);

    /** A table over {@code columns} itself. */
    ColumnTable table(List<Column> columns, int rows, boolean positional);

    /** A column of {@code type} over {@code values} itself ({@code missing} for booleans only). */
    Column column(Class<? extends Column> type, String name, Object values, boolean @Nullable [] missing);

    /** The column's own array. */
    Object array(Column c);
  }

  private static volatile @Nullable Accessor accessor;

  private DataAccess() {}

  /**
   * Called once, by {@code Tensor}'s static initializer.
   *
   * @throws IllegalCallerException when called from anywhere else (possible on the class path)
   */
  public static void register(Accessor a) {
    if (StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).getCallerClass() != Tensor.class) {
      throw new IllegalCallerException("only Tensor registers the data accessor");
    }
    if (accessor != null) {
      throw new IllegalStateException("the data accessor is already registered");
    }
    accessor = a;
  }

  /** The tensor's storage array, as the table of {@link Tensor} gives it for its dtype: read only. */
  public static Object storage(Tensor t) {
    return accessor().storage(t);
  }

  /** The tensor's dimensions: read only. */
  public static long[] dims(Tensor t) {
    return accessor().dims(t);
  }

  /**
   * A tensor that takes both arrays over.
   *
   * @throws IllegalArgumentException as {@link Tensor#wrap} does
   */
  public static Tensor adopt(NumpyDtype dtype, long[] shape, Object storage) {
    return accessor().adopt(dtype, shape, storage);
  }

  /**
   * A tensor that takes {@code storage} over and copies {@code shape}.
   *
   * @throws IllegalArgumentException as {@link Tensor#wrap} does
   */
  public static Tensor tensor(NumpyDtype dtype, long[] shape, Object storage) {
    return accessor().tensor(dtype, shape, storage);
  }

  /** A table that takes {@code columns} over: each of {@code rows} rows, names unique. */
  public static ColumnTable table(List<Column> columns, int rows, boolean positional) {
    return accessor().table(columns, rows, positional);
  }

  /** A column of {@code type} that takes {@code values} over. */
  public static <C extends Column> C column(Class<C> type, String name, Object values) {
    return type.cast(accessor().column(type, name, values, null));
  }

  /** A boolean column that takes both arrays over; {@code missing} marks the nulls. */
  public static BooleanColumn booleans(String name, boolean[] values, boolean @Nullable [] missing) {
    return (BooleanColumn) accessor().column(BooleanColumn.class, name, values, missing);
  }

  /** The column's own array: read only. */
  public static double[] array(DoubleColumn c) {
    return (double[]) accessor().array(c);
  }

  /** The column's own array: read only. */
  public static float[] array(FloatColumn c) {
    return (float[]) accessor().array(c);
  }

  /** The column's own array: read only. */
  public static long[] array(LongColumn c) {
    return (long[]) accessor().array(c);
  }

  /** The column's own array: read only. */
  public static int[] array(IntColumn c) {
    return (int[]) accessor().array(c);
  }

  /** The column's own array: read only. */
  public static boolean[] array(BooleanColumn c) {
    return (boolean[]) accessor().array(c);
  }

  /** The column's own epoch nanoseconds: read only. */
  public static long[] array(DateTimeColumn c) {
    return (long[]) accessor().array(c);
  }

  /** The column's own array: read only. */
  public static @Nullable Object[] array(ObjectColumn c) {
    return (@Nullable Object[]) accessor().array(c);
  }

  private static Accessor accessor() {
    Accessor a = accessor;
    if (a == null) {
      try {
        MethodHandles.lookup().ensureInitialized(Tensor.class);
      } catch (IllegalAccessException e) {
        throw new AssertionError(e);
      }
      a = accessor;
    }
    return a;
  }
}
