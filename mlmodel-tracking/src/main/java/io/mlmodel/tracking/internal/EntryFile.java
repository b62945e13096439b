package io.mlmodel.tracking.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An entry's {@code entry.json}: the key it holds, where it came from, the file or folder under
 * {@code data/} that {@code resolve} returns, its bytes (for the size bound) and files.
 */
final class EntryFile {
  static final String NAME = "entry.json";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private EntryFile() {}

  /** Writes {@code folder/entry.json} for the download {@code fetched} made in {@code folder/data}. */
  static void write(Path folder, String key, String source, Downloader.Fetched fetched) throws IOException {
    ObjectNode meta = JSON.createObjectNode().put("key", key).put("source", source)
        .put("result", folder.relativize(fetched.result()).toString().replace('\\', '/'))
        .put("bytes", Tree.size(folder.resolve("data"))).put("files", fetched.files())
        .put("created", System.currentTimeMillis());
    Files.writeString(folder.resolve(NAME), JSON.writeValueAsString(meta));
  }

  /**
   * The file or folder the entry.json of {@code entry} names, when it is whole: an entry.json
   * emptied or torn (a power loss before the disk had it) or naming another key or something
   * outside {@code data/} is no entry, and is downloaded again.
   */
  static Optional<Path> result(Path entry, String key) {
    JsonNode n;
    try {
      n = JSON.readTree(Files.readString(entry.resolve(NAME)));
    } catch (IOException | RuntimeException torn) {
      return Optional.empty();
    }
    String result = n == null ? "" : n.path("result").asString("");
    Path p = entry.resolve(result).normalize();
    boolean ours = n != null && key.equals(n.path("key").asString("")) && result.startsWith("data/");
    return ours && p.startsWith(entry.resolve("data")) && Files.exists(p) ? Optional.of(p) : Optional.empty();
  }
}
