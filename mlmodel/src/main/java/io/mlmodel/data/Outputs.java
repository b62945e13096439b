package io.mlmodel.data;

import java.util.Arrays;

/** What an output is, in the words of the exceptions of {@link PredictOutput}'s {@code as...}. */
final class Outputs {
  private Outputs() {}

  static String describe(PredictOutput out) {
    if (out instanceof ColumnTable t) {
      return "the model returned a table of columns " + t.names();
    } else if (out instanceof Column c) {
      return "the model returned the column '" + c.name() + "' (" + c.dtypeName() + ")";
    } else if (out instanceof Tensor t) {
      return "the model returned a " + t.dtype().numpyName() + " tensor of shape " + Arrays.toString(t.shape());
    } else if (out instanceof TensorMap m) {
      return "the model returned the tensors " + m.names();
    }
    return "the model returned a plain value";
  }

  static String reader(PredictOutput out) {
    if (out instanceof ColumnTable || out instanceof Column) {
      return "asTable()";
    } else if (out instanceof Tensor) {
      return "asTensor()";
    } else if (out instanceof TensorMap) {
      return "asTensors()";
    }
    return "((PredictOutput.Plain) output).value()";
  }
}
