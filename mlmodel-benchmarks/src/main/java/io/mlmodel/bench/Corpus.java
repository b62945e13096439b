package io.mlmodel.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The shared corpus of real MLmodel files (../shared, or -Dmlmodel.shared=DIR), held in memory. */
final class Corpus {
  /** The number of models the corpus holds; the per-file benchmarks divide by it. */
  static final int SIZE = 220;

  private Corpus() {}

  static Path root() {
    Path root = Path.of(System.getProperty("mlmodel.shared", "../shared")).toAbsolutePath().normalize();
    if (!Files.isDirectory(root.resolve("corpus/models"))) {
      throw new IllegalStateException("no corpus at " + root + "; run from the project folder or set -Dmlmodel.shared");
    }
    return root;
  }

  /** Every corpus model folder, sorted. */
  static List<Path> models() {
    try (Stream<Path> s = Files.list(root().resolve("corpus/models"))) {
      List<Path> dirs = s.filter(p -> Files.isRegularFile(p.resolve("MLmodel"))).sorted().toList();
      if (dirs.size() != SIZE) {
        throw new IllegalStateException("expected " + SIZE + " corpus models, found " + dirs.size());
      }
      return dirs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] bytes(Path dir) {
    try {
      return Files.readAllBytes(dir.resolve("MLmodel"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The model whose MLmodel has the median size: what a typical file costs. */
  static Path typical() {
    List<Path> bySize = models().stream().sorted(Comparator.comparingLong(Corpus::size)).toList();
    return bySize.get(bySize.size() / 2);
  }

  /** The model whose MLmodel is largest (the 1,845-column signature). */
  static Path largest() {
    return models().stream().max(Comparator.comparingLong(Corpus::size)).orElseThrow();
  }

  static long size(Path dir) {
    try {
      return Files.size(dir.resolve("MLmodel"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
