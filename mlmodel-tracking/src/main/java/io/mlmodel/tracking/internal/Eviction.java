package io.mlmodel.tracking.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import tools.jackson.databind.json.JsonMapper;

/**
 * The optional size bound over the whole cache (every server's part): after an entry is added,
 * the least recently used entries are removed until the total fits. An entry being written or
 * removed by someone else (its lock held) is skipped; the entry just added is kept even if it alone
 * exceeds the bound.
 */
final class Eviction {
  private static final System.Logger LOG = System.getLogger(Eviction.class.getName());
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Path cacheRoot;
  private final long maxBytes;

  Eviction(Path cacheRoot, long maxBytes) {
    this.cacheRoot = cacheRoot;
    this.maxBytes = maxBytes;
  }

  private record Entry(Path dir, long bytes, long used) {}

  void afterFill(Path added) {
    if (maxBytes <= 0) {
      return;
    }
    try {
      sweepEvicted();
      List<Entry> entries = entries();
      long total = entries.stream().mapToLong(Entry::bytes).sum();
      entries.sort(Comparator.comparingLong(Entry::used));
      for (Entry e : entries) {
        if (total <= maxBytes) {
          break;
        }
        if (e.dir().equals(added)) {
          continue;
        }
        Path server = e.dir().getParent().getParent();
        Path lock = server.resolve("locks").resolve(e.dir().getFileName() + ".lock");
        boolean removed = Locks.ifFree(lock, () -> {
          if (!Files.exists(e.dir())) {
            return Boolean.TRUE; // evicted meanwhile by another client; under its lock, so surely gone
          }
          Path doomed = Files.createDirectories(server.resolve("tmp"))
              .resolve("evicted-" + Long.toHexString(ThreadLocalRandom.current().nextLong()));
          Files.move(e.dir(), doomed, StandardCopyOption.ATOMIC_MOVE);
          Tree.delete(doomed);
          return Boolean.TRUE;
        }).orElse(false);
        if (removed) {
          total -= e.bytes();
          LOG.log(Level.DEBUG, () -> "evicted " + e.dir() + " (" + e.bytes() + " bytes)");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Deletes what evictions left in the servers' {@code tmp/evicted-*}: a process that died while
   * deleting an evicted entry (moved there first, so it was no entry any more) left it for good. A
   * folder whose eviction is still under way is deleted by both at once, which {@link Tree#delete}
   * allows.
   */
  private void sweepEvicted() throws IOException {
    if (!Files.isDirectory(cacheRoot)) {
      return;
    }
    List<Path> servers;
    try (Stream<Path> s = Files.list(cacheRoot)) {
      servers = s.filter(Files::isDirectory).toList();
    }
    for (Path server : servers) {
      Path tmp = server.resolve("tmp");
      if (Files.isDirectory(tmp)) {
        Tree.deleteMatching(tmp, "evicted-");
      }
    }
  }

  private List<Entry> entries() throws IOException {
    List<Entry> out = new ArrayList<>();
    if (!Files.isDirectory(cacheRoot)) {
      return out;
    }
    List<Path> servers;
    try (Stream<Path> s = Files.list(cacheRoot)) {
      servers = s.filter(Files::isDirectory).toList();
    }
    for (Path server : servers) {
      Path dir = server.resolve("entries");
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> s = Files.list(dir)) {
        for (Path e : s.toList()) {
          Path meta = e.resolve("entry.json");
          try {
            long bytes = JSON.readTree(Files.readString(meta)).path("bytes").asLong(0);
            out.add(new Entry(e, bytes, Files.getLastModifiedTime(meta).toMillis()));
          } catch (IOException | RuntimeException goneOrForeign) {
            // removed meanwhile, or not ours: not counted
          }
        }
      }
    }
    return out;
  }
}
