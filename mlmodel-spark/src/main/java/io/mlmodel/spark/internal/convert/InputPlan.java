package io.mlmodel.spark.internal.convert;

import io.mlmodel.InputException;
import io.mlmodel.Location;
import io.mlmodel.data.Column;
import io.mlmodel.data.ColumnTable;
import io.mlmodel.data.DoubleColumn;
import io.mlmodel.data.PredictInput;
import io.mlmodel.data.Tensor;
import io.mlmodel.data.TensorMap;
import io.mlmodel.data.internal.DataAccess;
import io.mlmodel.enforce.Enforcement;
import io.mlmodel.enforce.EnforcementOptions;
import io.mlmodel.signature.ColSpec;
import io.mlmodel.signature.Schema;
import io.mlmodel.signature.TensorSpec;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * Which DataFrame columns feed the model and how, decided once on the driver from the DataFrame's
 * schema and the signature's inputs. Columns are matched to the signature by name; an unnamed
 * signature takes the DataFrame's first columns by position; a model without an input schema gets
 * every column, by name. Columns the model does not declare are not read.
 *
 * <p>Internal: public for {@code SparkScoring} and the scorers of {@code
 * io.mlmodel.spark.internal.exec}; not API.
 *
 * @param fields the inputs, in the signature's order
 * @param kind how the batch is given to the model
 */
public record InputPlan(List<InputField> fields, Kind kind) implements Serializable {

  enum Kind { NAMED_COLUMNS, POSITIONAL_COLUMNS, NAMED_TENSORS, ONE_TENSOR }

  public static InputPlan of(StructType df, @Nullable Schema inputs) {
    List<InputField> fields = new ArrayList<>();
    if (inputs == null || inputs.size() == 0) {
      Map<String, Integer> seen = new java.util.HashMap<>();
      for (int i = 0; i < df.fields().length; i++) {
        Integer before = seen.putIfAbsent(df.fields()[i].name(), i);
        if (before != null) {
          throw duplicate(df.fields()[i].name(), before, i);
        }
        fields.add(column(df, i, df.fields()[i].name()));
      }
      return new InputPlan(fields, Kind.NAMED_COLUMNS);
    }
    boolean named = inputs.hasInputNames();
    if (!named && df.fields().length < inputs.size()) {
      throw new InputException("schema-mismatch", Location.UNKNOWN, null, "Model inference is missing inputs. The"
          + " model signature declares " + inputs.size() + " inputs  but the provided value only has "
          + df.fields().length + " inputs.");
    }
    if (inputs.isTensorBased()) {
      List<String> missing = new ArrayList<>();
      for (int i = 0; i < inputs.tensors().size(); i++) {
        TensorSpec t = inputs.tensors().get(i);
        int index = named ? indexOf(df, t.name()) : i;
        if (index < 0) {
          missing.add("'" + t.name() + "'");
          continue;
        }
        String name = named ? t.name() : df.fields()[index].name();
        fields.add(new InputField(index, name, df.fields()[index].dataType(), t.dtype(), t.shapeArray()));
      }
      if (!missing.isEmpty()) {
        throw new InputException("schema-mismatch", Location.UNKNOWN, missing.get(0), "Model is missing inputs "
            + missing + ".");
      }
      return new InputPlan(fields, named ? Kind.NAMED_TENSORS : Kind.ONE_TENSOR);
    }
    for (int i = 0; i < inputs.columns().size(); i++) {
      ColSpec c = inputs.columns().get(i);
      int index = named ? indexOf(df, c.name()) : i;
      if (index >= 0) {
        fields.add(column(df, index, named ? c.name() : df.fields()[index].name()));
      }
    }
    InputPlan plan = new InputPlan(fields, named ? Kind.NAMED_COLUMNS : Kind.POSITIONAL_COLUMNS);
    Enforcement.enforceInput(plan.batch(new RowBatch(df, 0), ZoneId.of("UTC")), inputs, EnforcementOptions.defaults());
    return plan;
  }

  private static InputField column(StructType df, int index, String name) {
    StructField f = df.fields()[index];
    if (!ColumnBuilder.supports(f.dataType())) {
      throw new InputException("schema-mismatch", Location.UNKNOWN, f.name(), "column '" + f.name() + "' has Spark type "
          + f.dataType().simpleString() + ", which no MLflow type takes; cast it (to double, string...) first");
    }
    return InputField.column(index, name, f.dataType());
  }

  /**
   * The position of the column {@code name}, -1 when there is none. Two columns of that name (a
   * join's output) are refused: taking either would be a silent choice Spark itself would not make.
   */
  private static int indexOf(StructType df, @Nullable String name) {
    String[] names = df.fieldNames();
    int found = -1;
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        if (found >= 0) {
          throw duplicate(name, found, i);
        }
        found = i;
      }
    }
    return found;
  }

  private static InputException duplicate(String name, int first, int second) {
    return new InputException("schema-mismatch", Location.UNKNOWN, name, "the input has more than one column named '"
        + name + "' (columns " + first + " and " + second + "); the model reads '" + name
        + "' from one column: drop or rename the others");
  }

  /** The model input for these rows. */
  public PredictInput batch(RowBatch rows, ZoneId zone) {
    switch (kind) {
      case ONE_TENSOR:
        return TensorBuilder.build(rows, fields.get(0), zone);
      case NAMED_TENSORS:
        Map<String, Tensor> tensors = new LinkedHashMap<>();
        for (InputField f : fields) {
          tensors.put(f.name(), TensorBuilder.build(rows, f, zone));
        }
        return TensorMap.of(tensors);
      default:
        List<Column> columns = new ArrayList<>(fields.size());
        Column[] doubles = doubles(rows);
        for (int i = 0; i < fields.size(); i++) {
          columns.add(doubles[i] != null ? doubles[i] : ColumnBuilder.build(rows, fields.get(i), zone));
        }
        if (columns.isEmpty()) {
          return ColumnTable.empty(rows.size());
        }
        return kind == Kind.POSITIONAL_COLUMNS ? ColumnTable.positional(columns) : ColumnTable.of(columns);
    }
  }

  /**
   * The double columns of the batch ({@link InputValues}); null for the fields of other types. Each
   * column takes over the array {@link InputValues} has just made for it, without the core's
   * defensive copy ({@link DataAccess}): nothing else holds that array.
   */
  private @Nullable Column[] doubles(RowBatch rows) {
    Column[] out = new Column[fields.size()];
    int k = 0;
    int[] at = new int[fields.size()];
    int[] cols = new int[fields.size()];
    for (int j = 0; j < fields.size(); j++) {
      if (fields.get(j).sparkType() == DataTypes.DoubleType) {
        cols[k] = fields.get(j).index();
        at[k++] = j;
      }
    }
    double[][] values = InputValues.doubles(rows, java.util.Arrays.copyOf(cols, k));
    for (int j = 0; j < k; j++) {
      out[at[j]] = DataAccess.column(DoubleColumn.class, fields.get(at[j]).name(), values[j]);
    }
    return out;
  }

  /**
   * Whether the batch can be read from Spark's column vectors ({@link VectorRows}): the model takes
   * columns (not tensors) of {@linkplain ColumnBuilder#atomic atomic} types; nested values keep the
   * row path.
   */
  public boolean readsVectors() {
    return kind != Kind.ONE_TENSOR && kind != Kind.NAMED_TENSORS
        && fields.stream().allMatch(f -> ColumnBuilder.atomic(f.sparkType()));
  }
}
