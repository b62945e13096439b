package io.mlmodel.tracking.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One tracking server's remembered answers, {@code refs/<hash>.json}: what an alias or a stage last
 * named, and what a pinned URI forwards to. Each file is replaced by an atomic rename; one that is
 * torn or foreign reads as nothing remembered, which costs a request, never a wrong answer.
 */
final class Refs {
  private static final System.Logger LOG = System.getLogger(Refs.class.getName());
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Path dir;

  /** The answers kept in {@code serverRoot/refs}. */
  Refs(Path serverRoot) {
    this.dir = serverRoot.resolve("refs");
  }

  /** The value {@code key} (an alias, a stage) named when last resolved, if within {@code ttlMillis} (negative: any age). */
  Optional<String> get(String key, long ttlMillis) {
    Path f = dir.resolve(ModelCache.hash(key) + ".json");
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
  void save(String key, String value) {
    Path tmp = null;
    try {
      Files.createDirectories(dir);
      tmp = Files.createTempFile(dir, "ref", ".tmp");
      Files.writeString(tmp, JSON.writeValueAsString(JSON.createObjectNode().put("key", key).put("value", value)
          .put("at", System.currentTimeMillis())));
      Files.move(tmp, dir.resolve(ModelCache.hash(key) + ".json"), StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      LOG.log(Level.DEBUG, () -> "cannot remember what '" + key + "' names in " + dir + ": " + e);
      if (tmp != null) {
        tmp.toFile().delete();
      }
    }
  }
}
