package io.mlmodel.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.mlmodel.data.PredictOutput;
import io.mlmodel.data.Tensor;
import io.mlmodel.data.TensorMap;
import io.mlmodel.signature.NumpyDtype;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ONNX models of testdata/onnx (made by testdata/onnx/generate.py) and their expected.json:
 * inputs and the outputs numpy computed for them.
 */
final class OnnxTestModels {
  static final Path DIR = Path.of("testdata", "onnx");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private OnnxTestModels() {}

  static List<String> names() {
    try (Stream<Path> s = Files.list(DIR)) {
      return s.filter(p -> Files.isRegularFile(p.resolve("MLmodel"))).map(p -> p.getFileName().toString()).sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  record Expected(TensorMap inputs, TensorMap outputs) {}

  static Expected expected(String model) {
    JsonNode root = JSON.readTree(DIR.resolve(model).resolve("expected.json").toFile());
    return new Expected(tensors(root.get("inputs")), tensors(root.get("outputs")));
  }

  private static TensorMap tensors(JsonNode node) {
    TensorMap.Builder b = TensorMap.builder();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      b.put(e.getKey(), tensor(e.getValue()));
    }
    return b.build();
  }

  static Tensor tensor(JsonNode t) {
    long[] shape = new long[t.get("shape").size()];
    for (int i = 0; i < shape.length; i++) {
      shape[i] = t.get("shape").get(i).asLong();
    }
    List<JsonNode> flat = new ArrayList<>();
    flatten(t.get("data"), flat);
    int n = flat.size();
    String dtype = t.get("dtype").asString();
    return switch (dtype) {
      case "float16" -> {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
          a[i] = (float) flat.get(i).asDouble();
        }
        yield Tensor.of(NumpyDtype.FLOAT16, a, shape);
      }
      case "float32" -> {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
          a[i] = (float) flat.get(i).asDouble();
        }
        yield Tensor.ofFloats(a, shape);
      }
      case "float64" -> Tensor.ofDoubles(flat.stream().mapToDouble(JsonNode::asDouble).toArray(), shape);
      case "int64" -> Tensor.ofLongs(flat.stream().mapToLong(JsonNode::asLong).toArray(), shape);
      case "int32" -> Tensor.ofInts(flat.stream().mapToInt(JsonNode::asInt).toArray(), shape);
      case "bool" -> {
        boolean[] a = new boolean[n];
        for (int i = 0; i < n; i++) {
          a[i] = flat.get(i).asBoolean();
        }
        yield Tensor.ofBooleans(a, shape);
      }
      case "str" -> Tensor.ofStrings(flat.stream().map(JsonNode::asString).toArray(String[]::new), shape);
      case "object" -> {
        // Here only maps of class to probability (ZipMap), as JSON objects.
        Object[] a = new Object[n];
        for (int i = 0; i < n; i++) {
          Map<String, Double> m = new LinkedHashMap<>();
          flat.get(i).properties().forEach(e -> m.put(e.getKey(), e.getValue().asDouble()));
          a[i] = m;
        }
        yield Tensor.ofObjects(a, shape);
      }
      default -> throw new IllegalArgumentException("dtype " + dtype);
    };
  }

  private static void flatten(JsonNode n, List<JsonNode> out) {
    if (n.isArray()) {
      n.forEach(c -> flatten(c, out));
    } else {
      out.add(n);
    }
  }

  /** Same dtype, same shape, same elements (floats to 1e-6 relative, as float32 rounding allows). */
  static void assertTensor(String name, Tensor actual, Tensor expected) {
    assertThat(actual.dtype()).as(name + " dtype").isEqualTo(expected.dtype());
    assertThat(actual.shape()).as(name + " shape").containsExactly(expected.shape());
    if (expected.dtype() == NumpyDtype.FLOAT16 || expected.dtype() == NumpyDtype.FLOAT32
        || expected.dtype() == NumpyDtype.FLOAT64) {
      for (int i = 0; i < expected.size(); i++) {
        double e = ((Number) expected.getObject(i)).doubleValue();
        double a = ((Number) actual.getObject(i)).doubleValue();
        assertThat(a).as(name + "[" + i + "]").isCloseTo(e, within(1e-6 * Math.max(1, Math.abs(e))));
      }
    } else if (expected.dtype() == NumpyDtype.OBJECT) {
      for (int i = 0; i < expected.size(); i++) {
        Map<?, ?> e = (Map<?, ?>) expected.getObject(i);
        assertThat(actual.getObject(i)).as(name + "[" + i + "]").isInstanceOf(Map.class);
        Map<?, ?> a = (Map<?, ?>) actual.getObject(i);
        assertThat(List.<Object>copyOf(a.keySet())).as(name + "[" + i + "] keys")
            .containsExactlyElementsOf(List.<Object>copyOf(e.keySet()));
        for (Object k : e.keySet()) {
          assertThat(((Number) a.get(k)).doubleValue()).as(name + "[" + i + "][" + k + "]")
              .isCloseTo(((Number) e.get(k)).doubleValue(), within(1e-6));
        }
      }
    } else {
      Object[] a = new Object[actual.size()];
      Object[] e = new Object[expected.size()];
      Arrays.setAll(a, actual::getObject);
      Arrays.setAll(e, expected::getObject);
      assertThat(a).as(name).containsExactly(e);
    }
  }

  /**
   * Checks external_data's answer for {@code x} ({@code rows} × 3): y = x·W + b with W = [[1, -2],
   * [0.5, 0.25], [-1, 4]] and b = [0.5, -0.5], as in generate.py.
   */
  static void assertExternalDataLinear(float[] x, int rows, PredictOutput out) {
    Tensor y = ((TensorMap) out).get("y").orElseThrow();
    assertThat(y.shape()).containsExactly(rows, 2);
    float[] v = y.toFloatArray();
    for (int r = 0; r < rows; r++) {
      float a = x[3 * r];
      float b = x[3 * r + 1];
      float c = x[3 * r + 2];
      assertThat(new float[] {v[2 * r], v[2 * r + 1]}).as("row %d", r)
          .containsExactly(a + 0.5f * b - c + 0.5f, -2 * a + 0.25f * b + 4 * c - 0.5f);
    }
  }
}
