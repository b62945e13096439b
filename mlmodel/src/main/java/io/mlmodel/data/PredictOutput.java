package io.mlmodel.data;

import io.mlmodel.request.Predictions;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a model returns, in MLflow's terms: a {@link ColumnTable} (DataFrame), a single {@link
 * Column} (Series), a {@link Tensor} (ndarray), a {@link TensorMap} (dict of ndarrays) or a {@link
 * Plain} value (lists, maps, strings and numbers, as a Python model may return).
 *
 * <p>Read it with {@link #asTable()}, {@link #asTensor()} or {@link #asTensors()}, whichever the
 * model's kind returns, then with the typed getters of what they return:
 *
 * <pre>{@code
 * PredictOutput out = predictor.predict(input);
 * double first = out.asTable().getDouble(0, "variable");    // a DataFrame output
 * float y01 = out.asTensor().floatAt(0, 1);                 // one ndarray (or a dict of one)
 * Tensor probs = out.asTensors().get("probabilities").orElseThrow();
 * }</pre>
 *
 * <p>{@link Predictions} writes each as MLflow's scoring server does ({@code {"predictions":
 * ...}}). Outputs are immutable and thread-safe, as the types they are.
 */
public sealed interface PredictOutput permits ColumnTable, Column, Tensor, TensorMap, PredictOutput.Plain {

  /**
   * This output as a table: a {@link ColumnTable} as it is, a {@link Column} (a Series) as a table
   * of that one column.
   *
   * @throws IllegalStateException when the model returned something else (the message says what)
   * @return the table
   */
  default ColumnTable asTable() {
    if (this instanceof ColumnTable t) {
      return t;
    }
    if (this instanceof Column c) {
      return ColumnTable.of(c);
    }
    throw new IllegalStateException(Outputs.describe(this) + ", not a table; use " + Outputs.reader(this));
  }

  /**
   * This output as one tensor: a {@link Tensor} as it is, or the only tensor of a {@link TensorMap}
   * of one (an ONNX model with one output returns a dict of one).
   *
   * @throws IllegalStateException when the model returned something else, or several tensors
   * @return the tensor
   */
  default Tensor asTensor() {
    if (this instanceof Tensor t) {
      return t;
    }
    if (this instanceof TensorMap m && m.size() == 1) {
      return m.tensors().values().iterator().next();
    }
    throw new IllegalStateException(Outputs.describe(this) + ", not one tensor; use " + Outputs.reader(this));
  }

  /**
   * This output as named tensors: a {@link TensorMap} as it is.
   *
   * @throws IllegalStateException when the model returned something else (the message says what)
   * @return the tensors by name
   */
  default TensorMap asTensors() {
    if (this instanceof TensorMap m) {
      return m;
    }
    throw new IllegalStateException(Outputs.describe(this) + ", not named tensors; use " + Outputs.reader(this));
  }

  /**
   * A plain value as output.
   *
   * @param value any value a predictor returns that is neither a table nor a tensor (a number, a string, a list), or null
   * @return the output wrapping {@code value}
   */
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
