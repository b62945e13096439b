package io.mlmodel.write;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs real PyYAML ({@code yaml.safe_dump(tree, default_flow_style=False)}) over a batch of trees
 * in one python3 process (src/test/resources/io/mlmodel/write/pyyaml_dump.py). Skips the calling
 * test when python3 or PyYAML is missing.
 */
final class PyYamlProcess {
  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private PyYamlProcess() {}

  static void assumeAvailable() {
    boolean ok;
    try {
      Process p = new ProcessBuilder("python3", "-c", "import yaml; assert yaml.__version__.startswith('6.')")
          .redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      ok = p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      ok = false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      ok = false;
    }
    assumeTrue(ok, "python3 with PyYAML 6 is not available");
  }

  /** PyYAML's output for each tree, in order. */
  static List<String> dump(List<Object> trees, boolean sortKeys) throws Exception {
    assumeAvailable();
    Path script = Path.of(PyYamlProcess.class.getResource("pyyaml_dump.py").toURI());
    Path in = Files.createTempFile("pyyaml-in", ".jsonl");
    Path err = Files.createTempFile("pyyaml-err", ".txt");
    try {
      StringBuilder lines = new StringBuilder();
      for (Object tree : trees) {
        ObjectNode request = F.objectNode();
        request.put("sort", sortKeys);
        request.set("tree", encode(tree));
        lines.append(JSON.writeValueAsString(request)).append('\n');
      }
      Files.writeString(in, lines, StandardCharsets.UTF_8);
      Process p = new ProcessBuilder("python3", script.toString())
          .redirectInput(in.toFile()).redirectError(err.toFile()).start();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new AssertionError("python3 failed: " + Files.readString(err));
      }
      List<String> results = new ArrayList<>();
      for (String line : new String(out, StandardCharsets.UTF_8).split("\n")) {
        JsonNode node = JSON.readTree(line);
        if (!node.isString()) {
          throw new AssertionError("PyYAML failed on tree " + results.size() + ": " + node + "\n" + encode(trees.get(results.size())));
        }
        results.add(node.asString());
      }
      return results;
    } finally {
      Files.deleteIfExists(in);
      Files.deleteIfExists(err);
    }
  }

  /** The tree in the script's JSON encoding; collections met twice become $shared/$ref. */
  static JsonNode encode(Object tree) {
    Map<Object, Integer> counts = new IdentityHashMap<>();
    count(tree, counts);
    return encode(tree, counts, new IdentityHashMap<>());
  }

  private static void count(Object v, Map<Object, Integer> counts) {
    if (v instanceof List<?> || v instanceof Map<?, ?>) {
      if (counts.merge(v, 1, Integer::sum) > 1) {
        return;
      }
      if (v instanceof List<?> l) {
        l.forEach(x -> count(x, counts));
      } else {
        ((Map<?, ?>) v).values().forEach(x -> count(x, counts));
      }
    }
  }

  private static JsonNode encode(Object v, Map<Object, Integer> counts, Map<Object, Integer> ids) {
    if (v == null) {
      return F.nullNode();
    } else if (v instanceof String s) {
      return F.stringNode(s);
    } else if (v instanceof Boolean b) {
      return F.objectNode().put("$bool", b);
    } else if (v instanceof Long || v instanceof BigInteger) {
      return F.objectNode().put("$int", v.toString());
    } else if (v instanceof Double d) {
      return F.objectNode().put("$float", Double.toHexString(d));
    } else if (v instanceof LocalDate d) {
      return F.objectNode().put("$date", d.toString());
    } else if (v instanceof LocalDateTime || v instanceof OffsetDateTime) {
      return F.objectNode().put("$datetime", v.toString());
    } else if (v instanceof byte[] b) {
      return F.objectNode().put("$binary", Base64.getEncoder().encodeToString(b));
    } else if (v instanceof Set<?> s) {
      ArrayNode items = F.arrayNode();
      s.forEach(x -> items.add(encode(x, counts, ids)));
      return F.objectNode().set("$set", items);
    }
    if (counts.getOrDefault(v, 1) > 1) {
      Integer id = ids.get(v);
      if (id != null) {
        return F.objectNode().put("$ref", id);
      }
      ids.put(v, ids.size() + 1);
      ObjectNode shared = F.objectNode().put("$shared", ids.size());
      shared.set("v", encodeCollection(v, counts, ids));
      return shared;
    }
    return encodeCollection(v, counts, ids);
  }

  private static JsonNode encodeCollection(Object v, Map<Object, Integer> counts, Map<Object, Integer> ids) {
    if (v instanceof List<?> l) {
      ArrayNode items = F.arrayNode();
      l.forEach(x -> items.add(encode(x, counts, ids)));
      return items;
    }
    ArrayNode pairs = F.arrayNode();
    for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
      pairs.add(F.arrayNode().add(encode(e.getKey(), counts, ids)).add(encode(e.getValue(), counts, ids)));
    }
    return F.objectNode().set("$map", pairs);
  }
}
