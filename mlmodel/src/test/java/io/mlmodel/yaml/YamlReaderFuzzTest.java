package io.mlmodel.yaml;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.mlmodel.Fuzzing;
import io.mlmodel.ReadOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Fuzzes the YAML layer: any bytes either parse, or fail with one of our exceptions; and every
 * key path of a parsed document can be located. Regression inputs live in
 * src/test/resources/io/mlmodel/yaml/YamlReaderFuzzTestInputs/parse; docs/hardening.md has the
 * command that fuzzes for real.
 */
class YamlReaderFuzzTest {
  private static final Path FILE = Path.of("fuzz", "MLmodel");
  /** Small limits, so that the fuzzer reaches them cheaply instead of timing out below them. */
  private static final ReadOptions SMALL = ReadOptions.builder()
      .maxBytes(64 << 10).maxCodePoints(64 << 10).maxNodes(20_000).maxDepth(40).build();

  @FuzzTest(maxDuration = "3m")
  void parse(byte[] input) {
    YamlDocument doc = Fuzzing.expectOwnErrors(() -> YamlReader.parse(input, FILE, SMALL));
    if (doc != null) {
      locateAll(doc, doc.root(), KeyPath.ROOT, 0);
    }
  }

  private static void locateAll(YamlDocument doc, Object value, KeyPath path, int depth) {
    if (depth > 8) {
      return;
    }
    if (doc.locate(path) == null) {
      throw new AssertionError("no location for " + path);
    }
    if (value instanceof Map<?, ?> m) {
      int n = 0;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (n++ > 20) {
          break;
        }
        if (e.getKey() != null) {
          doc.locateKey(path.child(e.getKey()));
          locateAll(doc, e.getValue(), path.child(e.getKey()), depth + 1);
        }
      }
    } else if (value instanceof List<?> l) {
      for (int i = 0; i < l.size() && i < 20; i++) {
        locateAll(doc, l.get(i), path.index(i), depth + 1);
      }
    }
  }
}
