package io.mlmodel.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResourcesTest {
  @Test
  void namesDropTheFoldersSlashes() {
    assertThat(Resources.name("/models/iris/", "MLmodel")).isEqualTo("models/iris/MLmodel");
  }

  /** Regression: an empty folder gave "/MLmodel", which no class loader finds. */
  @Test
  void aModelAtTheClassPathRootIsFound(@TempDir Path root) throws IOException {
    Files.writeString(root.resolve("MLmodel"), "flavors: {}\n");
    assertThat(Resources.name("", "MLmodel")).isEqualTo("MLmodel");
    assertThat(Resources.name("/", "MLmodel")).isEqualTo("MLmodel");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
      Path found = Resources.folder("", "MLmodel", loader).orElseThrow();
      assertThat(found.toRealPath()).isEqualTo(root.toRealPath());
      assertThat(Resources.folder("/", "MLmodel", loader)).isPresent();
    }
  }
}
