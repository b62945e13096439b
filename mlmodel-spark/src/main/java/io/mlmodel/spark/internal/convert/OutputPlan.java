package io.mlmodel.spark.internal.convert;

import io.mlmodel.signature.ColSpec;
import io.mlmodel.signature.ModelSignature;
import io.mlmodel.signature.Schema;
import io.mlmodel.signature.TensorSpec;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.jspecify.annotations.Nullable;

/**
 * The type of the prediction column and which model output feeds it, from the signature's outputs
 * as {@code mlflow.pyfunc.spark_udf} infers its result type: one output gives its own type, several
 * a struct with a field per output (named by the output, or by its position when unnamed). A model
 * without an output schema gets MLflow's default, {@code double}: the first numeric value the model
 * gives for the row.
 *
 * <p>Internal: public for {@code SparkScoring} and the scorers of {@code
 * io.mlmodel.spark.internal.exec}; not API.
 *
 * @param outputs one per output of the signature, in order; empty for the default
 * @param type the prediction column's type
 */
public record OutputPlan(List<Output> outputs, DataType type) implements Serializable {

  /**
   * One model output.
   *
   * @param name the output's name in the signature, null when unnamed
   * @param type its Spark type
   * @param tensor whether it is a tensor output (rows are slices along its first dimension)
   */
  record Output(@Nullable String name, DataType type, boolean tensor) implements Serializable {}

  public static OutputPlan of(@Nullable ModelSignature signature) {
    Schema schema = signature == null ? null : signature.outputs().orElse(null);
    if (schema == null || schema.size() == 0) {
      return new OutputPlan(List.of(), DataTypes.DoubleType);
    }
    List<Output> outs = new ArrayList<>();
    if (schema.isTensorBased()) {
      for (TensorSpec t : schema.tensors()) {
        outs.add(new Output(t.name(), SparkTypes.of(t), true));
      }
    } else {
      for (ColSpec c : schema.columns()) {
        outs.add(new Output(c.name(), SparkTypes.of(c.type()), false));
      }
    }
    if (outs.size() == 1) {
      return new OutputPlan(outs, outs.get(0).type());
    }
    List<StructField> fields = new ArrayList<>();
    for (int i = 0; i < outs.size(); i++) {
      String name = outs.get(i).name();
      fields.add(DataTypes.createStructField(name == null ? Integer.toString(i) : name, outs.get(i).type(), true));
    }
    return new OutputPlan(outs, DataTypes.createStructType(fields));
  }

  boolean isDefault() {
    return outputs.isEmpty();
  }
}
