package io.mlmodel.tracking.internal;

import io.mlmodel.Location;
import io.mlmodel.ModelException;
import io.mlmodel.tracking.spi.ArtifactEntry;
import io.mlmodel.tracking.spi.ArtifactStore;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import tools.jackson.databind.JsonNode;

/**
 * The tracking server's artifact proxy ({@code mlflow server --serve-artifacts}, the default):
 * {@code GET /api/2.0/mlflow-artifacts/artifacts?path=P} lists a folder, {@code GET
 * /api/2.0/mlflow-artifacts/artifacts/P} sends a file. Paths are relative to the server's
 * artifact root, as in {@code mlflow-artifacts:/P}.
 */
final class ProxyStore implements ArtifactStore {
  static final String ENDPOINT = "/api/2.0/mlflow-artifacts/artifacts";

  private final Rest rest;
  private final Deadline deadline;

  ProxyStore(Rest rest, Deadline deadline) {
    this.rest = rest;
    this.deadline = deadline;
  }

  @Override
  public List<ArtifactEntry> list(String path) {
    URI uri = rest.uri(ENDPOINT, path.isEmpty() ? Map.of() : Map.of("path", path));
    JsonNode files = rest.get(uri, deadline).path("files");
    List<ArtifactEntry> out = new ArrayList<>();
    if (files.isMissingNode()) {
      return out;
    }
    if (!files.isArray()) {
      throw bad(uri, "'files' is not a list");
    }
    for (JsonNode f : files) {
      JsonNode name = f.path("path");
      if (!name.isString()) {
        throw bad(uri, "an entry has no 'path'");
      }
      boolean dir = f.path("is_dir").asBoolean(false);
      JsonNode size = f.path("file_size");
      long bytes = size.isMissingNode() || size.isNull() ? -1 : parseSize(size, uri);
      out.add(new ArtifactEntry(name.asString(), dir, dir ? -1 : bytes));
    }
    return out;
  }

  private static long parseSize(JsonNode size, URI uri) {
    try {
      long n = size.isNumber() ? size.longValue() : Long.parseLong(size.asString());
      if (n < 0) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw bad(uri, "a file_size is not a size: " + size);
    }
  }

  @Override
  public long download(String path, Path target, long maxBytes, LongConsumer progress) throws IOException {
    URI uri = URI.create(rest.uri(ENDPOINT, Map.of()) + "/" + encodePath(path));
    try (FileChannel ch = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      Http.Result r = rest.http().get(uri, () -> {
        ch.truncate(0);
        ch.position(0);
        return Sink.toFile(ch, maxBytes, progress);
      }, deadline);
      if (r.status() != 200) {
        throw Rest.error(r.uri(), r.status(), new String(r.sink().bytes(), StandardCharsets.UTF_8));
      }
      return ch.size();
    }
  }

  /** Each segment percent-encoded as RFC 3986 wants (a space is %20, never +). */
  static String encodePath(String path) {
    StringBuilder sb = new StringBuilder();
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0) {
        sb.append((char) c);
      } else {
        sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
      }
    }
    return sb.toString();
  }

  /**
   * {@code location} with every character a URI may not hold as it is (a space, a lone {@code %},
   * non-ASCII) percent-encoded, as requests' {@code requote_uri} sends MLflow's artifact locations:
   * MLflow records artifact paths unencoded ({@code mlflow-artifacts:/0/<run>/artifacts/my model}).
   */
  static String requote(String location) {
    StringBuilder sb = new StringBuilder();
    byte[] bytes = location.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      int c = bytes[i] & 0xff;
      boolean escape = c == '%' && i + 2 < bytes.length && Character.digit(bytes[i + 1], 16) >= 0
          && Character.digit(bytes[i + 2], 16) >= 0;
      if (escape || c < 0x7f && c > 0x20 && "\"<>\\^`{|}%".indexOf(c) < 0) {
        sb.append((char) c);
      } else {
        sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
      }
    }
    return sb.toString();
  }

  private static ModelException bad(URI uri, String what) {
    return new ModelException("bad-response", Location.UNKNOWN, "GET " + uri + ": the artifact listing is malformed: " + what);
  }
}
