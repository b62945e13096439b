package io.mlmodel.remote;

import io.mlmodel.data.Column;
import io.mlmodel.data.ColumnTable;
import io.mlmodel.data.PredictOutput;
import io.mlmodel.data.Tensor;
import io.mlmodel.data.TensorMap;
import io.mlmodel.signature.ColSpec;
import io.mlmodel.signature.DataType;
import io.mlmodel.signature.NumpyDtype;
import io.mlmodel.signature.Schema;
import io.mlmodel.signature.TensorSpec;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns the JSON predictions back into typed output, by the signature's outputs where it has them:
 * a list of records is a {@link ColumnTable} (a DataFrame or Series on the server), a list of
 * numbers or nested lists a {@link Tensor}, an object of lists a {@link TensorMap}; anything else
 * stays a plain value. A declared type the values do not fit (MLflow does not enforce outputs) is
 * logged and the type is inferred instead. Internal; stateless.
 */
final class OutputDecoder {
  private static final System.Logger LOG = System.getLogger(OutputDecoder.class.getName());

  private OutputDecoder() {}

  static PredictOutput decode(@Nullable Object predictions, @Nullable Schema outputs) {
    if (predictions instanceof List<?> list) {
      if (!list.isEmpty() && list.stream().allMatch(Map.class::isInstance)) {
        return table(list, outputs);
      }
      Optional<Tensor> t = tensor(list, single(outputs), "predictions");
      if (t.isPresent()) {
        return t.get();
      }
    } else if (predictions instanceof Map<?, ?> map && !map.isEmpty()
        && map.values().stream().allMatch(List.class::isInstance) && (outputs == null || outputs.isTensorBased())) {
      TensorMap.Builder b = TensorMap.builder();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        String name = String.valueOf(e.getKey());
        NumpyDtype dtype = outputs == null ? null : outputs.tensor(name).map(TensorSpec::dtype).orElse(null);
        Optional<Tensor> t = tensor((List<?>) e.getValue(), dtype, name);
        if (t.isEmpty()) {
          return PredictOutput.plain(predictions);
        }
        b.put(name, t.get());
      }
      return b.build();
    }
    return PredictOutput.plain(predictions);
  }

  /** The dtype of a signature with one output (a tensor, or one column), else null. */
  private static @Nullable NumpyDtype single(@Nullable Schema outputs) {
    if (outputs == null || outputs.size() != 1) {
      return null;
    }
    if (outputs.isTensorBased()) {
      return outputs.tensors().get(0).dtype();
    }
    return outputs.columns().get(0).type() instanceof DataType d ? d.numpyDtype() : NumpyDtype.OBJECT;
  }

  private static ColumnTable table(List<?> records, @Nullable Schema outputs) {
    Set<String> names = new LinkedHashSet<>();
    for (Object r : records) {
      ((Map<?, ?>) r).keySet().forEach(k -> names.add(String.valueOf(k)));
    }
    List<Column> columns = new ArrayList<>();
    for (String name : names) {
      List<@Nullable Object> values = new ArrayList<>(records.size());
      for (Object r : records) {
        values.add(((Map<?, ?>) r).get(name));
      }
      DataType declared = declared(outputs, name, names.size());
      Column c = declared == null ? null : Columns.typed(name, declared, values);
      if (c == null && declared != null) {
        LOG.log(System.Logger.Level.WARNING, "output column {0} does not hold {1} values as the signature says;"
            + " its type is inferred", name, declared.mlflowName());
      }
      columns.add(c != null ? c : Columns.inferred(name, values));
    }
    return ColumnTable.of(columns);
  }

  private static @Nullable DataType declared(@Nullable Schema outputs, String name, int columnCount) {
    if (outputs == null || outputs.isTensorBased()) {
      return null;
    }
    Optional<ColSpec> spec = outputs.column(name);
    if (spec.isEmpty() && columnCount == 1 && outputs.size() == 1 && outputs.columns().get(0).name() == null) {
      spec = Optional.of(outputs.columns().get(0));
    }
    return spec.map(ColSpec::type).filter(DataType.class::isInstance).map(DataType.class::cast).orElse(null);
  }

  private static Optional<Tensor> tensor(List<?> nested, @Nullable NumpyDtype declared, String what) {
    List<Long> shape = new ArrayList<>();
    List<@Nullable Object> flat = new ArrayList<>();
    if (!Tensors.flatten(nested, shape, flat)) {
      return Optional.empty();
    }
    long[] dims = shape.stream().mapToLong(Long::longValue).toArray();
    if (declared != null) {
      Tensor t = Tensors.typed(declared, flat, dims);
      if (t != null) {
        return Optional.of(t);
      }
      LOG.log(System.Logger.Level.WARNING, "output {0} does not hold {1} values as the signature says; its dtype is"
          + " inferred", what, declared.numpyName());
    }
    return Optional.of(Tensors.inferred(flat, dims));
  }

}
