package io.mlmodel.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a JVM that is rewriting a file and a model directory, 30 times at random moments, and
 * finds each target whole every time: one complete version, never a mix or a truncated file.
 */
class AtomicWritesCrashTest {
  private static final int RUNS = 30;

  @Test
  void aKilledWriterLeavesEitherTheOldOrTheNewVersionWhole(@TempDir Path root) throws Exception {
    AtomicWrites.writeFile(root.resolve("file.bin"), AtomicWriteChild.content(0, AtomicWriteChild.FILE_SIZE));
    AtomicWrites.writeDirectory(root.resolve("model"), dir -> AtomicWriteChild.writeVersion(dir, 0), WriteOptions.defaults());
    Random random = new Random(7);
    long next = 0;
    for (int run = 0; run < RUNS; run++) {
      Process child = new ProcessBuilder(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", System.getProperty("java.class.path"),
          AtomicWriteChild.class.getName(), root.toString(), Long.toString(next))
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
      try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.US_ASCII))) {
        assertThat(out.readLine()).as("run " + run + ": the child started writing").isEqualTo("started");
        Thread.sleep(random.nextInt(120));
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      }
      long file = AtomicWriteChild.versionOf(Files.readAllBytes(root.resolve("file.bin")), AtomicWriteChild.FILE_SIZE);
      assertThat(file).as("run " + run + ": file.bin is one whole version").isGreaterThan(next);
      AtomicWrites.recover(root.resolve("model"));
      long dir = wholeDirectoryVersion(root.resolve("model"));
      assertThat(dir).as("run " + run + ": the model directory is one whole version").isGreaterThanOrEqualTo(next);
      assertThat(dir).as("run " + run + ": old or new, nothing older").isBetween(file - 1, file);
      next = file + 1000;
    }
    try (Stream<Path> left = Files.list(root)) {
      assertThat(left.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")))
          .containsExactlyInAnyOrder("file.bin", "model");
    }
  }

  private static long wholeDirectoryVersion(Path dir) throws Exception {
    try (Stream<Path> s = Files.walk(dir)) {
      List<String> files = s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
      assertThat(files).containsExactly("MLmodel", "a.bin", "sub/c.bin");
    }
    long a = AtomicWriteChild.versionOf(Files.readAllBytes(dir.resolve("a.bin")), 300_000);
    long m = AtomicWriteChild.versionOf(Files.readAllBytes(dir.resolve("MLmodel")), 1_000);
    long c = AtomicWriteChild.versionOf(Files.readAllBytes(dir.resolve("sub/c.bin")), 500_000);
    assertThat(a).isNotNegative();
    assertThat(List.of(m, c)).containsOnly(a);
    return a;
  }
}
