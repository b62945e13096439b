package io.mlmodel.oracle;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Our YAML reader's tree in the driver's typed encoding (testdata/oracle/driver.py). */
final class TypedTree {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private TypedTree() {}

  static JsonNode of(Object v) {
    if (v == null) {
      return F.nullNode();
    } else if (v instanceof String s) {
      return F.stringNode(s);
    } else if (v instanceof Boolean b) {
      return F.objectNode().put("$bool", b);
    } else if (v instanceof Long || v instanceof Integer || v instanceof BigInteger) {
      return F.objectNode().put("$int", v.toString());
    } else if (v instanceof Double d) {
      return F.objectNode().put("$float", d.isNaN() ? "nan" : d.isInfinite() ? (d > 0 ? "inf" : "-inf")
          : Long.toString(Double.doubleToLongBits(d)));
    } else if (v instanceof LocalDate d) {
      return F.objectNode().put("$date", d.toString());
    } else if (v instanceof LocalDateTime t) {
      return F.objectNode().put("$datetime", iso(t));
    } else if (v instanceof OffsetDateTime t) {
      String off = t.getOffset().getTotalSeconds() == 0 ? "+00:00" : t.getOffset().getId();
      return F.objectNode().put("$datetime", iso(t.toLocalDateTime()) + off);
    } else if (v instanceof byte[] b) {
      return F.objectNode().put("$binary", Base64.getEncoder().encodeToString(b));
    } else if (v instanceof Set<?> s) {
      List<JsonNode> items = s.stream().map(TypedTree::of).sorted(Comparator.comparing(JsonNode::toString)).toList();
      ArrayNode a = F.arrayNode();
      items.forEach(a::add);
      return F.objectNode().set("$set", a);
    } else if (v instanceof Collection<?> c) {
      ArrayNode a = F.arrayNode();
      c.forEach(x -> a.add(of(x)));
      return a;
    } else if (v instanceof Map<?, ?> m) {
      ArrayNode pairs = F.arrayNode();
      m.forEach((k, x) -> pairs.add(F.arrayNode().add(of(k)).add(of(x))));
      ObjectNode o = F.objectNode();
      return o.set("$map", pairs);
    }
    return F.stringNode("<" + v.getClass().getName() + ">");
  }

  /** Python's {@code datetime.isoformat()}. */
  static String iso(LocalDateTime t) {
    String base = String.format("%04d-%02d-%02dT%02d:%02d:%02d", t.getYear(), t.getMonthValue(), t.getDayOfMonth(),
        t.getHour(), t.getMinute(), t.getSecond());
    return t.getNano() == 0 ? base : base + String.format(".%06d", t.getNano() / 1000);
  }
}
