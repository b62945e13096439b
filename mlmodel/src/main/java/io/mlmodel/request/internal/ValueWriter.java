package io.mlmodel.request.internal;

import io.mlmodel.data.Column;
import io.mlmodel.data.DateTimeColumn;
import io.mlmodel.data.DoubleColumn;
import io.mlmodel.data.IntColumn;
import io.mlmodel.data.LongColumn;
import io.mlmodel.data.Tensor;
import io.mlmodel.enforce.internal.PyFloat;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.Temporal;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * Writes plain values, columns and tensors as JSON in one of two styles: MLflow's response style
 * ({@code NumpyEncoder}: every float as Python's {@code repr}, {@link PyFloat}, NaN as the bare
 * token {@code NaN}, bytes as {@code base64.encodebytes} with line breaks, NaT as {@code "NaT"}) or the report style of {@code validate-input} (a missing
 * value of a column, NaN in a float column or NaT, as null; bytes as one-line base64). Both write
 * the infinities, and NaN outside a column cell (params, tensors, nested values), as Python's
 * {@code json.dumps} does: {@code Infinity}, {@code -Infinity}, {@code NaN}. Date-times are ISO
 * 8601 in both. Internal.
 */
public final class ValueWriter {
  private final JsonGenerator g;
  private final boolean mlflowStyle;
  private final char[] number = new char[PyFloat.MAX_CHARS];
  private final byte[] scratch = new byte[PyFloat.MAX_CHARS];

  public ValueWriter(JsonGenerator g, boolean mlflowStyle) {
    this.g = g;
    this.mlflowStyle = mlflowStyle;
  }

  public void value(@Nullable Object v) {
    if (v == null) {
      g.writeNull();
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v instanceof Double d) {
      number(d, false);
    } else if (v instanceof Float f) {
      if (Float.isNaN(f) || Float.isInfinite(f) || mlflowStyle) {
        number(f.doubleValue(), false);
      } else {
        g.writeNumber(f);
      }
    } else if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
      g.writeNumber(((Number) v).longValue());
    } else if (v instanceof BigInteger b) {
      g.writeNumber(b);
    } else if (v instanceof String s) {
      g.writeString(s);
    } else if (v instanceof byte[] b) {
      g.writeString(mlflowStyle ? Base64.getMimeEncoder(76, new byte[] {'\n'}).encodeToString(b) + "\n"
          : Base64.getEncoder().encodeToString(b));
    } else if (v instanceof LocalDateTime t) {
      g.writeString(isoformat(t));
    } else if (v instanceof LocalDate d) {
      g.writeString(d.toString());
    } else if (v instanceof Temporal t) {
      g.writeString(t.toString());
    } else if (v instanceof List<?> l) {
      g.writeStartArray();
      for (Object x : l) {
        value(x);
      }
      g.writeEndArray();
    } else if (v instanceof Map<?, ?> m) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        g.writeName(String.valueOf(e.getKey()));
        value(e.getValue());
      }
      g.writeEndObject();
    } else if (v instanceof Tensor t) {
      tensor(t);
    } else {
      g.writeString(v.toString());
    }
  }

  /** A tensor as nested lists, as {@code value} writes the lists of {@code Tables.toList(t)}. */
  public void tensor(Tensor t) {
    TensorWriter.write(this, g, mlflowStyle, t);
  }

  void number(double d, boolean cell) {
    if (mlflowStyle) {
      g.writeRawValue(number, 0, PyFloat.write(d, number, 0, scratch));
    } else if (Double.isNaN(d) || Double.isInfinite(d)) {
      if (cell && Double.isNaN(d)) {
        g.writeNull();
      } else {
        g.writeRawValue(Double.isNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
      }
    } else {
      g.writeNumber(d);
    }
  }

  /** One value of a column, fast for the primitive kinds. */
  public void cell(Column c, int row) {
    if (c instanceof DoubleColumn d) {
      number(d.get(row), true);
    } else if (c instanceof LongColumn l) {
      g.writeNumber(l.get(row));
    } else if (c instanceof IntColumn i) {
      g.writeNumber(i.get(row));
    } else if (c instanceof DateTimeColumn t && t.isNull(row)) {
      if (mlflowStyle) {
        g.writeString("NaT");
      } else {
        g.writeNull();
      }
    } else {
      value(c.getObject(row));
    }
  }

  /** Python's {@code isoformat()}: seconds always, a fraction only when there is one. */
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
