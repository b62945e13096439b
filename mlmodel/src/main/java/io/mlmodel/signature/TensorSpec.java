package io.mlmodel.signature;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One tensor of a tensor-based {@link Schema} ({@code mlflow.types.TensorSpec}): an optional
 * name, a numpy dtype and a shape in which {@code -1} marks a variable dimension (MLflow's
 * inference makes the first, batch, dimension {@code -1}). A shape may be empty (a 0-d tensor).
 * Tensors have no required flag: they are always required.
 *
 * <p>As for {@link ColSpec}, a name may be a JSON integer ({@link #nameIsInteger()}). Equality
 * follows MLflow: same name (and name kind), dtype and shape.
 */
public final class TensorSpec {
  private final @Nullable String name;
  private final boolean integerName;
  private final NumpyDtype dtype;
  private final List<Long> shape;
  /** The same dimensions unboxed: enforcement compares them on every prediction. */
  private final long[] dims;

  /**
   * A tensor.
   *
   * @param name its name, or null for an unnamed tensor
   * @param dtype the element type
   * @param shape the dimensions, {@code -1} for a variable one
   */
  public TensorSpec(@Nullable String name, NumpyDtype dtype, List<Long> shape) {
    this(name, false, dtype, shape);
  }

  TensorSpec(@Nullable String name, boolean integerName, NumpyDtype dtype, List<Long> shape) {
    this.name = name;
    this.integerName = integerName && name != null;
    this.dtype = Objects.requireNonNull(dtype, "dtype");
    this.shape = List.copyOf(shape);
    this.dims = this.shape.stream().mapToLong(Long::longValue).toArray();
  }

  /**
   * A tensor with these dimensions; {@code name} may be null.
   *
   * @param name its name, or null for an unnamed tensor
   * @param dtype the element type
   * @param shape the dimensions, {@code -1} for a variable one; none for a 0-d tensor
   * @return the tensor spec, with a string name
   */
  public static TensorSpec of(@Nullable String name, NumpyDtype dtype, long... shape) {
    return new TensorSpec(name, dtype, Arrays.stream(shape).boxed().toList());
  }

  /**
   * The name (for an integer name its decimal text), or null when the tensor is unnamed.
   *
   * @return the name as the signature spells it, or null for an unnamed tensor
   */
  public @Nullable String name() {
    return name;
  }

  /**
   * The name, when the tensor has one.
   *
   * @return the same text as {@link #name()}, or empty for an unnamed tensor
   */
  public Optional<String> optionalName() {
    return Optional.ofNullable(name);
  }

  /**
   * Whether the name is a JSON integer rather than a string.
   *
   * @return true when the signature wrote the name as a JSON integer; false for a string name and
   *     for an unnamed tensor
   */
  public boolean nameIsInteger() {
    return integerName;
  }

  /**
   * The element type.
   *
   * @return the numpy dtype of every element
   */
  public NumpyDtype dtype() {
    return dtype;
  }

  /**
   * The dimensions, {@code -1} for a variable one; unmodifiable.
   *
   * @return the dimensions, outermost first; empty for a 0-d tensor; unmodifiable
   */
  public List<Long> shape() {
    return shape;
  }

  /**
   * The dimensions as an array (a copy).
   *
   * @return a new array of the dimensions, {@code -1} for a variable one; changing it does not
   *     change this spec
   */
  public long[] shapeArray() {
    return dims.clone();
  }

  /**
   * The number of dimensions.
   *
   * @return the length of {@link #shape()}; 0 for a 0-d tensor
   */
  public int rank() {
    return dims.length;
  }

  /**
   * The dimension at {@code axis}, {@code -1} for a variable one.
   *
   * @param axis the index of the dimension, from 0 (outermost) to {@link #rank()} - 1
   * @return the size of that dimension, or {@code -1} when it is variable
   * @throws IndexOutOfBoundsException when {@code axis} is negative or not below {@link #rank()}
   */
  public long dim(int axis) {
    return dims[axis];
  }

  boolean nameIsTruthy() {
    return name != null && !name.isEmpty() && !(integerName && new BigInteger(name).signum() == 0);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TensorSpec t && Objects.equals(t.name, name) && t.integerName == integerName
        && t.dtype == dtype && t.shape.equals(shape);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, dtype, shape);
  }

  /** MLflow's notation: {@code 'image': Tensor('float32', (-1, 28, 28))}. */
  @Override
  public String toString() {
    String tensor = "Tensor('" + dtype.numpyName() + "', " + shapeText(shape) + ")";
    return name == null ? tensor : Names.repr(name, integerName) + ": " + tensor;
  }

  /** A shape as Python prints a tuple: {@code (-1,)}, {@code (-1, 28)}, {@code ()}. */
  static String shapeText(List<Long> shape) {
    if (shape.size() == 1) {
      return "(" + shape.get(0) + ",)";
    }
    return shape.stream().map(String::valueOf).collect(Collectors.joining(", ", "(", ")"));
  }
}
