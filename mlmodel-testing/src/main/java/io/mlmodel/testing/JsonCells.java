package io.mlmodel.testing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Compares two JSON trees cell by cell: numbers within a tolerance, everything else exactly, and
 * every difference reported, not just the first (as JPMML's testing module reports every
 * conflicting field of every record).
 */
final class JsonCells {
  private final double absolute;
  private final double relative;
  private final List<Mismatch> out = new ArrayList<>();

  private JsonCells(double absolute, double relative) {
    this.absolute = absolute;
    this.relative = relative;
  }

  /** Every mismatch between {@code expected} and {@code actual}, in document order. */
  static List<Mismatch> compare(JsonNode expected, JsonNode actual, double absolute, double relative) {
    JsonCells c = new JsonCells(absolute, relative);
    c.walk("", expected, actual);
    return List.copyOf(c.out);
  }

  private void walk(String path, JsonNode e, JsonNode a) {
    if (e.isObject() && a.isObject()) {
      Set<String> keys = new LinkedHashSet<>(e.propertyNames());
      keys.addAll(a.propertyNames());
      for (String k : keys) {
        String p = path.isEmpty() ? k : path + "." + k;
        if (!a.has(k)) {
          out.add(new Mismatch(p, text(e.get(k)), "(missing)", "missing"));
        } else if (!e.has(k)) {
          out.add(new Mismatch(p, "(missing)", text(a.get(k)), "unexpected"));
        } else {
          walk(p, e.get(k), a.get(k));
        }
      }
    } else if (e.isArray() && a.isArray()) {
      int n = Math.max(e.size(), a.size());
      for (int i = 0; i < n; i++) {
        String p = path + "[" + i + "]";
        if (i >= a.size()) {
          out.add(new Mismatch(p, text(e.get(i)), "(missing)", "missing"));
        } else if (i >= e.size()) {
          out.add(new Mismatch(p, "(missing)", text(a.get(i)), "unexpected"));
        } else {
          walk(p, e.get(i), a.get(i));
        }
      }
    } else if (e.isNumber() && a.isNumber()) {
      number(path, e, a);
    } else if (!e.equals(a)) {
      boolean sameKind = e.getNodeType() == a.getNodeType();
      out.add(new Mismatch(path.isEmpty() ? "$" : path, text(e), text(a), sameKind ? "differs" : "type differs"));
    }
  }

  private void number(String path, JsonNode e, JsonNode a) {
    double x = e.asDouble();
    double y = a.asDouble();
    double allowed = absolute + relative * Math.abs(x);
    if (e.isIntegralNumber() && a.isIntegralNumber()) {
      // exactly: past 2^53 two different integers (int64 ids, counts) can be the same double
      BigInteger diff = e.bigIntegerValue().subtract(a.bigIntegerValue()).abs();
      // a tolerance that is not a number (infinity x 0) accepts no difference, as !(diff <= allowed) below
      if (diff.signum() != 0 && !Double.isInfinite(allowed)
          && (Double.isNaN(allowed) || new BigDecimal(diff).compareTo(new BigDecimal(allowed)) > 0)) {
        out.add(mismatch(path, e, a, "off by " + diff + ", more than the tolerance " + allowed));
      }
      return;
    }
    if (Double.compare(x, y) == 0) {
      return;
    }
    double diff = Math.abs(x - y);
    if (!(diff <= allowed)) {
      out.add(mismatch(path, e, a, "off by " + diff + ", more than the tolerance " + allowed));
    }
  }

  private static Mismatch mismatch(String path, JsonNode e, JsonNode a, String reason) {
    return new Mismatch(path.isEmpty() ? "$" : path, text(e), text(a), reason);
  }

  private static String text(JsonNode n) {
    String s = n.toString();
    return s.length() > 200 ? s.substring(0, 200) + "..." : s;
  }
}
