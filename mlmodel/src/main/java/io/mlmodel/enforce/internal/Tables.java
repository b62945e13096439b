package io.mlmodel.enforce.internal;

import io.mlmodel.LimitExceededException;
import io.mlmodel.Location;
import io.mlmodel.data.Column;
import io.mlmodel.data.ColumnTable;
import io.mlmodel.data.Tensor;
import io.mlmodel.data.TensorMap;
import io.mlmodel.data.internal.DataAccess;
import io.mlmodel.signature.NumpyDtype;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What pandas builds from ndarrays (format reference §5.1), and ndarrays as nested lists. Internal. */
public final class Tables {
  /** The most elements an {@code ArrayList} can hold on common JVMs. */
  private static final int MAX_LIST = Integer.MAX_VALUE - 8;

  private Tables() {}

  /** {@code pd.DataFrame(ndarray)}: a 0-d or 1-d array is column 0, a 2-d array columns 0..n-1. */
  public static ColumnTable fromTensor(Tensor t) {
    if (t.rank() > 2) {
      throw Problems.schema(null, "This model contains a column-based signature, which suggests a DataFrame input."
          + " There was an error casting the input data to a DataFrame: Must pass 2-d input. shape="
          + PlainTensors.tuple(t.shape()));
    }
    int rows = t.rank() == 0 ? 1 : (int) t.dim(0);
    int cols = t.rank() == 2 ? (int) t.dim(1) : 1;
    List<Column> out = new ArrayList<>();
    for (int c = 0; c < cols; c++) {
      Sink sink = columnSink(t.dtype());
      for (int r = 0; r < rows; r++) {
        sink.addValue(t.getObject(r * cols + c));
      }
      out.add(sink.column(Integer.toString(c)));
    }
    return DataAccess.table(out, rows, true);
  }

  /** {@code pd.DataFrame(dict)}: 1-d arrays are columns; all 0-d arrays make one row. */
  public static ColumnTable fromTensorMap(TensorMap m) {
    boolean allScalar = m.tensors().values().stream().allMatch(t -> t.rank() == 0);
    List<Column> out = new ArrayList<>();
    int rows = -1;
    for (var e : m.tensors().entrySet()) {
      Tensor t = e.getValue();
      int n = allScalar ? 1 : t.rank() == 0 ? -1 : (int) t.dim(0);
      if (n < 0 || rows >= 0 && n != rows) {
        throw Problems.schema(e.getKey(), "This model contains a column-based signature, which suggests a DataFrame"
            + " input. There was an error casting the input data to a DataFrame: All arrays must be of the same"
            + " length");
      }
      rows = n;
      Sink sink = t.rank() <= 1 ? columnSink(t.dtype()) : new PlainSink();
      if (t.rank() <= 1) {
        for (int r = 0; r < n; r++) {
          sink.addValue(t.getObject(r));
        }
      } else {
        List<?> nested = (List<?>) toList(t);
        for (Object row : nested) {
          sink.addValue(row);
        }
      }
      out.add(sink.column(e.getKey()));
    }
    return DataAccess.table(out, Math.max(rows, 0), false);
  }

  private static Sink columnSink(NumpyDtype dtype) {
    switch (dtype.kind()) {
      case 'f':
        return new FloatingSink(dtype == NumpyDtype.FLOAT32 ? NumpyDtype.FLOAT32 : NumpyDtype.FLOAT64, true);
      case 'i':
      case 'u':
        return new IntegerSink(dtype.bytesPerElement() <= 4 && dtype != NumpyDtype.UINT32 ? NumpyDtype.INT32
            : NumpyDtype.INT64, true);
      case 'b':
        return new BoolSink(false);
      case 'U':
        return new TextSink(false);
      case 'S':
        return new BytesSink(false);
      case 'M':
        return new DateTimeSink(NumpyDtype.DATETIME64_NS, false);
      default:
        return new InferSink();
    }
  }

  /** An ndarray's {@code tolist()}: nested unmodifiable lists of boxed elements (a 0-d array gives its element). */
  public static @Nullable Object toList(Tensor t) {
    return nest(t, 0, 0);
  }

  private static @Nullable Object nest(Tensor t, int axis, int offset) {
    if (axis == t.rank()) {
      return t.getObject(offset);
    }
    long dim = t.dim(axis);
    if (dim > MAX_LIST) {
      // Only possible when an inner dimension is 0; numpy's tolist() would build the lists all the same.
      throw new LimitExceededException(Location.UNKNOWN, "a tensor of shape " + Arrays.toString(t.shape()) + " has " + dim
          + " lists along axis " + axis + ", more than a Java list holds (" + MAX_LIST + ")");
    }
    int n = (int) dim;
    int stride = 1;
    for (int a = axis + 1; a < t.rank(); a++) {
      stride *= (int) t.dim(a);
    }
    List<@Nullable Object> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(nest(t, axis + 1, offset + i * stride));
    }
    return Collections.unmodifiableList(out);
  }
}
