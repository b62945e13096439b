package io.mlmodel.data;

import java.util.Arrays;

/** Row-major offsets of a multi-dimensional index into a {@link Tensor}, with bounds checks. */
final class TensorIndex {
  private TensorIndex() {}

  /**
   * The row-major position of {@code index} in a tensor of {@code shape}.
   *
   * @throws IllegalArgumentException when the index has not one entry per axis
   * @throws IndexOutOfBoundsException when an entry is outside its axis
   */
  static int offset(long[] shape, long[] index) {
    if (index.length != shape.length) {
      throw new IllegalArgumentException("a tensor of shape " + Arrays.toString(shape) + " takes " + shape.length
          + " indices, one per axis, not " + index.length);
    }
    long offset = 0;
    for (int axis = 0; axis < shape.length; axis++) {
      if (index[axis] < 0 || index[axis] >= shape[axis]) {
        throw new IndexOutOfBoundsException("index " + Arrays.toString(index) + " is outside shape "
            + Arrays.toString(shape) + " (axis " + axis + ")");
      }
      offset = offset * shape[axis] + index[axis];
    }
    return (int) offset;
  }
}
