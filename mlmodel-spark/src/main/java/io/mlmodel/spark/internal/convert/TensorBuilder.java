package io.mlmodel.spark.internal.convert;

import io.mlmodel.InputException;
import io.mlmodel.Location;
import io.mlmodel.data.Tensor;
import io.mlmodel.signature.NumpyDtype;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One DataFrame column of a batch as the tensor a tensor-based signature declares, as
 * {@code mlflow.pyfunc.spark_udf} builds it: each row's value (a scalar, or an array, nested or
 * flat) is read in C order, reshaped to the spec's shape after its first dimension and cast to the
 * spec's dtype; the rows are stacked along the first dimension. A null row, a row with the wrong
 * number of elements or an element that does not convert is a {@code schema-mismatch}.
 */
final class TensorBuilder {
  private TensorBuilder() {}

  static Tensor build(RowBatch rows, InputField f, ZoneId zone) {
    NumpyDtype dtype = java.util.Objects.requireNonNull(f.dtype());
    long[] spec = f.shape();
    int n = rows.size();
    List<Object> flat = new ArrayList<>();
    int per = -1;
    for (int i = 0; i < n; i++) {
      Object v = rows.get(i, f.index());
      if (v == null) {
        throw bad(f, "the value is null; tensor input '" + f.name() + "' needs a value in every row");
      }
      int before = flat.size();
      flatten(SparkValues.toPlain(v, zone), flat);
      int count = flat.size() - before;
      if (per < 0) {
        per = count;
      } else if (count != per) {
        throw bad(f, "the row has " + count + " elements where the rows before it have " + per);
      }
    }
    long[] shape = shape(spec, n, Math.max(per, 0), f);
    return Tensor.wrap(dtype, TensorCast.storage(dtype, flat, f), shape);
  }

  private static long[] shape(long[] spec, int n, int per, InputField f) {
    long[] shape = spec.length == 0 ? new long[] {n} : spec.clone();
    shape[0] = n;
    long fixed = 1;
    int free = -1;
    for (int d = 1; d < shape.length; d++) {
      if (shape[d] < 0) {
        free = d;
      } else {
        fixed *= shape[d];
      }
    }
    if (free > 0 && fixed > 0 && per % fixed == 0) {
      shape[free] = per / fixed;
      fixed = per;
    }
    if (n > 0 && fixed != per) {
      throw bad(f, "the row has " + per + " elements but tensor input '" + f.name() + "' of shape "
          + java.util.Arrays.toString(spec) + " needs " + fixed + " per row");
    }
    return shape;
  }

  private static void flatten(@Nullable Object v, List<Object> out) {
    if (v instanceof List<?> l) {
      for (Object x : l) {
        flatten(x, out);
      }
    } else {
      out.add(v);
    }
  }

  static InputException bad(InputField f, String problem) {
    return new InputException("schema-mismatch", Location.UNKNOWN, f.name(), problem);
  }
}
