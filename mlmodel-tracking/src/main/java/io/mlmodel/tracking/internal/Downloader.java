package io.mlmodel.tracking.internal;

import io.mlmodel.Location;
import io.mlmodel.ModelException;
import io.mlmodel.tracking.DownloadListener;
import io.mlmodel.tracking.spi.ArtifactEntry;
import io.mlmodel.tracking.spi.ArtifactStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Copies one artifact (a file or a folder tree) from a store into a fresh local folder: lists it
 * all first (names checked, counts, depth and sizes bounded), then downloads each file and checks
 * its size against the listing.
 */
final class Downloader {
  /** One file to fetch: its path in the store, where it goes, its listed size or -1. */
  record Item(String remote, Path local, long size) {}

  /** What was fetched: the file or folder made (inside {@code into}), and the bytes. */
  record Fetched(Path result, long bytes, int files) {}

  private final Limits limits;

  Downloader(Limits limits) {
    this.limits = limits;
  }

  /**
   * Fetches {@code path} ("" for the store's root, which becomes a folder named {@code artifacts})
   * into {@code into}, which must be an empty folder.
   */
  Fetched fetch(ArtifactStore store, String path, Path into, DownloadListener listener, Deadline deadline) {
    List<Item> items = new ArrayList<>();
    Path result;
    if (path.isEmpty()) {
      result = into.resolve("artifacts");
      walk(store, "", result, into, items, deadline);
    } else {
      int slash = path.lastIndexOf('/');
      String parent = slash < 0 ? "" : path.substring(0, slash);
      String name = path.substring(slash + 1);
      ArtifactEntry entry = find(store.list(parent), name, parent);
      result = SafeNames.inside(into, into, name, parent);
      if (entry.directory()) {
        walk(store, path, result, into, items, deadline);
      } else {
        items.add(new Item(path, result, entry.size()));
      }
    }
    long total = items.stream().mapToLong(i -> Math.max(0, i.size())).sum();
    long done = 0;
    int files = 0;
    listener.onProgress(0, total, 0, items.size());
    try {
      for (Item item : items) {
        if (deadline.passed()) { // a store whose requests do not see the deadline (S3) is stopped between files
          throw deadline.exceeded("the download of '" + path + "'");
        }
        Files.createDirectories(item.local().getParent());
        long base = done;
        int finished = files;
        long budget = item.size() >= 0 ? item.size() : limits.maxBytes() - done;
        long got = store.download(item.remote(), item.local(), budget,
            n -> listener.onProgress(base + n, total, finished, items.size()));
        if (item.size() >= 0 && got != item.size()) {
          throw new ModelException("size-mismatch", Location.UNKNOWN, "artifact '" + item.remote() + "' is listed with "
              + item.size() + " bytes but " + got + " arrived");
        }
        done += got;
        files++;
        listener.onProgress(done, total, files, items.size());
      }
      if (items.isEmpty()) {
        Files.createDirectories(result);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Fetched(result, done, files);
  }

  private static ArtifactEntry find(List<ArtifactEntry> listing, String name, String parent) {
    List<String> names = new ArrayList<>();
    for (ArtifactEntry e : listing) {
      if (e.name().equals(name)) {
        return e;
      }
      names.add(e.name());
    }
    throw new ModelException("not-found", Location.UNKNOWN, "no artifact '" + name + "' in '"
        + (parent.isEmpty() ? "/" : parent) + "'; there is: " + (names.isEmpty() ? "nothing" : String.join(", ", names)));
  }

  private void walk(ArtifactStore store, String root, Path localRoot, Path into, List<Item> out, Deadline deadline) {
    record Dir(String remote, Path local, int depth) {}
    Deque<Dir> todo = new ArrayDeque<>();
    todo.add(new Dir(root, localRoot, 0));
    long bytes = 0;
    while (!todo.isEmpty()) {
      Dir d = todo.poll();
      if (deadline.passed()) {
        throw deadline.exceeded("the listing of '" + root + "'");
      }
      if (d.depth() >= limits.maxDepth()) {
        throw limit("'" + d.remote() + "' is nested more than " + limits.maxDepth() + " folders deep");
      }
      Set<String> seen = new HashSet<>();
      for (ArtifactEntry e : store.list(d.remote())) {
        Path local = SafeNames.inside(into, d.local(), e.name(), d.remote());
        if (!seen.add(e.name())) {
          throw new ModelException("bad-response", Location.UNKNOWN, "the listing of '" + d.remote() + "' names '"
              + e.name() + "' twice");
        }
        String remote = d.remote().isEmpty() ? e.name() : d.remote() + "/" + e.name();
        if (e.directory()) {
          todo.add(new Dir(remote, local, d.depth() + 1));
        } else {
          out.add(new Item(remote, local, e.size()));
          bytes += Math.max(0, e.size());
          if (out.size() > limits.maxFiles()) {
            throw limit("'" + root + "' holds more than " + limits.maxFiles() + " files");
          }
          if (bytes > limits.maxBytes()) {
            throw limit("'" + root + "' is listed with more than " + limits.maxBytes() + " bytes");
          }
        }
      }
      if (out.size() + todo.size() > limits.maxFiles()) {
        throw limit("'" + root + "' holds more than " + limits.maxFiles() + " entries");
      }
    }
  }

  private static ModelException limit(String problem) {
    return new ModelException("limit", Location.UNKNOWN, problem);
  }
}
