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
 *
 * <p>{@link #typed} is the lossless variant that {@code inspect --json} prints: non-finite floats
 * stay numbers (a writer with {@code WRITE_NAN_AS_STRINGS} off prints them as Python's
 * {@code json.dumps} does: {@code NaN}, {@code Infinity}, {@code -Infinity}), and a mapping with a
 * key that is not a string becomes {@code {"$pairs": [[key, value], ...]}} in document order, each
 * key with its own JSON type, so that {@code true} and {@code 'true'} stay two keys.
 */
public final class JsonValues {
  /** The node factory all JSON output uses. */
  public static final JsonNodeFactory F = JsonNodeFactory.instance;

  private JsonValues() {}

  /**
   * {@code v} as a JSON node, converted as the class comment describes.
   *
   * @param v a value as the YAML and JSON readers produce it: {@code null}, a {@link String},
   *     {@link Boolean}, {@link Number}, {@link TemporalAccessor}, {@code byte[]}, {@link Map} or
   *     {@link Collection} of such values; any other object becomes the string of its {@code
   *     toString()}
   * @return a new node tree: {@code null} as a null node, {@link BigInteger} and {@link
   *     BigDecimal} exactly, other integer types as long numbers, non-finite floats as the strings
   *     {@code NaN}, {@code Infinity} and {@code -Infinity}, a mapping as an object whose keys are
   *     the text of the original keys (when two keys have the same text, the later value is kept)
   */
  public static JsonNode toJson(@Nullable Object v) {
    return convert(v, false);
  }

  /**
   * {@code v} as a JSON node without losing anything a YAML or JSON reader gave: non-finite
   * floats stay (non-finite) numbers and a mapping with any key that is not a string is
   * {@code {"$pairs": [[key, value], ...]}}.
   *
   * @param v a value as the YAML and JSON readers produce it, as for {@link #toJson}
   * @return a new node tree, the same as {@link #toJson} gives except that non-finite floats are
   *     number nodes and every mapping with a key that is not a {@link String}, at any depth, is
   *     an object with the single field {@code $pairs}
   */
  public static JsonNode typed(@Nullable Object v) {
    return convert(v, true);
  }

  private static JsonNode convert(@Nullable Object v, boolean typed) {
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
      return f.isNaN() || f.isInfinite() ? convert(f.doubleValue(), typed) : F.numberNode(f);
    } else if (v instanceof Double d) {
      return !typed && (d.isNaN() || d.isInfinite()) ? F.stringNode(d.isNaN() ? "NaN" : d > 0 ? "Infinity" : "-Infinity") : F.numberNode(d);
    } else if (v instanceof Number n) {
      return F.numberNode(n.longValue());
    } else if (v instanceof TemporalAccessor t) {
      return F.stringNode(t.toString());
    } else if (v instanceof byte[] b) {
      return F.stringNode(Base64.getEncoder().encodeToString(b));
    } else if (v instanceof Map<?, ?> m) {
      if (typed && !m.keySet().stream().allMatch(k -> k instanceof String)) {
        ArrayNode pairs = F.arrayNode();
        m.forEach((k, x) -> pairs.add(F.arrayNode().add(convert(k, true)).add(convert(x, true))));
        return F.objectNode().set("$pairs", pairs);
      }
      ObjectNode o = F.objectNode();
      m.forEach((k, x) -> o.set(String.valueOf(k), convert(x, typed)));
      return o;
    } else if (v instanceof Collection<?> c) {
      ArrayNode a = F.arrayNode();
      c.forEach(x -> a.add(convert(x, typed)));
      return a;
    }
    return F.stringNode(String.valueOf(v));
  }
}
