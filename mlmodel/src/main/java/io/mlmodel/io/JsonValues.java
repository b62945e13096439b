package io.mlmodel.io;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Plain values (as the YAML and JSON readers produce them) as Jackson nodes, the one conversion
 * every JSON output of the library uses: timestamps and dates as ISO-8601 strings, binary as base64, keys
 * that are not strings as their text. Non-finite floats become the strings NaN, Infinity and
 * -Infinity, since JSON has no such numbers.
 */
public final class JsonValues {
  /** The node factory all JSON output uses. */
  public static final JsonNodeFactory F = JsonNodeFactory.instance;

  private JsonValues() {}

  /** {@code v} as a JSON node. */
  public static JsonNode toJson(@Nullable Object v) {
    if (v == null) {
      return F.nullNode();
    } else if (v instanceof String s) {
      return F.stringNode(s);
    } else if (v instanceof Boolean b) {
      return F.booleanNode(b);
    } else if (v instanceof Long l) {
      return F.numberNode(l);
    } else if (v instanceof BigInteger b) {
      return F.numberNode(b);
    } else if (v instanceof BigDecimal b) {
      return F.numberNode(b);
    } else if (v instanceof Float f) {
      return f.isNaN() || f.isInfinite() ? toJson(f.doubleValue()) : F.numberNode(f);
    } else if (v instanceof Double d) {
      return d.isNaN() || d.isInfinite() ? F.stringNode(d.isNaN() ? "NaN" : d > 0 ? "Infinity" : "-Infinity") : F.numberNode(d);
    } else if (v instanceof Number n) {
      return F.numberNode(n.longValue());
    } else if (v instanceof TemporalAccessor t) {
      return F.stringNode(t.toString());
    } else if (v instanceof byte[] b) {
      return F.stringNode(Base64.getEncoder().encodeToString(b));
    } else if (v instanceof Map<?, ?> m) {
      ObjectNode o = F.objectNode();
      m.forEach((k, x) -> o.set(String.valueOf(k), toJson(x)));
      return o;
    } else if (v instanceof Collection<?> c) {
      ArrayNode a = F.arrayNode();
      c.forEach(x -> a.add(toJson(x)));
      return a;
    }
    return F.stringNode(String.valueOf(v));
  }
}
