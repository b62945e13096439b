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
 * arrays this module has just filled, without a defensive copy. What is read here must never be
 * written, and arrays handed over must not be touched again. (A table copies its list of columns,
 * a cheap copy of references; the columns themselves are taken as they are.)
 *
 * <p>Not exported, except to the runtime modules by name. {@code Tensor} hands its accessor over
 * from its static initializer, the pattern of the JDK's {@code SharedSecrets}.
 */
public final class DataAccess {
  /** Implemented by {@code Tensor}. */
  public interface Accessor {
    /**
     * The storage array.
     *
     * @param t the tensor to read
     * @return the tensor's own storage array, not a copy, of the class the table of {@link Tensor}
     *     gives for its dtype
     */
    Object storage(Tensor t);

    /**
     * The dimensions.
     *
     * @param t the tensor to read
     * @return the tensor's own shape array, not a copy: outermost dimension first, empty for a 0-d
     *     tensor
     */
    long[] dims(Tensor t);

    /**
     * A tensor over {@code shape} and {@code storage} themselves, checked as {@link Tensor#wrap}
     * checks.
     *
     * @param dtype the element type; one with no storage ({@code float128}, the complex dtypes) is
     *     refused
     * @param shape the dimensions, outermost first, each 0 or more; kept, not copied
     * @param storage the elements in row-major order, in exactly the array class the table of
     *     {@link Tensor} gives for {@code dtype}; kept, not copied
     * @return a new tensor over both arrays
     * @throws IllegalArgumentException when {@code storage} is not the storage array of {@code
     *     dtype}, a dimension is negative, or the length of {@code storage} is not the product of
     *     {@code shape}
     * @throws ArithmeticException when the product of {@code shape} overflows a {@code long}
     */
    Tensor adopt(NumpyDtype dtype, long[] shape, Object storage);

    /**
     * A tensor over {@code storage} itself and a copy of {@code shape}.
     *
     * @param dtype the element type; one with no storage ({@code float128}, the complex dtypes) is
     *     refused
     * @param shape the dimensions, outermost first, each 0 or more; copied
     * @param storage the elements in row-major order, in exactly the array class the table of
     *     {@link Tensor} gives for {@code dtype}; kept, not copied
     * @return a new tensor over {@code storage}
     * @throws IllegalArgumentException when {@code storage} is not the storage array of {@code
     *     dtype}, a dimension is negative, or the length of {@code storage} is not the product of
     *     {@code shape}
     * @throws ArithmeticException when the product of {@code shape} overflows a {@code long}
     */
    Tensor tensor(NumpyDtype dtype, long[] shape, Object storage);

    /**
     * A table of {@code columns} themselves; the list is copied, so later changes to it do not
     * reach the table.
     *
     * @param columns the columns, in order, each with {@code rows} values and a name of its own
     * @param rows the number of rows, 0 or more; a table with no columns still has this many
     * @param positional whether the labels are positional (see {@link ColumnTable#positional()});
     *     the caller has already named the columns {@code "0"}, {@code "1"}, ... (not checked)
     * @return a new table of those columns
     * @throws IllegalArgumentException when two columns share a name or a column's size is not
     *     {@code rows}
     */
    ColumnTable table(List<Column> columns, int rows, boolean positional);

    /**
     * A column of {@code type} over {@code values} itself ({@code missing} for booleans only).
     *
     * @param type the column class to build, one of the classes {@link Column} permits
     * @param name the column's name
     * @param values the cells in row order, in the array class {@code type} holds ({@code double[]}
     *     for {@link DoubleColumn}, {@code long[]} of epoch nanoseconds for {@link DateTimeColumn},
     *     {@code Object[]} for {@link ObjectColumn}, and so on); kept, not copied
     * @param missing for a {@link BooleanColumn} only, one flag per row, true where the value is
     *     missing; kept (not copied) only when a flag is set; null when no value is missing, and
     *     ignored for the other column classes
     * @return a new column of {@code type}
     * @throws IllegalArgumentException when {@code type} is not one of the permitted column
     *     classes, or {@code missing} and {@code values} differ in length
     * @throws ClassCastException when {@code values} is not an instance of the array class {@code
     *     type} holds
     */
    Column column(Class<? extends Column> type, String name, Object values, boolean @Nullable [] missing);

    /**
     * The column's own array.
     *
     * @param c the column to read
     * @return the column's own value array, not a copy, of the class it holds (as {@link #column}
     *     takes it); for a {@link BooleanColumn}, the values without the missing flags
     */
    Object array(Column c);
  }

  private static volatile @Nullable Accessor accessor;

  private DataAccess() {}

  /**
   * Called once, by {@code Tensor}'s static initializer.
   *
   * @param a the accessor {@code Tensor} implements over its private state and the data types'
   *     package-private constructors
   * @throws IllegalCallerException when called from anywhere else (possible on the class path)
   * @throws IllegalStateException when an accessor is already registered
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

  /**
   * The tensor's storage array, as the table of {@link Tensor} gives it for its dtype: read only.
   *
   * @param t the tensor to read
   * @return the tensor's own storage array, not a copy: never write to it
   */
  public static Object storage(Tensor t) {
    return accessor().storage(t);
  }

  /**
   * The tensor's dimensions: read only.
   *
   * @param t the tensor to read
   * @return the tensor's own shape array, not a copy (outermost dimension first, empty for a 0-d
   *     tensor): never write to it
   */
  public static long[] dims(Tensor t) {
    return accessor().dims(t);
  }

