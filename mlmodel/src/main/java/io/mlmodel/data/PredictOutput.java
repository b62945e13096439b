package io.mlmodel.data;

import io.mlmodel.request.Predictions;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a model returns, in MLflow's terms: a {@link ColumnTable} (DataFrame), a single {@link
 * Column} (Series), a {@link Tensor} (ndarray), a {@link TensorMap} (dict of ndarrays) or a {@link
 * Plain} value (lists, maps, strings and numbers, as a Python model may return).
 *
 * <p>{@link Predictions} writes each as MLflow's scoring server does ({@code {"predictions":
 * ...}}).
 */
public sealed interface PredictOutput permits ColumnTable, Column, Tensor, TensorMap, PredictOutput.Plain {

  /** A plain value as output. */
  static PredictOutput plain(@Nullable Object value) {
    return new Plain(value);
  }

  /**
   * A JSON-like value returned as is: null, {@link Boolean}, a {@link Number}, {@link String},
   * {@code byte[]}, a {@link java.time.temporal.Temporal}, a {@link java.util.List} or a {@link
   * java.util.Map} with string keys, nested freely. It is not copied: do not modify it.
   *
   * @param value the value
   */
  record Plain(@Nullable Object value) implements PredictOutput {
    @Override
    public boolean equals(Object o) {
      return o instanceof Plain p && Objects.deepEquals(p.value, value);
    }

    @Override
    public int hashCode() {
      return value == null ? 0 : value.hashCode();
    }
  }
}
