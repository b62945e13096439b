package io.mlmodel.request.internal;

import io.mlmodel.data.Tensor;
import io.mlmodel.data.internal.DataAccess;
import io.mlmodel.enforce.internal.Tables;
import java.math.BigInteger;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a numeric or bool tensor as nested JSON lists straight from its storage array: the bytes
 * {@link ValueWriter#value} writes for {@link Tables#toList}, without a boxed element and a list for
 * every row (on a large batch the boxing was most of the encoding's time). Other storage (strings,
 * bytes, objects, date-times) goes through the lists. Internal.
 */
final class TensorWriter {
  private TensorWriter() {}

  static void write(ValueWriter w, JsonGenerator g, boolean mlflowStyle, Tensor t) {
    Object data = DataAccess.storage(t);
    boolean direct = data instanceof double[] || data instanceof float[] || data instanceof int[]
        || data instanceof short[] || data instanceof byte[] || data instanceof boolean[]
        || (data instanceof long[] && t.dtype().kind() != 'M');
    if (!direct) {
      w.value(Tables.toList(t));
      return;
    }
    long[] dims = DataAccess.dims(t);
    char kind = t.dtype().kind();
    if (dims.length == 0) {
      element(w, g, mlflowStyle, kind, data, 0);
    } else {
      nest(w, g, mlflowStyle, kind, data, dims, 0, 0);
    }
  }

  private static void nest(ValueWriter w, JsonGenerator g, boolean mlflowStyle, char kind, Object data,
      long[] dims, int axis, int offset) {
    long n = dims[axis];
    g.writeStartArray();
    if (axis == dims.length - 1) {
      for (int i = 0; i < n; i++) {
        element(w, g, mlflowStyle, kind, data, offset + i);
      }
    } else {
      long stride = MlflowTensorJson.stride(dims, axis);
      for (long i = 0; i < n; i++) {
        nest(w, g, mlflowStyle, kind, data, dims, axis + 1, (int) (offset + i * stride));
      }
    }
    g.writeEndArray();
  }

  /**
   * One element, as {@code ValueWriter.value} writes the box {@code Tensor.getObject} would give,
   * but a timedelta64 NaT as null: numpy's {@code tolist()} gives None for it.
   */
  private static void element(ValueWriter w, JsonGenerator g, boolean mlflowStyle, char kind, Object data, int i) {
    boolean unsigned = kind == 'u';
    if (data instanceof double[] a) {
      w.number(a[i], false);
    } else if (data instanceof float[] a) {
      float f = a[i];
      if (mlflowStyle || Float.isNaN(f) || Float.isInfinite(f)) {
        w.number(f, false);
      } else {
        g.writeNumber(f);
      }
    } else if (data instanceof long[] a) {
      if (kind == 'm' && a[i] == Long.MIN_VALUE) {
        g.writeNull();
      } else if (unsigned && a[i] < 0) {
        g.writeNumber(new BigInteger(Long.toUnsignedString(a[i])));
      } else {
        g.writeNumber(a[i]);
      }
    } else if (data instanceof int[] a) {
      g.writeNumber(unsigned ? Integer.toUnsignedLong(a[i]) : a[i]);
    } else if (data instanceof short[] a) {
      g.writeNumber((long) (unsigned ? Short.toUnsignedInt(a[i]) : a[i]));
    } else if (data instanceof byte[] a) {
      g.writeNumber((long) (unsigned ? Byte.toUnsignedInt(a[i]) : a[i]));
    } else {
      g.writeBoolean(((boolean[]) data)[i]);
    }
  }
}
