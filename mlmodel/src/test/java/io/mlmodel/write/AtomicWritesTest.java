package io.mlmodel.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicWritesTest {

  @Test
  void writeFileCreatesAndReplacesWithoutLeavingTemporaryFiles(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("sub/MLmodel");
    AtomicWrites.writeFile(f, "one".getBytes());
    AtomicWrites.writeFile(f, "two".getBytes());
    assertThat(Files.readString(f)).isEqualTo("two");
    assertThat(names(f.getParent())).containsExactly("MLmodel");
  }

  @Test
  void anExistingDirectoryIsRefusedUnlessReplacingIsAsked(@TempDir Path dir) throws Exception {
    Path model = dir.resolve("model");
    AtomicWrites.writeDirectory(model, d -> Files.writeString(d.resolve("MLmodel"), "v1"), WriteOptions.defaults());
    assertThatThrownBy(() -> AtomicWrites.writeDirectory(model, d -> Files.writeString(d.resolve("MLmodel"), "v2"), WriteOptions.defaults()))
        .isInstanceOf(UncheckedIOException.class)
        .hasCauseInstanceOf(FileAlreadyExistsException.class)
        .hasMessage("cannot write the directory " + model.toAbsolutePath() + ": " + model.toAbsolutePath()
            + ": it already exists; set WriteOptions.builder().replaceExisting(true) to replace it");
    assertThat(Files.readString(model.resolve("MLmodel"))).isEqualTo("v1");

    AtomicWrites.writeDirectory(model, d -> Files.writeString(d.resolve("other"), "v2"),
        WriteOptions.builder().replaceExisting(true).build());
    assertThat(names(model)).containsExactly("other");
    assertThat(names(dir)).containsExactly("model");
  }

  @Test
  void aFailingContentLeavesTheOldDirectoryAndNoLeftovers(@TempDir Path dir) throws Exception {
    Path model = dir.resolve("model");
    AtomicWrites.writeDirectory(model, d -> Files.writeString(d.resolve("MLmodel"), "v1"), WriteOptions.defaults());
    assertThatThrownBy(() -> AtomicWrites.writeDirectory(model, d -> {
      Files.writeString(d.resolve("MLmodel"), "half");
      throw new IOException("disk full");
    }, WriteOptions.builder().replaceExisting(true).build()))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageEndingWith(": disk full");
    assertThat(Files.readString(model.resolve("MLmodel"))).isEqualTo("v1");
    assertThat(names(dir)).containsExactly("model");
  }

  @Test
  void recoverPutsBackTheOldDirectoryWhenACrashHitBetweenTheTwoRenames(@TempDir Path dir) throws Exception {
    Path backup = dir.resolve(".model.old");
    Files.createDirectories(backup);
    Files.writeString(backup.resolve("MLmodel"), "old");
    Files.createDirectories(dir.resolve(".model.tmp-123"));
    AtomicWrites.recover(dir.resolve("model"));
    assertThat(Files.readString(dir.resolve("model/MLmodel"))).isEqualTo("old");
    assertThat(names(dir)).containsExactly("model");
  }

  @Test
  void recoverRemovesAStaleBackupWhenTheNewDirectoryIsInPlace(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve(".model.old/sub"));
    Files.createDirectories(dir.resolve("model"));
    Files.writeString(dir.resolve("model/MLmodel"), "new");
    Files.createDirectories(dir.resolve(".other.tmp-1"));
    AtomicWrites.recover(dir.resolve("model"));
    assertThat(names(dir)).containsExactly(".other.tmp-1", "model");
    assertThat(Files.readString(dir.resolve("model/MLmodel"))).isEqualTo("new");
  }

  private static java.util.List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aFileSystemRootIsAnIoErrorNotANullPointerException(@TempDir Path dir) { // regression: all three threw an NPE
    Path root = dir.toAbsolutePath().getRoot();
    String why = root + ": a file system root cannot be written or replaced";
    assertThatThrownBy(() -> AtomicWrites.writeFile(root, "x".getBytes()))
        .isInstanceOf(UncheckedIOException.class).hasMessage("cannot write " + root + ": " + why);
    assertThatThrownBy(() -> AtomicWrites.writeDirectory(root, d -> { }, WriteOptions.builder().replaceExisting(true).build()))
        .isInstanceOf(UncheckedIOException.class).hasMessage("cannot write the directory " + root + ": " + why);
    assertThatThrownBy(() -> AtomicWrites.recover(root))
        .isInstanceOf(UncheckedIOException.class).hasMessage("cannot recover " + root + ": " + why);
  }
}
