package io.mlmodel.remote;

import io.mlmodel.data.Tensor;
import io.mlmodel.signature.NumpyDtype;
import java.math.BigInteger;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.Temporal;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * Writes request values as Python's {@code json} reads them back: NaN and infinities as the bare
 * tokens, float32 as the exact double (what numpy's {@code tolist()} gives), date-times in {@code
 * isoformat()}, bytes as base64. Internal.
 */
final class Values {
  private final JsonGenerator g;

  Values(JsonGenerator g) {
    this.g = g;
  }

  void number(double d) {
    if (Double.isNaN(d)) {
      g.writeRawValue("NaN");
    } else if (Double.isInfinite(d)) {
      g.writeRawValue(d > 0 ? "Infinity" : "-Infinity");
    } else {
      g.writeNumber(d);
    }
  }

  void number(float f) {
    number((double) f);
  }

  /** Rows {@code [from, to)} of a tensor as nested lists (all of it when {@code to < 0}). */
  void tensorRows(Tensor t, int from, int to) {
    if (t.rank() == 0) {
      element(t, 0);
      return;
    }
    int inner = 1;
    for (int a = 1; a < t.rank(); a++) {
      inner *= (int) t.dim(a);
    }
    int end = to < 0 ? (int) t.dim(0) : to;
    g.writeStartArray();
    for (int r = from; r < end; r++) {
      nest(t, 1, r * inner);
    }
    g.writeEndArray();
  }

  private void nest(Tensor t, int axis, int offset) {
    if (axis == t.rank()) {
      element(t, offset);
      return;
    }
    int n = (int) t.dim(axis);
    int stride = 1;
    for (int a = axis + 1; a < t.rank(); a++) {
      stride *= (int) t.dim(a);
    }
    g.writeStartArray();
    if (axis == t.rank() - 1 && t.dtype() == NumpyDtype.FLOAT32) {
      FloatBuffer b = t.floatBuffer();
      for (int i = 0; i < n; i++) {
        number(b.get(offset + i));
      }
    } else if (axis == t.rank() - 1 && t.dtype() == NumpyDtype.FLOAT64) {
      DoubleBuffer b = t.doubleBuffer();
      for (int i = 0; i < n; i++) {
        number(b.get(offset + i));
      }
    } else {
      for (int i = 0; i < n; i++) {
        nest(t, axis + 1, offset + i * stride);
      }
    }
    g.writeEndArray();
  }

  private void element(Tensor t, int index) {
    Object v = t.getObject(index);
    if (v instanceof byte[] b && t.dtype() == NumpyDtype.BYTES) {
      // the TF-serving form that MLflow decodes back into bytes
      g.writeStartObject();
      g.writeName("b64");
      g.writeString(Base64.getEncoder().encodeToString(b));
      g.writeEndObject();
    } else {
      plain(v);
    }
  }

  /** A plain value: null, boolean, number, string, bytes, date-time, list, map, tensor. */
  void plain(@Nullable Object v) {
    if (v == null) {
      g.writeNull();
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v instanceof Double d) {
      number(d);
    } else if (v instanceof Float f) {
      number(f);
    } else if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
      g.writeNumber(((Number) v).longValue());
    } else if (v instanceof BigInteger b) {
      g.writeNumber(b);
    } else if (v instanceof Number n) {
      number(n.doubleValue());
    } else if (v instanceof String s) {
      g.writeString(s);
    } else if (v instanceof byte[] b) {
      g.writeString(Base64.getEncoder().encodeToString(b));
    } else if (v instanceof LocalDateTime t) {
      g.writeString(isoformat(t));
    } else if (v instanceof LocalDate d) {
      g.writeString(d.toString());
    } else if (v instanceof Temporal t) {
      g.writeString(t.toString());
    } else if (v instanceof List<?> l) {
      g.writeStartArray();
      for (Object x : l) {
        plain(x);
      }
      g.writeEndArray();
    } else if (v instanceof Map<?, ?> m) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        g.writeName(String.valueOf(e.getKey()));
        plain(e.getValue());
      }
      g.writeEndObject();
    } else if (v instanceof Tensor t) {
      tensorRows(t, 0, -1);
    } else {
      g.writeString(v.toString());
    }
  }

  /** Python's {@code datetime.isoformat()}: seconds always, a fraction only when there is one. */
  static String isoformat(LocalDateTime t) {
    String base = String.format("%04d-%02d-%02dT%02d:%02d:%02d", t.getYear(), t.getMonthValue(), t.getDayOfMonth(),
        t.getHour(), t.getMinute(), t.getSecond());
    int n = t.getNano();
    if (n == 0) {
      return base;
    }
    return n % 1000 == 0 ? base + String.format(".%06d", n / 1000) : base + String.format(".%09d", n);
  }
}
