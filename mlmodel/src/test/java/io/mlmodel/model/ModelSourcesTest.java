package io.mlmodel.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmodel.MLModels;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A model reads the same from a folder, a zip file system, the class path and a stream. */
class ModelSourcesTest {
  private static final Path FOLDER = Path.of("testdata", "models", "mlflow2_custom_pyfunc");

  private static Path zipOf(Path dir, String prefix) throws IOException {
    Path zip = dir.resolve("models.jar");
    try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry(prefix + "MLmodel"));
      z.write(Files.readAllBytes(FOLDER.resolve("MLmodel")));
      z.closeEntry();
    }
    return zip;
  }

  @Test
  void insideAZipFileSystem(@TempDir Path dir) throws IOException {
    Path zip = zipOf(dir, "model/");
    try (FileSystem fs = FileSystems.newFileSystem(zip)) {
      MLModel model = MLModels.read(fs.getPath("/model"));
      assertThat(model).isEqualTo(MLModels.read(FOLDER));
      assertThat(model.directory().orElseThrow().getFileSystem()).isSameAs(fs);
    }
  }

  @Test
  void fromTheClassPathInsideAJar(@TempDir Path dir) throws IOException {
    Path jar = zipOf(dir, "fixtures/chat/");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      MLModel model = MLModels.readResource("/fixtures/chat/", loader);
      assertThat(model).isEqualTo(MLModels.read(FOLDER));
    } finally {
      try {
        FileSystems.getFileSystem(URI.create("jar:" + jar.toUri())).close();
      } catch (RuntimeException ignored) {
        // not opened
      }
    }
  }

  @Test
  void fromTheClassPathInAFolder(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("m"));
    Files.copy(FOLDER.resolve("MLmodel"), dir.resolve("m/MLmodel"));
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
      assertThat(MLModels.readResource("m", loader).directory()).contains(dir.resolve("m"));
    }
  }

  @Test
  void fromAStreamWithABaseFolder() throws IOException {
    try (InputStream in = Files.newInputStream(FOLDER.resolve("MLmodel"))) {
      MLModel model = MLModels.read(in, Path.of("/srv/model"));
      assertThat(model.directory()).contains(Path.of("/srv/model"));
      assertThat(model.toMap()).isEqualTo(MLModels.read(FOLDER).toMap());
    }
  }

  @Test
  void unknownKeysSurviveToBuilder() {
    MLModel model = MLModels.read(FOLDER);
    MLModel copy = model.toBuilder().put("extra", Map.of("a", 1L)).build();
    assertThat(copy.unknownKeys()).containsKeys("team_owner", "extra");
    assertThat(copy.toMap().keySet()).startsWith(model.toMap().keySet().toArray(new String[0]));
  }
}
