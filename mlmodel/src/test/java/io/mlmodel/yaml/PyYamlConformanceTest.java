package io.mlmodel.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmodel.ReadOptions;
import io.mlmodel.testsupport.SharedData;
import java.math.BigInteger;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Every real MLmodel types, value for value and type for type, as PyYAML's safe_load types it. */
class PyYamlConformanceTest {
  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  static List<SharedData.Case> models() {
    return SharedData.allModels();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void typedTreeEqualsPyYaml(SharedData.Case c) throws Exception {
    JsonNode expected = JSON.readTree(Files.readString(c.expected().resolve("pyyaml.json")));
    YamlDocument doc = YamlReader.read(c.model().resolve("MLmodel"), ReadOptions.defaults());
    JsonNode actual = encode(doc.root());
    assertThat(normalizeFloats(actual)).isEqualTo(normalizeFloats(expected));
  }

  /** The encoding of expected/README.md. */
  static JsonNode encode(Object v) {
    if (v == null) {
      return F.nullNode();
    } else if (v instanceof String s) {
      return F.stringNode(s);
    } else if (v instanceof Boolean b) {
      return F.objectNode().put("$bool", b);
    } else if (v instanceof Long || v instanceof BigInteger) {
      return F.objectNode().put("$int", v.toString());
    } else if (v instanceof Double d) {
      return F.objectNode().put("$float", d.isNaN() ? "nan" : d.isInfinite() ? (d > 0 ? "inf" : "-inf") : String.valueOf(d));
    } else if (v instanceof LocalDateTime t) {
      return F.objectNode().put("$timestamp", iso(t.toString(), t.getSecond(), t.getNano()));
    } else if (v instanceof OffsetDateTime t) {
      return F.objectNode().put("$timestamp", iso(t.toLocalDateTime().toString(), t.getSecond(), t.getNano()) + t.getOffset().toString().replace("Z", "+00:00"));
    } else if (v instanceof LocalDate d) {
      return F.objectNode().put("$date", d.toString());
    } else if (v instanceof byte[] b) {
      return F.objectNode().put("$binary", Base64.getEncoder().encodeToString(b));
    } else if (v instanceof List<?> l) {
      ArrayNode a = F.arrayNode();
      l.forEach(x -> a.add(encode(x)));
      return a;
    } else if (v instanceof Map<?, ?> m) {
      if (m.keySet().stream().allMatch(k -> k instanceof String)) {
        ObjectNode o = F.objectNode();
        m.forEach((k, x) -> o.set((String) k, encode(x)));
        return o;
      }
      ArrayNode pairs = F.arrayNode();
      m.forEach((k, x) -> pairs.add(F.arrayNode().add(encode(k)).add(encode(x))));
      return F.objectNode().set("$map", pairs);
    }
    throw new AssertionError("unexpected value type " + v.getClass());
  }

  /** Python's isoformat: seconds always, microseconds only when not zero. */
  private static String iso(String javaIso, int second, int nano) {
    String base = javaIso.length() == 16 ? javaIso + ":00" : javaIso;
    if (nano == 0) {
      return base.substring(0, 19);
    }
    return base.substring(0, 19) + "." + String.format("%06d", nano / 1000);
  }

  /** Python and Java print some floats differently; compare them by value. */
  private static JsonNode normalizeFloats(JsonNode n) {
    if (n.isObject()) {
      ObjectNode o = F.objectNode();
      for (Map.Entry<String, JsonNode> e : n.properties()) {
        if (e.getKey().equals("$float")) {
          String s = e.getValue().asString();
          double d = s.equals("nan") ? Double.NaN : s.equals("inf") ? Double.POSITIVE_INFINITY : s.equals("-inf") ? Double.NEGATIVE_INFINITY : Double.parseDouble(s);
          o.put("$float", Double.toString(d));
        } else {
          o.set(e.getKey(), normalizeFloats(e.getValue()));
        }
      }
      return o;
    } else if (n.isArray()) {
      ArrayNode a = F.arrayNode();
      n.forEach(x -> a.add(normalizeFloats(x)));
      return a;
    }
    return n;
  }
}
