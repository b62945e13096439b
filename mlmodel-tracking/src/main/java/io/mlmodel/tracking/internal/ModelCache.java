package io.mlmodel.tracking.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One tracking server's part of the cache: {@code entries/<hash>/} holds a downloaded artifact
 * ({@code data/...}) and its {@code entry.json}; {@code refs/<hash>.json} remembers what an alias
 * or stage last named; {@code tmp/} holds downloads under way; {@code locks/} the lock files.
 *
 * <p>An entry appears by one atomic rename of a complete temporary folder, synced to the disk
 * first ({@link Durable}), so a folder under {@code entries/} is always whole, after a power loss
 * too. Writers hold the entry's lock (in this JVM and, with a file lock, across processes);
 * readers take no lock.
 */
final class ModelCache {
  private static final System.Logger LOG = System.getLogger(ModelCache.class.getName());
  private static final JsonMapper JSON = JsonMapper.builder().build();
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
    Path meta = entry.resolve("entry.json");
    if (!Files.isRegularFile(meta)) {
      known.remove(key);
      return Optional.empty();
    }
    Optional<Path> result = result(entry, meta, key);
    if (result.isEmpty()) {
      return result;
    }
    known.put(key, result.get());
    touch(key, result.get());
    return result;
  }

  /**
   * The file or folder an entry.json names, when it is whole: an entry.json emptied or torn (a
   * power loss before the disk had it) or naming something else is no entry, and is downloaded again.
   */
  private static Optional<Path> result(Path entry, Path meta, String key) {
    JsonNode n;
    try {
      n = JSON.readTree(Files.readString(meta));
    } catch (IOException | RuntimeException torn) {
      return Optional.empty();
    }
    String result = n == null ? "" : n.path("result").asString("");
    Path p = entry.resolve(result).normalize();
    boolean ours = n != null && key.equals(n.path("key").asString("")) && result.startsWith("data/");
    return ours && p.startsWith(entry.resolve("data")) && Files.exists(p) ? Optional.of(p) : Optional.empty();
  }

  /** Marks the entry used now (its entry.json's time), for the LRU bound; at most every 10 s. */
  private void touch(String key, Path result) {
    long now = System.currentTimeMillis();
    Long last = touched.get(key);
    if (last == null || now - last > TOUCH_EVERY_MS) {
      touched.put(key, now);
      try {
        Files.setLastModifiedTime(root.resolve("entries").resolve(hash(key)).resolve("entry.json"), FileTime.fromMillis(now));
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
        Downloader.Fetched f = fetch.apply(data);
        ObjectNode meta = JSON.createObjectNode().put("key", key).put("source", source)
            .put("result", tmp.relativize(f.result()).toString().replace('\\', '/'))
            .put("bytes", Tree.size(data)).put("files", f.files()).put("created", System.currentTimeMillis());
        Files.writeString(tmp.resolve("entry.json"), JSON.writeValueAsString(meta));
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

  /** The value {@code key} (an alias, a stage) named when last resolved, if within {@code ttlMillis} (negative: any age). */
  Optional<String> ref(String key, long ttlMillis) {
    Path f = root.resolve("refs").resolve(hash(key) + ".json");
    try {
      if (!Files.isRegularFile(f)) {
        return Optional.empty();
      }
      JsonNode n = JSON.readTree(Files.readString(f));
      long age = System.currentTimeMillis() - n.path("at").asLong(0);
      return ttlMillis < 0 || age <= ttlMillis ? Optional.of(n.path("value").asString()) : Optional.empty();
    } catch (IOException | RuntimeException unreadable) {
      return Optional.empty(); // a torn or foreign file: resolve again
    }
  }

  /**
   * Remembers what {@code key} names now. Best effort: a cache that cannot be written (read-only,
   * full) answers as if nothing were remembered, which costs a request, not the call.
   */
  void saveRef(String key, String value) {
    Path tmp = null;
    try {
      Path dir = Files.createDirectories(root.resolve("refs"));
      tmp = Files.createTempFile(dir, "ref", ".tmp");
      Files.writeString(tmp, JSON.writeValueAsString(JSON.createObjectNode().put("key", key).put("value", value)
          .put("at", System.currentTimeMillis())));
      Files.move(tmp, dir.resolve(hash(key) + ".json"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      LOG.log(Level.DEBUG, () -> "cannot remember what '" + key + "' names in " + root.resolve("refs") + ": " + e);
      if (tmp != null) {
        tmp.toFile().delete();
      }
    }
  }

}
