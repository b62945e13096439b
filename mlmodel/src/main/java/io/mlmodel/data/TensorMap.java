package io.mlmodel.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Named tensors in order: MLflow's dict of name to ndarray, the input of a model with named
 * TensorSpecs and the output of most tensor models. Immutable and thread-safe.
 *
 * <pre>{@code
 * TensorMap in = TensorMap.builder()
 *     .put("x", Tensor.ofFloats(new float[] {1, 2, 3}, 1, 3))
 *     .put("mask", Tensor.ofBooleans(new boolean[] {true}, 1))
 *     .build();
 * }</pre>
 */
public final class TensorMap implements PredictInput, PredictOutput {
  private final Map<String, Tensor> tensors;

  private TensorMap(Map<String, Tensor> unmodifiable) {
    this.tensors = unmodifiable;
  }

  /**
   * The tensors of {@code tensors}, in its iteration order.
   *
   * @param tensors the tensors by name, possibly none; read once, not kept
   * @return a new map holding the same entries in the same order; later changes to {@code tensors}
   *     do not reach it
   */
  public static TensorMap of(Map<String, Tensor> tensors) {
    if (tensors.size() == 1) {
      Map.Entry<String, Tensor> only = tensors.entrySet().iterator().next();
      return of(only.getKey(), only.getValue());
    }
    LinkedHashMap<String, Tensor> copy = new LinkedHashMap<>();
    tensors.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "name"), Objects.requireNonNull(v, "tensor")));
    return new TensorMap(Collections.unmodifiableMap(copy));
  }

  /**
   * One named tensor.
   *
   * @param name the tensor's name, as the model's input or output spells it
   * @param tensor the tensor under that name
   * @return a map of that single entry
   */
  public static TensorMap of(String name, Tensor tensor) {
    // One tensor is the common case of every prediction: the compact map keeps it cheap.
    return new TensorMap(Collections.singletonMap(Objects.requireNonNull(name, "name"),
        Objects.requireNonNull(tensor, "tensor")));
  }

  /**
   * A builder keeping insertion order.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The tensors by name, in order; unmodifiable.
   *
   * @return the unmodifiable map of name to tensor, iterating in this map's order (not a copy)
   */
  public Map<String, Tensor> tensors() {
    return tensors;
  }

  /**
   * The names, in order.
   *
   * @return an unmodifiable copy of the names, in this map's order; empty when there are no tensors
   */
  public List<String> names() {
    return List.copyOf(tensors.keySet());
  }

  /**
   * The tensor with this name, if any.
   *
   * @param name the tensor's name, compared exactly
   * @return the tensor, or empty when this map has none of that name
   * @throws NullPointerException when {@code name} is null
   */
  public Optional<Tensor> get(String name) {
    return Optional.ofNullable(tensors.get(Objects.requireNonNull(name, "name")));
  }

  /**
   * The number of tensors.
   *
   * @return the number of named tensors, 0 or more
   */
  public int size() {
    return tensors.size();
  }

  @Override
  public long rows() {
    return tensors.isEmpty() ? 0 : tensors.values().iterator().next().rows();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TensorMap m && m.tensors.equals(tensors);
  }

  @Override
  public int hashCode() {
    return tensors.hashCode();
  }

  @Override
  public String toString() {
    return "TensorMap" + tensors;
  }

  /** Builds a {@link TensorMap}. Not thread-safe. */
  public static final class Builder {
    private final LinkedHashMap<String, Tensor> tensors = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds (or replaces) a tensor.
     *
     * @param name the tensor's name; putting a name again replaces its tensor and keeps the
     *     position it was first put at
     * @param tensor the tensor under that name
     * @return this builder
     */
    public Builder put(String name, Tensor tensor) {
      tensors.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(tensor, "tensor"));
      return this;
    }

    /**
     * The map.
     *
     * @return a new map of the tensors put so far, in the order their names were first put; the
     *     builder stays usable and later puts do not change this map
     */
    public TensorMap build() {
      return of(tensors);
    }
  }
}
