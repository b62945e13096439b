package io.mlmodel.request.internal;

import io.mlmodel.InputException;
import io.mlmodel.enforce.internal.ConversionException;
import io.mlmodel.enforce.internal.Problems;
import io.mlmodel.enforce.internal.Sink;
import io.mlmodel.signature.TensorSpec;

/**
 * The errors of the TF-serving forms, in MLflow's words (tests assert them: they are API), each
 * located at the parser's current token under the form's key. Stateless. Internal.
 */
final class TfServingErrors {
  private TfServingErrors() {}

  /** An {@code instances} row that is not an object, after a first row that is. */
  static InputException notAnInstance(TfServingReader in, int row) {
    return in.cx.bad(in.key + "[" + row + "]", "Failed to parse data as TF serving input. Every instance must be an"
        + " object when the first one is.");
  }

  /**
   * Values of different lengths.
   *
   * @param instances true for TF-serving's own check of {@code instances} (a bad request), false
   *     for the DataFrame MLflow's cast fails to build (a schema error, unlocated as MLflow's is)
   */
  static InputException lengths(TfServingReader in, boolean instances) {
    return instances
        ? in.cx.bad(in.key, "Failed to parse data as TF serving input. The length of values for each input/column name"
            + " are not the same")
        : Problems.schema(null, "This model contains a column-based signature, which suggests a DataFrame input."
            + " There was an error casting the input data to a DataFrame: All arrays must be of the same length");
  }

  /** MLflow's refusal of what is neither a list nor a scalar for an unnamed schema. */
  static InputException unnamed(TfServingReader in, String type) {
    return in.cx.bad(in.key, "Failed to parse input data. This model contains an un-named tensor-based model signature"
        + " which expects a single n-dimensional array or a single value as input, however, an input of type " + type
        + " was found.");
  }

  /**
   * A value of {@code name} that does not convert: in a column's words when its reader is a
   * column's sink, else in a tensor's, with the dtype of the name's spec ({@code object} without).
   */
  static InputException convert(TfServingReader in, String keyPath, String name, Object reader,
      ConversionException e) {
    if (reader instanceof Sink s) {
      return in.cx.column(keyPath, String.valueOf(name), s.target(), e);
    }
    TensorSpec spec = in.cx.targets.tensor(name);
    return in.cx.tensor(keyPath, name, spec == null ? "object" : spec.dtype().numpyName(), e);
  }
}
