package io.mlmodel.spark.internal.ship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmodel.data.ColumnTable;
import io.mlmodel.predict.Predictor;
import io.mlmodel.spark.LocalSpark;
import io.mlmodel.spark.ScoringPlugin;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The executor side without Spark: one load per archive, closed by the plugin's shutdown. */
class PredictorCacheTest {

  @Test
  void loadsAnArchiveOnceAndTheExecutorPluginClosesIt() {
    byte[] zip = ModelArchive.zip(LocalSpark.testdata("onnx/columns_multi_input"));
    String key = ModelArchive.key(zip);
    // an earlier test class of this JVM may have loaded the same model (the shared session's executor
    // runs in this JVM): start from an empty cache, as an executor that stopped does
    PredictorCache.closeAll();
    int before = PredictorCache.loads();

    Predictor first = PredictorCache.get(key, () -> zip);
    Predictor second = PredictorCache.get(key, () -> {
      throw new AssertionError("unpacked twice");
    });

    assertThat(second).isSameAs(first);
    assertThat(PredictorCache.loads() - before).isEqualTo(1);
    new ScoringPlugin().executorPlugin().shutdown();
    assertThat(PredictorCache.size()).isZero();
    assertThatThrownBy(() -> first.predict(io.mlmodel.data.ColumnTable.empty(0)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theSameFolderAlwaysGivesTheSameArchive(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("MLmodel"), "flavors: {}\n");
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/data.txt"), "x");

    byte[] zip = ModelArchive.zip(dir);
    Path out = dir.resolveSibling(dir.getFileName() + "-out");
    ModelArchive.unzip(zip, out);

    assertThat(ModelArchive.key(ModelArchive.zip(dir))).isEqualTo(ModelArchive.key(zip));
    assertThat(Files.readString(out.resolve("sub/data.txt"))).isEqualTo("x");
    assertThat(Files.readString(out.resolve("MLmodel"))).isEqualTo("flavors: {}\n");
    ModelArchive.delete(out);
    assertThat(out).doesNotExist();
  }
}
