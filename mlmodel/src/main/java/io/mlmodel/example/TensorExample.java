package io.mlmodel.example;

import io.mlmodel.io.FrozenValues;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A numpy array example ({@code type: ndarray}): nested lists (or one scalar for a 0-d array) and
 * the shape numpy gives them.
 *
 * <p>The shape follows the nesting as long as every list at a level has the same length, as
 * {@code np.array(values, dtype=object)} does: {@code [[1, 2], [3, 4]]} has shape {@code [2, 2]},
 * the ragged {@code [[1, 2], [3]]} has shape {@code [2]} (its elements are lists), a scalar has
 * shape {@code []}. Without the signature, number types are JSON's: {@link Long} or {@link
 * Double}; NaN was saved as {@code null}.
 *
 * @param values the nested lists, or a scalar
 * @param shape the shape, inferred from {@code values}
 * @param paramsOrNull the saved inference params, or null
 */
public record TensorExample(
    @Nullable Object values, List<Integer> shape, @Nullable Map<String, @Nullable Object> paramsOrNull)
    implements InputExample {

  /**
   * Checks the shape and keeps deeply unmodifiable copies of the values, the shape and the params.
   *
   * @param values the nested lists, or a scalar (null for a JSON {@code null}); copied, so later
   *     changes to the caller's lists do not show
   * @param shape the shape; it must equal {@link #shapeOf shapeOf(values)}
   * @param paramsOrNull the saved inference params, or null when the example has none
   * @throws IllegalArgumentException when {@code shape} is not the shape of {@code values}
   */
  public TensorExample {
    values = FrozenValues.copy(values);
    shape = List.copyOf(shape);
    if (!shape.equals(shapeOf(values))) {
      throw new IllegalArgumentException("shape " + shape + " does not match the values, whose shape is " + shapeOf(values));
    }
    paramsOrNull = paramsOrNull == null ? null : FrozenValues.copyMap(paramsOrNull);
  }

  /**
   * A tensor of {@code values}, its shape inferred.
   *
   * @param values the nested lists, or a scalar (null for a JSON {@code null}); copied deeply
   * @return a tensor without params, of shape {@link #shapeOf shapeOf(values)}
   */
  public static TensorExample of(@Nullable Object values) {
    return new TensorExample(values, shapeOf(values), null);
  }

  /**
   * The numpy shape of {@code values} (see the class comment).
   *
   * @param values the nested lists, or a scalar (null for a JSON {@code null})
   * @return an unmodifiable list of the dimension sizes, outermost first; empty for a scalar, a
   *     map or null
   */
  public static List<Integer> shapeOf(@Nullable Object values) {
    List<Integer> shape = new ArrayList<>();
    List<List<?>> level = new ArrayList<>();
    if (!(values instanceof List<?> top)) {
      return List.of();
    }
    level.add(top);
    while (true) {
      int size = level.get(0).size();
      for (List<?> l : level) {
        if (l.size() != size) {
          return List.copyOf(shape);
        }
      }
      shape.add(size);
      if (size == 0) {
        return List.copyOf(shape);
      }
      List<List<?>> next = new ArrayList<>();
      for (List<?> l : level) {
        for (Object item : l) {
          if (!(item instanceof List<?> child)) {
            return List.copyOf(shape);
          }
          next.add(child);
        }
      }
      level = next;
    }
  }

  /**
   * The number of dimensions.
   *
   * @return the size of {@link #shape()}: 0 for a scalar
   */
  public int rank() {
    return shape.size();
  }

  /**
   * The elements in row-major order, descending {@link #shape()} levels (a scalar gives itself).
   *
   * @return an unmodifiable list of the elements below the last level of the shape (lists
   *     themselves for a ragged array), nulls kept; one element for a scalar, none when a
   *     dimension is 0
   */
  public List<@Nullable Object> flat() {
    List<@Nullable Object> out = new ArrayList<>();
    flatten(values, shape.size(), out);
    return Collections.unmodifiableList(out);
  }

  private static void flatten(@Nullable Object value, int depth, List<@Nullable Object> out) {
    if (depth == 0) {
      out.add(value);
      return;
    }
    for (Object item : (List<?>) value) {
      flatten(item, depth - 1, out);
    }
  }
}
