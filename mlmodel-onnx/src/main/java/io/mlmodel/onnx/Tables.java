package io.mlmodel.onnx;

import io.mlmodel.InputException;
import io.mlmodel.Location;
import io.mlmodel.data.BooleanColumn;
import io.mlmodel.data.Column;
import io.mlmodel.data.ColumnTable;
import io.mlmodel.data.DoubleColumn;
import io.mlmodel.data.FloatColumn;
import io.mlmodel.data.IntColumn;
import io.mlmodel.data.LongColumn;
import io.mlmodel.data.ObjectColumn;
import io.mlmodel.data.StringColumn;
import io.mlmodel.data.Tensor;
import io.mlmodel.signature.NumpyDtype;
import java.nio.ByteBuffer;
import java.nio.ShortBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The table answer to a table question: mlflow.onnx returns {@code DataFrame.from_dict} of the
 * outputs, each flattened ({@code reshape(-1)}), so they must flatten to one length.
 */
final class Tables {
  private Tables() {}

  static ColumnTable fromOutputs(Map<String, Tensor> outputs) {
    List<Column> cols = new ArrayList<>();
    for (Map.Entry<String, Tensor> e : outputs.entrySet()) {
      cols.add(column(e.getKey(), e.getValue()));
    }
    for (Column c : cols) {
      if (c.size() != cols.get(0).size()) {
        throw new InputException("schema-mismatch", Location.UNKNOWN, null, "the ONNX outputs flatten to "
            + "different lengths (" + cols.get(0).name() + ": " + cols.get(0).size() + ", " + c.name() + ": "
            + c.size() + "), so they make no DataFrame; give the input as tensors to get them as tensors");
      }
    }
    return ColumnTable.of(cols);
  }

  static Column column(String name, Tensor t) {
    return switch (t.dtype()) {
      case FLOAT32, FLOAT16 -> FloatColumn.of(name, t.toFloatArray());
      case FLOAT64 -> DoubleColumn.of(name, t.toDoubleArray());
      case INT64 -> LongColumn.of(name, t.toLongArray());
      case INT32 -> IntColumn.of(name, t.toIntArray());
      case BOOL -> BooleanColumn.of(name, t.toBooleanArray());
      case STR -> StringColumn.of(name, t.toStringArray());
      case INT16 -> {
        ShortBuffer b = t.shortBuffer();
        int[] v = new int[t.size()];
        for (int i = 0; i < v.length; i++) {
          v[i] = b.get(i);
        }
        yield IntColumn.of(name, v);
      }
      case INT8, UINT8 -> {
        ByteBuffer b = t.byteBuffer();
        boolean unsigned = t.dtype() == NumpyDtype.UINT8;
        int[] v = new int[t.size()];
        for (int i = 0; i < v.length; i++) {
          v[i] = unsigned ? Byte.toUnsignedInt(b.get(i)) : b.get(i);
        }
        yield IntColumn.of(name, v);
      }
      default -> {
        Object[] v = new Object[t.size()];
        for (int i = 0; i < v.length; i++) {
          v[i] = t.getObject(i);
        }
        yield ObjectColumn.of(name, v);
      }
    };
  }
}
