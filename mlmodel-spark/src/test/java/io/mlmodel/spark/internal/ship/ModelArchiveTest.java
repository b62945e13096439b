package io.mlmodel.spark.internal.ship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmodel.ModelException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packing of a model folder for the executors: what it holds, and what it refuses. No Spark. */
class ModelArchiveTest {

  static Path model(Path dir) throws IOException {
    Path m = Files.createDirectories(dir.resolve("model"));
    Files.writeString(m.resolve("MLmodel"), "flavors: {}\n");
    Files.createDirectories(m.resolve("data"));
    Files.writeString(m.resolve("data/weights.bin"), "w");
    return m;
  }

  static List<String> entries(byte[] zip) throws IOException {
    List<String> names = new ArrayList<>();
    try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
        names.add(e.getName() + "=" + new String(z.readAllBytes()));
      }
    }
    return names;
  }

  @Test
  void packsTheFilesInPathOrderWithLinksThatStayInside(@TempDir Path dir) throws IOException {
    Path m = model(dir);
    Files.createSymbolicLink(m.resolve("alias.bin"), m.resolve("data/weights.bin"));
    Files.createSymbolicLink(m.resolve("gone"), m.resolve("nothing-here"));

    assertThat(entries(ModelArchive.zip(m))).containsExactly("MLmodel=flavors: {}\n", "alias.bin=w", "data/weights.bin=w");
  }

  /** Regression: a link to a file outside the folder was read and shipped to every executor. */
  @Test
  void aLinkToAFileOutsideTheFolderIsRefusedNotShipped(@TempDir Path dir) throws IOException {
    Path m = model(dir);
    Path secret = Files.writeString(dir.resolve("secret.txt"), "s3cret");
    Files.createSymbolicLink(m.resolve("data/leak"), secret);

    assertThatThrownBy(() -> ModelArchive.zip(m))
        .isInstanceOfSatisfying(ModelException.class, e -> assertThat(e.code()).isEqualTo("path-escape"))
        .hasMessage(m.resolve("data/leak") + ": 'data/leak' leads outside the model directory through a symbolic"
            + " link (to " + secret.toRealPath() + "); the model folder is shipped to the executors whole, so it"
            + " may hold no link to a file outside it");
  }

  /** Regression: a folder gone between build() and the first transform was an UncheckedIOException. */
  @Test
  void aFolderGoneBeforeThePackingIsAModelErrorNamingIt(@TempDir Path dir) {
    Path gone = dir.resolve("removed-model");

    assertThatThrownBy(() -> ModelArchive.zip(gone))
        .isInstanceOfSatisfying(ModelException.class, e -> assertThat(e.code()).isEqualTo("missing-file"))
        .hasMessage(gone + ": the file no longer exists: the model folder is packed for the executors at the first"
            + " transform or udf, after the model was read; keep it in place until then");
  }
}
