package io.mlmodel.spark.internal.convert;

import io.mlmodel.Location;
import io.mlmodel.ModelException;
import io.mlmodel.data.Column;
import io.mlmodel.data.ColumnTable;
import io.mlmodel.data.DoubleColumn;
import io.mlmodel.data.FloatColumn;
import io.mlmodel.data.IntColumn;
import io.mlmodel.data.LongColumn;
import io.mlmodel.data.PredictOutput;
import io.mlmodel.data.Tensor;
import io.mlmodel.data.TensorMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * Splits what a model returned for a batch into one prediction value per row, picking each output
 * of the {@link OutputPlan} from the model's output by name (else by position): a column's value
 * at the row, a tensor's slice at the row along its first dimension, a plain list's item.
 *
 * <p>Internal: public for the batch scorer of {@code io.mlmodel.spark.internal.exec}; not API.
 */
public final class OutputValues {
  private OutputValues() {}

  /** The prediction of every row of a batch of {@code n}, as Spark values of {@code plan.type()}. */
  public static @Nullable Object[] rows(PredictOutput out, int n, OutputPlan plan, SparkOut conv) {
    Object[] values = new Object[n];
    if (plan.isDefault()) {
      IntFunction<@Nullable Object> source = firstNumeric(out, n);
      for (int r = 0; r < n; r++) {
        values[r] = conv.toSpark(source.apply(r), plan.type());
      }
      return values;
    }
    List<OutputPlan.Output> outs = plan.outputs();
    List<IntFunction<@Nullable Object>> sources = new ArrayList<>();
    for (int i = 0; i < outs.size(); i++) {
      sources.add(source(out, outs.get(i).name(), i, n));
    }
    for (int r = 0; r < n; r++) {
      if (outs.size() == 1) {
        values[r] = conv.toSpark(sources.get(0).apply(r), plan.type());
      } else {
        Object[] fields = new Object[outs.size()];
        for (int i = 0; i < fields.length; i++) {
          fields[i] = conv.toSpark(sources.get(i).apply(r), outs.get(i).type());
        }
        values[r] = org.apache.spark.sql.RowFactory.create(fields);
      }
    }
    return values;
  }

  private static IntFunction<@Nullable Object> source(PredictOutput out, @Nullable String name, int pos, int n) {
    if (out instanceof ColumnTable t) {
      Column c = name != null && t.column(name).isPresent() ? t.column(name).get() : at(t.columns(), pos, name);
      return column(c, n);
    } else if (out instanceof Column c && pos == 0) {
      return column(c, n);
    } else if (out instanceof TensorMap m) {
      Tensor t = name != null && m.get(name).isPresent() ? m.get(name).get() : at(List.copyOf(m.tensors().values()), pos, name);
      return tensor(t, n);
    } else if (out instanceof Tensor t && pos == 0) {
      return tensor(t, n);
    } else if (out instanceof PredictOutput.Plain p) {
      Object v = p.value();
      if (v instanceof Map<?, ?> m) {
        v = name != null && m.containsKey(name) ? m.get(name) : at(List.copyOf(m.values()), pos, name);
      } else if (pos != 0) {
        throw missing(name, pos);
      }
      if (v instanceof List<?> l && l.size() == n) {
        return l::get;
      }
      throw new ModelException("bad-output", Location.UNKNOWN, "the model returned " + describe(v)
          + " for a batch of " + n + " rows; a list of one value per row was expected");
    }
    throw missing(name, pos);
  }

  private static <T> T at(List<T> items, int pos, @Nullable String name) {
    if (pos >= items.size()) {
      throw missing(name, pos);
    }
    return items.get(pos);
  }

  private static ModelException missing(@Nullable String name, int pos) {
    return new ModelException("bad-output", Location.UNKNOWN, "the model's output has no "
        + (name == null ? "output at position " + pos : "output '" + name + "'") + ", which its signature declares");
  }

  private static IntFunction<@Nullable Object> column(Column c, int n) {
    if (c.size() != n) {
      throw rows(c.size(), n);
    }
    return c::getObject;
  }

  private static IntFunction<@Nullable Object> tensor(Tensor t, int n) {
    if (t.rank() == 0 || t.dim(0) != n) {
      throw rows(t.rank() == 0 ? 1 : t.dim(0), n);
    }
    long[] shape = t.shape();
    int per = n == 0 ? 0 : t.size() / n;
    return r -> shape.length == 1 ? t.getObject(r) : nest(t, shape, 1, r * per, per);
  }

  private static List<@Nullable Object> nest(Tensor t, long[] shape, int axis, int start, int count) {
    int d = (int) shape[axis];
    int step = d == 0 ? 0 : count / d;
    List<@Nullable Object> l = new ArrayList<>(d);
    for (int i = 0; i < d; i++) {
      l.add(axis == shape.length - 1 ? t.getObject(start + i) : nest(t, shape, axis + 1, start + i * step, step));
    }
    return l;
  }

  /** MLflow's default result type: the leftmost numeric output, its first value of the row. */
  private static IntFunction<@Nullable Object> firstNumeric(PredictOutput out, int n) {
    if (out instanceof ColumnTable t) {
      for (Column c : t.columns()) {
        if (c instanceof DoubleColumn || c instanceof FloatColumn || c instanceof LongColumn || c instanceof IntColumn) {
          return column(c, n);
        }
      }
    } else if (out instanceof Column c) {
      return firstNumeric(ColumnTable.of(c), n);
    } else if (out instanceof Tensor t && "iuf".indexOf(t.dtype().kind()) >= 0) {
      IntFunction<@Nullable Object> rows = tensor(t, n);
      return r -> first(rows.apply(r));
    } else if (out instanceof TensorMap m) {
      for (Tensor t : m.tensors().values()) {
        if ("iuf".indexOf(t.dtype().kind()) >= 0) {
          return firstNumeric(t, n);
        }
      }
    } else if (out instanceof PredictOutput.Plain p && p.value() instanceof List<?> l && l.size() == n) {
      return r -> first(l.get(r));
    }
    throw new ModelException("bad-output", Location.UNKNOWN, "The model did not produce any values compatible"
        + " with the requested type 'DoubleType()'. Consider requesting udf with StringType or Arraytype(StringType).");
  }

  private static @Nullable Object first(@Nullable Object v) {
    return v instanceof List<?> l ? (l.isEmpty() ? null : first(l.get(0))) : v;
  }

  private static ModelException rows(long got, int n) {
    return new ModelException("bad-output", Location.UNKNOWN, "the model returned " + got
        + " rows for a batch of " + n);
  }

  private static String describe(@Nullable Object v) {
    return v == null ? "None" : v instanceof List<?> l ? "a list of " + l.size() : "a " + v.getClass().getSimpleName();
  }
}
