package io.mlmodel.tracking.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * One tracking server's entries: {@code entries/<hash>/} holds a downloaded artifact ({@code
 * data/...}) and its {@code entry.json}; {@code tmp/} holds downloads under way; {@code locks/} the
 * lock files. What aliases named is kept beside them, in {@link Refs}.
 *
 * <p>An entry appears by one atomic rename of a complete temporary folder, synced to the disk
 * first ({@link Durable}), so a folder under {@code entries/} is always whole, after a power loss
 * too. Writers hold the entry's lock (in this JVM and, with a file lock, across processes);
 * readers take no lock.
 */
final class ModelCache {
  private static final long TOUCH_EVERY_MS = 10_000;

  private final Path root;
  private final Eviction eviction;
  private final Durable disk;
  private final Map<String, Path> known = new ConcurrentHashMap<>();
  private final Map<String, Long> touched = new ConcurrentHashMap<>();

  ModelCache(Path root, Eviction eviction) {
    this(root, eviction, Durable.SYSTEM);
  }

  ModelCache(Path root, Eviction eviction, Durable disk) {
    this.root = root;
    this.eviction = eviction;
    this.disk = disk;
  }

  Path root() {
    return root;
  }

  static String hash(String key) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The cached file or folder of {@code key}, without network and without a lock. */
  Optional<Path> lookup(String key) {
    Path hit = known.get(key);
    if (hit != null && Files.exists(hit)) {
      touch(key, hit);
      return Optional.of(hit);
    }
    Path entry = root.resolve("entries").resolve(hash(key));
    if (!Files.isRegularFile(entry.resolve(EntryFile.NAME))) {
      known.remove(key);
      return Optional.empty();
    }
    Optional<Path> result = EntryFile.result(entry, key);
    if (result.isEmpty()) {
      return result;
    }
    known.put(key, result.get());
    touch(key, result.get());
    return result;
  }

  /** Marks the entry used now (its entry.json's time), for the LRU bound; at most every 10 s. */
  private void touch(String key, Path result) {
    long now = System.currentTimeMillis();
    Long last = touched.get(key);
    if (last == null || now - last > TOUCH_EVERY_MS) {
      touched.put(key, now);
      try {
        Files.setLastModifiedTime(root.resolve("entries").resolve(hash(key)).resolve(EntryFile.NAME), FileTime.fromMillis(now));
      } catch (IOException evictedMeanwhile) {
        known.remove(key);
      }
    }
  }

  /**
   * The entry of {@code key}, downloading it with {@code fetch} (into the folder it is given, which
   * returns the file or folder it made there) when absent.
   */
  Path fill(String key, String source, Function<Path, Downloader.Fetched> fetch) {
    String h = hash(key);
    Path entry = root.resolve("entries").resolve(h);
    Path result = Locks.with(root.resolve("locks").resolve(h + ".lock"), () -> {
      Optional<Path> done = lookup(key);
      if (done.isPresent()) {
        return done.get();
      }
      Path tmpRoot = root.resolve("tmp");
      Files.createDirectories(tmpRoot);
      Files.createDirectories(entry.getParent());
      Tree.deleteMatching(tmpRoot, h + "-"); // left by a process that died holding this lock
      if (Files.exists(entry)) { // not whole (lookup said so): moved aside, then replaced
        Path broken = tmpRoot.resolve(h + "-broken");
        Files.move(entry, broken, StandardCopyOption.ATOMIC_MOVE);
        Tree.delete(broken);
      }
      Path tmp = tmpRoot.resolve(h + "-" + Long.toHexString(ThreadLocalRandom.current().nextLong()));
      Path data = Files.createDirectories(tmp.resolve("data"));
      try {
        EntryFile.write(tmp, key, source, fetch.apply(data));
        disk.publish(tmp, entry);
      } catch (RuntimeException | IOException e) {
        Tree.delete(tmp);
        throw e;
      }
      return lookup(key).orElseThrow();
    });
    eviction.afterFill(entry);
    return result;
  }
}
