package io.mlmodel.write;

import io.mlmodel.io.PythonText;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Orders mapping keys as PyYAML's {@code sorted(mapping.items())} does: numbers (bool, int, float)
 * by value, strings by code point, bytes by unsigned byte, dates and datetimes by time. When two
 * keys cannot be compared in Python ({@code 'a' < 1} raises {@code TypeError}), PyYAML keeps the
 * mapping's own order, and so does this class.
 */
final class PythonOrder {
  private PythonOrder() {}

  /** The entries of {@code map} in the order PyYAML writes them. */
  static List<Map.Entry<?, ?>> sorted(Map<?, ?> map) {
    List<Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
    try {
      entries.sort((a, b) -> compare(a.getKey(), b.getKey()));
    } catch (Incomparable e) {
      return new ArrayList<>(map.entrySet());
    }
    return entries;
  }

  /** Python's {@code a < b} as a comparison; throws {@link Incomparable} where Python raises. */
  static int compare(@Nullable Object a, @Nullable Object b) {
    int ka = kind(a);
    if (ka != kind(b) || a == null || b == null) {
      throw new Incomparable();
    }
    switch (ka) {
      case NUMBER:
        return numbers(a, b);
      case STRING:
        return PythonText.compare((String) a, (String) b);
      case BYTES:
        return Arrays.compareUnsigned((byte[]) a, (byte[]) b);
      case DATE:
        return ((LocalDate) a).compareTo((LocalDate) b);
      case NAIVE:
        return ((LocalDateTime) a).compareTo((LocalDateTime) b);
      case AWARE:
        return ((OffsetDateTime) a).toInstant().compareTo(((OffsetDateTime) b).toInstant());
      default:
        throw new Incomparable();
    }
  }

  private static final int NUMBER = 1;
  private static final int STRING = 2;
  private static final int BYTES = 3;
  private static final int DATE = 4;
  private static final int NAIVE = 5;
  private static final int AWARE = 6;

  private static int kind(@Nullable Object o) {
    if (o instanceof Boolean || o instanceof Long || o instanceof Integer || o instanceof Short
        || o instanceof Byte || o instanceof BigInteger || o instanceof Double || o instanceof Float) {
      return NUMBER;
    } else if (o instanceof String) {
      return STRING;
    } else if (o instanceof byte[]) {
      return BYTES;
    } else if (o instanceof LocalDate) {
      return DATE;
    } else if (o instanceof LocalDateTime) {
      return NAIVE;
    } else if (o instanceof OffsetDateTime) {
      return AWARE;
    }
    return 0;
  }

  private static int numbers(Object a, Object b) {
    double da = ((Number) (a instanceof Boolean x ? (x ? 1 : 0) : a)).doubleValue();
    double db = ((Number) (b instanceof Boolean x ? (x ? 1 : 0) : b)).doubleValue();
    if (Double.isNaN(da) || Double.isNaN(db)) {
      // Python's sort gives NaN no consistent place; keep the mapping's own order instead.
      throw new Incomparable();
    }
    boolean fa = isFloat(a) && Double.isInfinite(da);
    boolean fb = isFloat(b) && Double.isInfinite(db);
    if (fa || fb) {
      double x = fa ? da : 0;
      double y = fb ? db : 0;
      return fa && fb ? Double.compare(x, y) : fa ? (da > 0 ? 1 : -1) : (db > 0 ? -1 : 1);
    }
    return number(a).compareTo(number(b));
  }

  private static boolean isFloat(Object o) {
    return o instanceof Double || o instanceof Float;
  }

  private static BigDecimal number(Object o) {
    if (o instanceof Boolean b) {
      return b ? BigDecimal.ONE : BigDecimal.ZERO;
    } else if (o instanceof BigInteger i) {
      return new BigDecimal(i);
    } else if (o instanceof Double || o instanceof Float) {
      return new BigDecimal(((Number) o).doubleValue());
    }
    return BigDecimal.valueOf(((Number) o).longValue());
  }

  /** Python would raise TypeError comparing these keys. */
  static final class Incomparable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Incomparable() {
      super(null, null, false, false);
    }
  }
}
