package io.mlmodel.signature;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmodel.Location;
import io.mlmodel.ModelException;
import io.mlmodel.ReadOptions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every value of some rich signatures replaced, in turn, by every kind of JSON value: each result
 * either reads or fails with a located {@link ModelException}, never another exception.
 */
class SignatureRobustnessTest {
  static final Location AT = Location.UNKNOWN.withKeyPath("signature.inputs");

  static final String COLUMNS = "[{\"type\": \"string\", \"name\": \"text\", \"required\": true}, "
      + "{\"type\": \"array\", \"items\": {\"type\": \"array\", \"items\": {\"type\": \"double\"}}, \"name\": \"scores\", \"required\": true}, "
      + "{\"type\": \"object\", \"properties\": {\"count\": {\"type\": \"long\", \"required\": true}, "
      + "\"flags\": {\"type\": \"array\", \"items\": {\"type\": \"boolean\"}, \"required\": false}}, \"name\": \"meta\", \"required\": true}, "
      + "{\"type\": \"map\", \"values\": {\"type\": \"any\"}, \"name\": \"weights\", \"required\": false}]";
  static final String TENSORS = "[{\"name\": \"image\", \"type\": \"tensor\", \"tensor-spec\": {\"dtype\": \"float32\", \"shape\": [-1, 28, 28]}}, "
      + "{\"name\": \"mask\", \"type\": \"tensor\", \"tensor-spec\": {\"dtype\": \"bool\", \"shape\": [-1]}}]";
  static final String PARAMS = "[{\"name\": \"t\", \"type\": \"double\", \"default\": 0.7, \"shape\": null}, "
      + "{\"name\": \"stop\", \"type\": \"string\", \"default\": [\"a\", null], \"shape\": [-1]}, "
      + "{\"name\": \"when\", \"type\": \"datetime\", \"default\": \"2024-01-02T03:04:05\", \"shape\": null}, "
      + "{\"name\": \"cfg\", \"default\": {\"k\": 1}, \"shape\": null, \"type\": \"object\", \"properties\": {\"k\": {\"type\": \"long\", \"required\": true}}}]";
  static final List<Object> REPLACEMENTS = Arrays.asList(null, true, 0L, -1L, 1.5, "x", "tensor", "object", "array",
      "map", "double", List.of(), Map.of(), List.of(-1L), Map.of("type", "x"), Map.of("type", "array"));

  @Test
  void schemasNeverFailWithAnUntypedException() {
    int[] counts = mutateAll(COLUMNS, json -> SignatureParser.parseSchema(json, AT));
    assertThat(counts[0]).isPositive();
    assertThat(counts[1]).isPositive();
    counts = mutateAll(TENSORS, json -> SignatureParser.parseSchema(json, AT));
    assertThat(counts[1]).isPositive();
  }

  @Test
  void paramsNeverFailWithAnUntypedException() {
    int[] counts = mutateAll(PARAMS, json -> SignatureParser.parseParams(json, AT));
    assertThat(counts[0]).isPositive();
    assertThat(counts[1]).isPositive();
  }

  /** Returns {reads, typed failures}; any other throwable fails the test. */
  private static int[] mutateAll(String json, Function<String, Object> read) {
    Object root = JsonTree.parse(json, AT, ReadOptions.defaults());
    List<List<Object>> paths = new ArrayList<>();
    collect(root, new ArrayList<>(), paths);
    int[] counts = new int[2];
    for (List<Object> path : paths) {
      for (Object replacement : REPLACEMENTS) {
        String mutated = PyJson.write(replace(root, path, 0, replacement));
        try {
          Object result = read.apply(mutated);
          assertThat(result).isNotNull();
          // what reads must also write and read back to the same thing
          String again = result instanceof Schema s ? s.toJson() : ((ParamSchema) result).toJson();
          assertThat(read.apply(again)).as(mutated).isEqualTo(result);
          counts[0]++;
        } catch (ModelException e) {
          assertThat(e.location().keyPath()).as(mutated).startsWith("signature.inputs");
          assertThat(e.code()).isIn("bad-signature", "unknown-type", "bad-dtype");
          counts[1]++;
        }
      }
    }
    return counts;
  }

  private static void collect(Object node, List<Object> path, List<List<Object>> out) {
    if (!path.isEmpty()) {
      out.add(List.copyOf(path));
    }
    if (node instanceof List<?> l) {
      for (int i = 0; i < l.size(); i++) {
        path.add(i);
        collect(l.get(i), path, out);
        path.remove(path.size() - 1);
      }
    } else if (node instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : m.entrySet()) {
        path.add(e.getKey());
        collect(e.getValue(), path, out);
        path.remove(path.size() - 1);
      }
    }
  }

  private static Object replace(Object node, List<Object> path, int depth, Object replacement) {
    if (depth == path.size()) {
      return replacement;
    }
    Object key = path.get(depth);
    if (node instanceof List<?> l) {
      List<Object> copy = new ArrayList<>(l);
      copy.set((Integer) key, replace(l.get((Integer) key), path, depth + 1, replacement));
      return copy;
    }
    Map<Object, Object> copy = new LinkedHashMap<>((Map<?, ?>) node);
    copy.put(key, replace(((Map<?, ?>) node).get(key), path, depth + 1, replacement));
    return copy;
  }
}