  /**
   * A tensor that takes both arrays over.
   *
   * @param dtype the element type; one with no storage ({@code float128}, the complex dtypes) is
   *     refused
   * @param shape the dimensions, outermost first, each 0 or more; taken over: not copied, and the
   *     caller must not touch it again
   * @param storage the elements in row-major order, in exactly the array class the table of {@link
   *     Tensor} gives for {@code dtype}; taken over like {@code shape}
   * @return a new tensor over both arrays
   * @throws IllegalArgumentException as {@link Tensor#wrap} does
   * @throws ArithmeticException when the product of {@code shape} overflows a {@code long}
   */
  public static Tensor adopt(NumpyDtype dtype, long[] shape, Object storage) {
    return accessor().adopt(dtype, shape, storage);
  }

  /**
   * A tensor that takes {@code storage} over and copies {@code shape}.
   *
   * @param dtype the element type; one with no storage ({@code float128}, the complex dtypes) is
   *     refused
   * @param shape the dimensions, outermost first, each 0 or more; copied, so the caller may reuse
   *     it
   * @param storage the elements in row-major order, in exactly the array class the table of {@link
   *     Tensor} gives for {@code dtype}; taken over: not copied, and the caller must not touch it
   *     again
   * @return a new tensor over {@code storage}
   * @throws IllegalArgumentException as {@link Tensor#wrap} does
   * @throws ArithmeticException when the product of {@code shape} overflows a {@code long}
   */
  public static Tensor tensor(NumpyDtype dtype, long[] shape, Object storage) {
    return accessor().tensor(dtype, shape, storage);
  }

  /**
   * A table of {@code columns}, which are not copied: each of {@code rows} rows, names unique. The
   * list itself is copied, so the caller may reuse it.
   *
   * @param columns the columns, in order
   * @param rows the number of rows, 0 or more; a table with no columns still has this many
   * @param positional whether the labels are positional (see {@link ColumnTable#positional()});
   *     the caller has already named the columns {@code "0"}, {@code "1"}, ... (not checked)
   * @return a new table of those columns
   * @throws IllegalArgumentException when two columns share a name or a column's size is not
   *     {@code rows}
   */
  public static ColumnTable table(List<Column> columns, int rows, boolean positional) {
    return accessor().table(columns, rows, positional);
  }

  /**
   * A column of {@code type} that takes {@code values} over. A {@link BooleanColumn} made here has
   * no missing values; {@link #booleans} makes one with them.
   *
   * @param <C> the column class
   * @param type the column class to build, one of the classes {@link Column} permits
   * @param name the column's name
   * @param values the cells in row order, in the array class {@code type} holds ({@code double[]}
   *     for {@link DoubleColumn}, {@code long[]} of epoch nanoseconds for {@link DateTimeColumn},
   *     {@code Object[]} for {@link ObjectColumn}, and so on); taken over: not copied, and the
   *     caller must not touch it again
   * @return a new column of {@code type} over {@code values}
   * @throws IllegalArgumentException when {@code type} is not one of the permitted column classes
   *     (for example {@code Column.class} itself)
   * @throws ClassCastException when {@code values} is not an instance of the array class {@code
   *     type} holds
   */
  public static <C extends Column> C column(Class<C> type, String name, Object values) {
    return type.cast(accessor().column(type, name, values, null));
  }

  /**
   * A boolean column that takes both arrays over; {@code missing} marks the nulls.
   *
   * @param name the column's name
   * @param values the cells in row order; false where {@code missing} flags a row, since the column
   *     reads a missing value as false; taken over: not copied
   * @param missing one flag per row, true where the value is missing, taken over like {@code
   *     values}; null when no value is missing (an array with no flag set is dropped as well)
   * @return a new boolean column over {@code values}
   * @throws IllegalArgumentException when {@code missing} and {@code values} differ in length
   */
  public static BooleanColumn booleans(String name, boolean[] values, boolean @Nullable [] missing) {
    return (BooleanColumn) accessor().column(BooleanColumn.class, name, values, missing);
  }

  /**
   * The column's own array: read only.
   *
   * @param c the column to read
   * @return the column's own values, not a copy (NaN where missing): read only
   */
  public static double[] array(DoubleColumn c) {
    return (double[]) accessor().array(c);
  }

  /**
   * The column's own array: read only.
   *
   * @param c the column to read
   * @return the column's own values, not a copy (NaN where missing): read only
   */
  public static float[] array(FloatColumn c) {
    return (float[]) accessor().array(c);
  }

  /**
   * The column's own array: read only.
   *
   * @param c the column to read
   * @return the column's own values, not a copy: read only
   */
  public static long[] array(LongColumn c) {
    return (long[]) accessor().array(c);
  }

  /**
   * The column's own array: read only.
   *
   * @param c the column to read
   * @return the column's own values, not a copy: read only
   */
  public static int[] array(IntColumn c) {
    return (int[]) accessor().array(c);
  }

  /**
   * The column's own array: read only.
   *
   * @param c the column to read
   * @return the column's own values, not a copy, without the missing flags (false where missing):
   *     read only
   */
  public static boolean[] array(BooleanColumn c) {
    return (boolean[]) accessor().array(c);
  }

  /**
   * The column's own epoch nanoseconds: read only.
   *
   * @param c the column to read
   * @return the column's own nanoseconds since 1970-01-01T00:00, not a copy ({@link
   *     DateTimeColumn#NAT} where missing): read only
   */
  public static long[] array(DateTimeColumn c) {
    return (long[]) accessor().array(c);
  }

  /**
   * The column's own array: read only.
   *
   * @param c the column to read
   * @return the column's own values, not a copy (null where missing): neither the array nor the
   *     values in it may be written
   */
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
