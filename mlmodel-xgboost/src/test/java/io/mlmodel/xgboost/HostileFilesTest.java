package io.mlmodel.xgboost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmodel.ModelException;
import io.mlmodel.predict.Predictor;
import io.mlmodel.predict.Predictors;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Model files whose structure XGBoost's own readers cannot survive, refused before XGBoost reads
 * them; and every fixture format still loads.
 */
class HostileFilesTest {
  @TempDir
  Path tmp;

  /** A copy of the fixture folder with its model file replaced by {@code content}. */
  Path folder(String fixture, String name, byte[] content) throws IOException {
    Path dir = Files.createTempDirectory(tmp, "m");
    try (Stream<Path> s = Files.list(Fixtures.dir(fixture))) {
      for (Path f : s.toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    Files.write(dir.resolve(name), content);
    return dir;
  }

  /** Regression: 200,000 nested brackets overflowed XGBoost's recursive JSON reader's stack (SIGSEGV). */
  @Test
  void deeplyNestedJsonIsRefusedBeforeXgboostOverflowsItsStack() throws IOException {
    String json = "{\"learner\": " + "[".repeat(200_000) + "]".repeat(200_000) + "}";
    Path dir = folder("booster_nonames_json", "model.json", json.getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> Predictors.load(dir)).isInstanceOf(ModelException.class)
        .hasMessageContaining("flavors.xgboost.data: model.json:1:76: nested deeper than 64 levels, which no XGBoost"
            + " model is (XGBoost's reader would overflow its stack)");
  }

  /** Regression: the same in UBJSON crashed XGBoost's UBJSON reader (SIGSEGV). */
  @Test
  void deeplyNestedUbjsonIsRefusedBeforeXgboostOverflowsItsStack() throws IOException {
    ByteArrayOutputStream ubj = new ByteArrayOutputStream();
    ubj.write('{');
    ubj.write('L');
    ubj.writeBytes(ByteBuffer.allocate(8).putLong(7).array());
    ubj.writeBytes("learner".getBytes(StandardCharsets.US_ASCII));
    ubj.writeBytes("[".repeat(200_000).getBytes(StandardCharsets.US_ASCII));
    Path dir = folder("binary_ubj", "model.ubj", ubj.toByteArray());
    assertThatThrownBy(() -> Predictors.load(dir)).isInstanceOf(ModelException.class)
        .hasMessageContaining("flavors.xgboost.data: model.ubj at byte 81: nested deeper than 64 levels");
  }

  /**
   * Regression: a typed array declaring 2^31 doubles in an 11 KB file made XGBoost allocate (and
   * zero) 16 GB before finding the file too short: measured before the fix, 6.3 GB resident and
   * still growing when stopped after 30 s. Not run without the fix here, for the machine's sake.
   */
  @Test
  void aUbjsonCountLargerThanTheFileIsRefusedBeforeXgboostAllocatesIt() throws IOException {
    byte[] model = Files.readAllBytes(Fixtures.dir("binary_ubj").resolve("model.ubj"));
    int at = indexOf(model, "[$d#L".getBytes(StandardCharsets.US_ASCII));
    ByteBuffer.wrap(model, at + 5, 8).putLong(1L << 31);
    Path dir = folder("binary_ubj", "model.ubj", model);
    assertThatThrownBy(() -> Predictors.load(dir)).isInstanceOf(ModelException.class)
        .hasMessageContaining("flavors.xgboost.data: model.ubj at byte " + (at + 13) + ": a container declaring"
            + " 2147483648 values, more than the " + (model.length - at - 13) + " bytes left hold");
    byte[] cut = java.util.Arrays.copyOf(Files.readAllBytes(Fixtures.dir("binary_ubj").resolve("model.ubj")), at + 20);
    assertThatThrownBy(() -> Predictors.load(folder("binary_ubj", "model.ubj", cut)))
        .isInstanceOf(ModelException.class).hasMessageContaining("more than the 7 bytes left hold");
  }

  /**
   * Regression: XGBoost's legacy reader resizes a tree's node vector to the count the file
   * declares before reading the nodes, and a string to its declared length: 500 million nodes
   * (18 GB) or a 16 GB objective name in a 6 KB file. Not run without the scan, for the shared
   * machine's sake.
   */
  @Test
  void legacyCountsLargerThanTheFileAreRefusedBeforeXgboostAllocatesThem() throws IOException {
    byte[] model = Files.readAllBytes(Fixtures.dir("binary_xgb").resolve("model.xgb"));
    // binf, 136 bytes of learner parameters, "binary:logistic" and "gbtree" with their lengths,
    // 160 bytes of gbtree parameters: the first tree's parameters, num_nodes their second int
    int tree = 4 + 136 + 8 + 15 + 8 + 6 + 160;
    byte[] nodes = model.clone();
    ByteBuffer.wrap(nodes).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(tree + 4, 500_000_000);
    int left = model.length - tree - 148;
    assertThatThrownBy(() -> Predictors.load(folder("binary_xgb", "model.xgb", nodes)))
        .isInstanceOf(ModelException.class).hasMessageContaining("flavors.xgboost.data: model.xgb at byte "
            + (tree + 4) + ": tree 0 declares 500000000 nodes; the " + left + " bytes left hold " + left / 36
            + " (36 bytes a node)");
    byte[] name = model.clone();
    ByteBuffer.wrap(name).order(java.nio.ByteOrder.LITTLE_ENDIAN).putLong(140, 1L << 34);
    assertThatThrownBy(() -> Predictors.load(folder("binary_xgb", "model.xgb", name)))
        .isInstanceOf(ModelException.class).hasMessageContaining("model.xgb at byte 140: 17179869184 bytes of the"
            + " objective's name declared; the " + (model.length - 148) + " bytes left hold at most");
  }

  @Test
  void everyFixtureFormatPassesTheScan() {
    for (String name : Fixtures.names()) {
      try (Predictor p = Predictors.load(Fixtures.dir(name))) {
        assertThat(p).isInstanceOf(XgboostPredictor.class);
      }
    }
  }

  static int indexOf(byte[] hay, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= hay.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("not found");
  }
}
