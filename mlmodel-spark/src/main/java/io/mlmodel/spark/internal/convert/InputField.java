package io.mlmodel.spark.internal.convert;

import io.mlmodel.signature.NumpyDtype;
import java.io.Serializable;
import org.apache.spark.sql.types.DataType;
import org.jspecify.annotations.Nullable;

/**
 * One model input fed from one DataFrame column: where the column is in the row, the name the
 * model knows it by, its Spark type, and for a tensor input its dtype and shape.
 *
 * @param index the column's position in the input rows
 * @param name the column label or tensor name the model sees
 * @param sparkType the column's Spark type
 * @param dtype the tensor's dtype, null for a column input
 * @param shape the tensor's shape (first dimension the rows), empty for a column input
 */
record InputField(int index, String name, DataType sparkType, @Nullable NumpyDtype dtype, long[] shape)
    implements Serializable {

  static InputField column(int index, String name, DataType sparkType) {
    return new InputField(index, name, sparkType, null, new long[0]);
  }

  boolean isTensor() {
    return dtype != null;
  }
}
