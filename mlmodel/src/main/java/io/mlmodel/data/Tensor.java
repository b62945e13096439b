package io.mlmodel.data;

import io.mlmodel.data.internal.DataAccess;
import io.mlmodel.signature.NumpyDtype;
import io.mlmodel.signature.TensorSpec;
import java.nio.ByteBuffer;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.ShortBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An n-dimensional array: MLflow's numpy ndarray. It has a {@link NumpyDtype}, a shape of
 * non-negative dimensions (empty for a 0-d tensor) and its elements in row-major (C) order in one
 * primitive array, chosen by dtype:
 *
 * <table>
 *   <caption>Element storage by dtype</caption>
 *   <tr><th>dtype</th><th>storage</th><th>read with</th></tr>
 *   <tr><td>bool</td><td>{@code boolean[]}</td><td>{@link #toBooleanArray()}</td></tr>
 *   <tr><td>int8, uint8</td><td>{@code byte[]} (uint8 as unsigned bits)</td><td>{@link #byteBuffer()}</td></tr>
 *   <tr><td>int16, uint16</td><td>{@code short[]}</td><td>{@link #shortBuffer()}</td></tr>
 *   <tr><td>int32, uint32</td><td>{@code int[]}</td><td>{@link #intBuffer()}</td></tr>
 *   <tr><td>int64, uint64</td><td>{@code long[]}</td><td>{@link #longBuffer()}</td></tr>
 *   <tr><td>float16 (widened), float32</td><td>{@code float[]}</td><td>{@link #floatBuffer()}</td></tr>
 *   <tr><td>float64</td><td>{@code double[]}</td><td>{@link #doubleBuffer()}</td></tr>
 *   <tr><td>datetime64[unit], timedelta64[unit]</td><td>{@code long[]} (units since the epoch; {@link
 *       Long#MIN_VALUE} is NaT)</td><td>{@link #longBuffer()}</td></tr>
 *   <tr><td>str</td><td>{@code String[]}</td><td>{@link #toStringArray()}</td></tr>
 *   <tr><td>bytes</td><td>{@code byte[][]}</td><td>{@link #toBytesArray()}</td></tr>
 *   <tr><td>object</td><td>{@code Object[]} of plain values</td><td>{@link #toObjectArray()}</td></tr>
 * </table>
 *
 * <p>{@code float128} and the complex dtypes have no storage: a tensor of them cannot be built.
 * Tensors are immutable and thread-safe: factories copy, buffers are read-only views, {@code
 * to...} methods copy. The exception is {@link #wrap}, which takes the caller's array over: such a
 * tensor is immutable only as long as nobody writes to that array. Asking for the wrong storage
 * throws {@link IllegalStateException}.
 *
 * <pre>{@code
 * Tensor x = Tensor.ofFloats(new float[] {1, 2, 3, 4, 5, 6}, 2, 3);
 * FloatBuffer data = x.floatBuffer();
 * }</pre>
 */
public final class Tensor implements PredictInput, PredictOutput {
  private final NumpyDtype dtype;
  private final long[] shape;
  private final Object data;
  private final int size;

  static {
    DataAccess.register(new DataAccess.Accessor() {
      @Override
      public Object storage(Tensor t) {
        return t.data;
      }

      @Override
      public long[] dims(Tensor t) {
        return t.shape;
      }

      @Override
      public Tensor adopt(NumpyDtype dtype, long[] shape, Object storage) {
        return new Tensor(dtype, shape, storage, false);
      }

      @Override
      public Tensor tensor(NumpyDtype dtype, long[] shape, Object storage) {
        return new Tensor(dtype, shape, storage, true);
      }

      @Override
      public ColumnTable table(List<Column> columns, int rows, boolean positional) {
        return ColumnTable.of(columns, rows, positional);
      }

      @Override
      public Column column(Class<? extends Column> type, String name, Object values, boolean @Nullable [] missing) {
        return ColumnArrays.adopt(type, name, values, missing);
      }

      @Override
      public Object array(Column c) {
        return ColumnArrays.array(c);
      }
    });
  }

  private Tensor(NumpyDtype dtype, long[] shape, Object data) {
    this(dtype, shape, data, true);
  }

  private Tensor(NumpyDtype dtype, long[] shape, Object data, boolean copyShape) {
    this.dtype = Objects.requireNonNull(dtype, "dtype");
    this.shape = copyShape ? shape.clone() : shape;
    this.data = Objects.requireNonNull(data, "data");
    Class<?> want = TensorStorage.arrayClass(dtype);
    if (data.getClass() != want) {
      throw new IllegalArgumentException("a " + dtype.numpyName() + " tensor is stored in a "
          + want.getSimpleName() + ", not a " + data.getClass().getSimpleName());
    }
    long n = 1;
    for (long d : shape) {
      if (d < 0) {
        throw new IllegalArgumentException("negative dimension in shape " + Arrays.toString(shape));
      }
      n = Math.multiplyExact(n, d);
    }
    this.size = java.lang.reflect.Array.getLength(data);
    if (n != size) {
      throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " needs " + n
          + " elements but " + size + " were given");
    }
  }

  /**
   * A tensor of {@code dtype} over a copy of {@code data}, whose class must be the storage the table
   * in the class comment gives for the dtype.
   *
   * @param dtype the element type; {@code float128} and the complex dtypes are refused (no storage)
   * @param data the elements in row-major order, in exactly the array class the table gives for
   *     {@code dtype} (not a subtype such as {@code String[]} for {@code Object[]}); copied,
   *     each {@code byte[]} of a bytes tensor too, the values of an object tensor not
   * @param shape the dimensions, outermost first, each 0 or more; none for a 0-d tensor of one
   *     element
   * @return a new tensor of that dtype and shape
   * @throws IllegalArgumentException when {@code dtype} has no storage, {@code data} is not its
   *     storage array, a dimension is negative, or the length of {@code data} is not the product of
   *     {@code shape}
   * @throws ArithmeticException when the product of {@code shape} overflows a {@code long}
   */
  public static Tensor of(NumpyDtype dtype, Object data, long... shape) {
    return new Tensor(dtype, shape, TensorStorage.copy(data));
  }

  /**
   * A tensor over {@code data} itself, without the copy {@link #of} makes: for large inputs built
   * only to be predicted on, where the copy would cost as much as the prediction's own handling of
   * the data. Like {@link java.nio.FloatBuffer#wrap(float[])} it shares the array, so the caller
   * hands it over: the tensor stays immutable only as long as nobody writes to {@code data} again,
   * and writing to it while a prediction reads the tensor is a data race.
   *
   * @param dtype the element type; {@code float128} and the complex dtypes are refused (no storage)
   * @param data the elements in row-major order, in exactly the array class the table gives for
   *     {@code dtype}; not copied: the caller must not write to it afterwards
   * @param shape the dimensions, outermost first, each 0 or more; none for a 0-d tensor of one
   *     element
   * @return a new tensor of that dtype and shape over {@code data} itself
   * @throws IllegalArgumentException when {@code data} is not the storage of {@code dtype}, its
   *     length is not the product of {@code shape}, or a dimension is negative
   * @throws ArithmeticException when the product of {@code shape} overflows a {@code long}
   * @throws NullPointerException when {@code dtype} or {@code data} is null
   */
  public static Tensor wrap(NumpyDtype dtype, Object data, long... shape) {
    return new Tensor(dtype, shape, data);
  }

  /**
   * A float32 tensor.
   *
   * @param data the elements in row-major order, copied
   * @param shape the dimensions, outermost first, each 0 or more; none for a 0-d tensor of one
   *     element
   * @return a new float32 tensor of that shape
   * @throws IllegalArgumentException when a dimension is negative or {@code data.length} is not the
   *     product of {@code shape}
   * @throws ArithmeticException when the product of {@code shape} overflows a {@code long}
   */
  public static Tensor ofFloats(float[] data, long... shape) {
    return new Tensor(NumpyDtype.FLOAT32, shape, data.clone());
  }

  /**
   * A float64 tensor.
   *
   * @param data the elements in row-major order, copied
   * @param shape the dimensions, outermost first, each 0 or more; none for a 0-d tensor of one
   *     element
   * @return a new float64 tensor of that shape
   * @throws IllegalArgumentException when a dimension is negative or {@code data.length} is not the
   *     product of {@code shape}
   * @throws ArithmeticException when the product of {@code shape} overflows a {@code long}
   */
  public static Tensor ofDoubles(double[] data, long... shape) {
    return new Tensor(NumpyDtype.FLOAT64, shape, data.clone());
  }

  /**
   * An int64 tensor.
   *
   * @param data the elements in row-major order, copied
   * @param shape the dimensions, outermost first, each 0 or more; none for a 0-d tensor of one
   *     element
   * @return a new int64 tensor of that shape
   * @throws IllegalArgumentException when a dimension is negative or {@code data.length} is not the
   *     product of {@code shape}
   * @throws ArithmeticException when the product of {@code shape} overflows a {@code long}
   */
  public static Tensor ofLongs(long[] data, long... shape) {
    return new Tensor(NumpyDtype.INT64, shape, data.clone());
  }

  /**
   * An int32 tensor.
   *
   * @param data the elements in row-major order, copied
   * @param shape the dimensions, outermost first, each 0 or more; none for a 0-d tensor of one
   *     element
   * @return a new int32 tensor of that shape
   * @throws IllegalArgumentException when a dimension is negative or {@code data.length} is not the
   *     product of {@code shape}
   * @throws ArithmeticException when the product of {@code shape} overflows a {@code long}
   */
  public static Tensor ofInts(int[] data, long... shape) {
    return new Tensor(NumpyDtype.INT32, shape, data.clone());
  }

  /**
   * A bool tensor.
   *
   * @param data the elements in row-major order, copied
   * @param shape the dimensions, outermost first, each 0 or more; none for a 0-d tensor of one
   *     element
   * @return a new bool tensor of that shape
   * @throws IllegalArgumentException when a dimension is negative or {@code data.length} is not the
   *     product of {@code shape}
   * @throws ArithmeticException when the product of {@code shape} overflows a {@code long}
   */
  public static Tensor ofBooleans(boolean[] data, long... shape) {
    return new Tensor(NumpyDtype.BOOL, shape, data.clone());
  }

  /**
   * A str tensor; nulls are allowed only as numpy would hold them in an object array, avoid them.
   *
   * @param data the elements in row-major order, copied
   * @param shape the dimensions, outermost first, each 0 or more; none for a 0-d tensor of one
   *     element
   * @return a new str tensor of that shape
   * @throws IllegalArgumentException when a dimension is negative or {@code data.length} is not the
   *     product of {@code shape}
   * @throws ArithmeticException when the product of {@code shape} overflows a {@code long}
   */
  public static Tensor ofStrings(String[] data, long... shape) {
    return new Tensor(NumpyDtype.STR, shape, data.clone());
  }

  /**
   * A tensor of dtype object holding plain values (ragged arrays, mixed values, None).
   *
   * @param data the elements in row-major order, of the kinds {@link ObjectColumn} lists, null for
   *     None; the array is copied, the values in it are not; it must be an {@code Object[]} itself,
   *     not a {@code String[]} or other subtype
   * @param shape the dimensions, outermost first, each 0 or more; none for a 0-d tensor of one
   *     element
   * @return a new object tensor of that shape
   * @throws IllegalArgumentException when {@code data} is a subtype of {@code Object[]}, a
   *     dimension is negative, or {@code data.length} is not the product of {@code shape}
   * @throws ArithmeticException when the product of {@code shape} overflows a {@code long}
   */
  public static Tensor ofObjects(@Nullable Object[] data, long... shape) {
    return new Tensor(NumpyDtype.OBJECT, shape, data.clone());
  }

  /**
   * The element type.
   *
   * @return the numpy dtype of every element, which also fixes the storage (see the class table)
   */
  public NumpyDtype dtype() {
    return dtype;
  }

  /**
   * The dimensions (a copy).
   *
   * @return a new array of the dimensions, outermost first, which the caller may change; empty for
   *     a 0-d tensor
   */
  public long[] shape() {
    return shape.clone();
  }

  /**
   * The number of dimensions.
   *
   * @return the length of the shape; 0 for a 0-d tensor
   */
  public int rank() {
    return shape.length;
  }

  /**
   * The dimension at {@code axis}.
   *
   * @param axis the axis, from 0 (outermost) to {@link #rank()} - 1
   * @return the length of the tensor along that axis, 0 or more
   * @throws IndexOutOfBoundsException when {@code axis} is negative or not below {@link #rank()}
   */
  public long dim(int axis) {
    return shape[axis];
  }

  /**
   * Whether this tensor satisfies {@code spec} as it is: the spec's dtype, its rank, and each of its
   * dimensions except those given as {@code -1}. MLflow's enforcement passes such a tensor on without
   * converting it (under the spec's name, when the spec has one); it also lets some ragged object
   * arrays through, which this does not.
   *
   * @param spec the tensor spec of a model signature
   * @return true when the dtypes are equal, the ranks are equal and every dimension the spec fixes
   *     (all but {@code -1}) equals this tensor's; false otherwise
   */
  public boolean matches(TensorSpec spec) {
    if (spec.dtype() != dtype) {
      return false;
    }
    if (spec.rank() != shape.length) {
      return false;
    }
    for (int i = 0; i < shape.length; i++) {
      long d = spec.dim(i);
      if (d != -1 && d != shape[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The number of elements.
   *
   * @return the product of the shape: 1 for a 0-d tensor, 0 when a dimension is 0
   */
  public int size() {
    return size;
  }

  @Override
  public long rows() {
    return shape.length == 0 ? 1 : shape[0];
  }

  /**
   * The same elements in another shape with the same element count.
   *
   * @param newShape the new dimensions, outermost first, each 0 or more, whose product is {@link
   *     #size()}; none for a 0-d tensor
   * @return a tensor of the same dtype and {@code newShape} that shares this tensor's element
   *     array (no copy)
   * @throws IllegalArgumentException when a dimension is negative or the product of {@code
   *     newShape} is not {@link #size()}
   * @throws ArithmeticException when the product of {@code newShape} overflows a {@code long}
   */
  public Tensor reshape(long... newShape) {
    return new Tensor(dtype, newShape, data);
  }

  /**
   * A read-only view of float16/float32 elements.
   *
   * @return a new read-only buffer over the elements in row-major order, positioned at 0 with
   *     {@link #size()} remaining; it has no accessible backing array
   * @throws IllegalStateException when the dtype is not float16 or float32
   */
  public FloatBuffer floatBuffer() {
    return FloatBuffer.wrap(as(float[].class)).asReadOnlyBuffer();
  }

  /**
   * A read-only view of float64 elements.
   *
   * @return a new read-only buffer over the elements in row-major order, positioned at 0 with
   *     {@link #size()} remaining; it has no accessible backing array
   * @throws IllegalStateException when the dtype is not float64
   */
  public DoubleBuffer doubleBuffer() {
    return DoubleBuffer.wrap(as(double[].class)).asReadOnlyBuffer();
  }

  /**
   * A read-only view of int64, uint64, datetime64 or timedelta64 elements.
   *
   * @return a new read-only buffer over the elements in row-major order, positioned at 0 with
   *     {@link #size()} remaining; it has no accessible backing array. A uint64 above {@link
   *     Long#MAX_VALUE} reads as negative (same bits); a datetime64 element counts the dtype's
   *     unit since the epoch, a timedelta64 one counts that unit, {@link Long#MIN_VALUE} is NaT
   * @throws IllegalStateException when the dtype is not int64, uint64, datetime64 or timedelta64
   */
  public LongBuffer longBuffer() {
    return LongBuffer.wrap(as(long[].class)).asReadOnlyBuffer();
  }

  /**
   * A read-only view of int32 or uint32 elements.
   *
   * @return a new read-only buffer over the elements in row-major order, positioned at 0 with
   *     {@link #size()} remaining; it has no accessible backing array. A uint32 element of the
   *     upper half of its range reads as negative (same bits)
   * @throws IllegalStateException when the dtype is not int32 or uint32
   */
  public IntBuffer intBuffer() {
    return IntBuffer.wrap(as(int[].class)).asReadOnlyBuffer();
  }

  /**
   * A read-only view of int16 or uint16 elements.
   *
   * @return a new read-only buffer over the elements in row-major order, positioned at 0 with
   *     {@link #size()} remaining; it has no accessible backing array. A uint16 element of the
   *     upper half of its range reads as negative (same bits)
   * @throws IllegalStateException when the dtype is not int16 or uint16
   */
  public ShortBuffer shortBuffer() {
    return ShortBuffer.wrap(as(short[].class)).asReadOnlyBuffer();
  }

  /**
   * A read-only view of int8 or uint8 elements.
   *
   * @return a new read-only buffer over the elements in row-major order, positioned at 0 with
   *     {@link #size()} remaining; it has no accessible backing array. A uint8 element of the
   *     upper half of its range reads as negative (same bits)
   * @throws IllegalStateException when the dtype is not int8 or uint8
   */
  public ByteBuffer byteBuffer() {
    return ByteBuffer.wrap(as(byte[].class)).asReadOnlyBuffer();
  }

  /**
   * A copy of float16/float32 elements.
   *
   * @return a new array of {@link #size()} elements in row-major order, which the caller may
   *     change
   * @throws IllegalStateException when the dtype is not float16 or float32
   */
  public float[] toFloatArray() {
    return as(float[].class).clone();
  }

  /**
   * A copy of float64 elements.
   *
   * @return a new array of {@link #size()} elements in row-major order, which the caller may
   *     change
   * @throws IllegalStateException when the dtype is not float64
   */
  public double[] toDoubleArray() {
    return as(double[].class).clone();
  }

  /**
   * A copy of 64-bit elements (int64, uint64, datetime64, timedelta64).
   *
   * @return a new array of {@link #size()} elements in row-major order, which the caller may
   *     change
   * @throws IllegalStateException when the dtype is not int64, uint64, datetime64 or timedelta64
   */
  public long[] toLongArray() {
    return as(long[].class).clone();
  }

  /**
   * A copy of int32/uint32 elements.
   *
   * @return a new array of {@link #size()} elements in row-major order, which the caller may
   *     change
   * @throws IllegalStateException when the dtype is not int32 or uint32
   */
  public int[] toIntArray() {
    return as(int[].class).clone();
  }

  /**
   * A copy of bool elements.
   *
   * @return a new array of {@link #size()} elements in row-major order, which the caller may
   *     change
   * @throws IllegalStateException when the dtype is not bool
   */
  public boolean[] toBooleanArray() {
    return as(boolean[].class).clone();
  }

  /**
   * A copy of str elements.
   *
   * @return a new array of {@link #size()} elements in row-major order, which the caller may
   *     change
   * @throws IllegalStateException when the dtype is not str; also for an object tensor, even one
   *     that holds only strings
   */
  public String[] toStringArray() {
    return as(String[].class).clone();
  }

  /**
   * A deep copy of bytes elements.
   *
   * @return a new array of {@link #size()} elements in row-major order, each a new copy of its
   *     bytes (null elements stay null)
   * @throws IllegalStateException when the dtype is not bytes
   */
  public byte[][] toBytesArray() {
    return (byte[][]) TensorStorage.copy(as(byte[][].class));
  }

  /**
   * A copy of object elements.
   *
   * @return a new array of {@link #size()} elements in row-major order; the elements themselves are
   *     not copied
   * @throws IllegalStateException when the dtype is not object
   */
  public @Nullable Object[] toObjectArray() {
    return as(Object[].class).clone();
  }

  /**
   * The element at row-major position {@code index}, boxed: numbers as {@link Double}, {@link
   * Float}, {@link Long} (uint64 above {@link Long#MAX_VALUE} as {@link java.math.BigInteger}),
   * {@link Integer}, {@link Short}, {@link Byte} widened for unsigned dtypes, booleans, strings,
   * {@code byte[]} copies, datetime64 as {@link java.time.LocalDateTime} (null for NaT), objects as
   * held.
   *
   * @param index the row-major position of the element, from 0 to {@link #size()} - 1
   * @return the element boxed as above (timedelta64 as its {@link Long} count of units), or null
   *     for a NaT datetime64 and for a missing element of a str, bytes or object tensor
   * @throws IndexOutOfBoundsException when {@code index} is negative or not below {@link #size()}
   */
  public @Nullable Object getObject(int index) {
    return TensorStorage.element(dtype, data, index);
  }

  /**
   * The element at {@code index} (one entry per axis; none for a 0-d tensor) as a double: float64
   * as is, float32 and the integer dtypes widened (int64 beyond 2<sup>53</sup> rounds).
   *
   * <pre>{@code
   * Tensor y = Tensor.ofFloats(new float[] {0.5f, 10f}, 1, 2);
   * double second = y.doubleAt(0, 1);   // 10.0
   * }</pre>
   *
   * @throws IllegalArgumentException when {@code index} has not one entry per axis
   * @throws IndexOutOfBoundsException when an entry is outside its axis
   * @throws IllegalStateException when the dtype is not numeric (bool, str, datetime64...)
   * @param index the position along each axis, from 0
   * @return the element as a double
   */
  public double doubleAt(long... index) {
    return Cells.toDouble(numeric(index), "element " + Arrays.toString(index));
  }

  /**
   * The element at {@code index} of a float32 (or widened float16) tensor, without rounding.
   *
   * @throws IllegalArgumentException when {@code index} has not one entry per axis
   * @throws IndexOutOfBoundsException when an entry is outside its axis
   * @throws IllegalStateException when the tensor holds other elements than floats
   * @param index the position along each axis, from 0
   * @return the element
   */
  public float floatAt(long... index) {
    return as(float[].class)[TensorIndex.offset(shape, index)];
  }

  /**
   * The element at {@code index} of an integer tensor (int8 to int64, uint8 to uint32, and uint64
   * up to {@link Long#MAX_VALUE}).
   *
   * @throws IllegalArgumentException when {@code index} has not one entry per axis
   * @throws IndexOutOfBoundsException when an entry is outside its axis
   * @throws IllegalStateException when the dtype is not an integer type
   * @throws ArithmeticException when a uint64 element exceeds {@link Long#MAX_VALUE}
   * @param index the position along each axis, from 0
   * @return the element
   */
  public long longAt(long... index) {
    return Cells.toLong(numeric(index), "element " + Arrays.toString(index));
  }

  /**
   * The element at {@code index} of a bool tensor.
   *
   * @throws IllegalArgumentException when {@code index} has not one entry per axis
   * @throws IndexOutOfBoundsException when an entry is outside its axis
   * @throws IllegalStateException when the tensor holds other elements than booleans
   * @param index the position along each axis, from 0
   * @return the element
   */
  public boolean booleanAt(long... index) {
    return as(boolean[].class)[TensorIndex.offset(shape, index)];
  }

  /**
   * The element at {@code index} of a str (or object) tensor.
   *
   * @throws IllegalArgumentException when {@code index} has not one entry per axis
   * @throws IndexOutOfBoundsException when an entry is outside its axis
   * @throws IllegalStateException when the element is not a string
   * @param index the position along each axis, from 0
   * @return the element
   */
  public String stringAt(long... index) {
    String s = Cells.toText(getObject(TensorIndex.offset(shape, index)), "element " + Arrays.toString(index), false);
    return Objects.requireNonNull(s);
  }

  private @Nullable Object numeric(long[] index) {
    char kind = dtype.kind();
    if (kind == 'M' || kind == 'm') {
      throw new IllegalStateException("a " + dtype.numpyName() + " tensor holds times, not numbers");
    }
    return getObject(TensorIndex.offset(shape, index));
  }

  Object data() {
    return data;
  }

  private <T> T as(Class<T> storage) {
    if (data.getClass() != storage) {
      throw new IllegalStateException("a " + dtype.numpyName() + " tensor holds "
          + data.getClass().getSimpleName() + " elements, not " + storage.getSimpleName());
    }
    return storage.cast(data);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Tensor t && t.dtype == dtype && Arrays.equals(t.shape, shape)
        && Objects.deepEquals(t.data, data);
  }

  @Override
  public int hashCode() {
    return dtype.hashCode() * 31 + Arrays.hashCode(shape);
  }

  @Override
  public String toString() {
    return "Tensor(" + dtype.numpyName() + ", " + Arrays.toString(shape) + ")";
  }
}
