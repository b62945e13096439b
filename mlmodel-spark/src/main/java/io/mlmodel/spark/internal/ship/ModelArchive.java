package io.mlmodel.spark.internal.ship;

import io.mlmodel.Location;
import io.mlmodel.ModelException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A model folder as the bytes of one zip, which is what gets broadcast to the executors, and its
 * unpacking there. Entries are written in path order with a fixed time, so the same folder always
 * gives the same bytes and the same {@link #key(byte[])}.
 */
final class ModelArchive {
  /** A broadcast variable holds at most one Java array. */
  static final long MAX_BYTES = Integer.MAX_VALUE - 64;

  private ModelArchive() {}

  /**
   * The folder's files as one zip. A symbolic link is followed only where it stays in the folder: a
   * file or folder whose real location is outside it fails the packing (the executors would get a
   * file the model folder does not hold). A folder gone, or unreadable, is a {@link ModelException}
   * naming it.
   */
  static byte[] zip(Path dir) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes);
        Stream<Path> walk = Files.walk(dir, FileVisitOption.FOLLOW_LINKS)) {
      Path root = dir.toRealPath();
      List<Path> files = walk.filter(p -> inside(dir, root, p)).filter(Files::isRegularFile).sorted().toList();
      long total = 0;
      for (Path f : files) {
        total += Files.size(f);
        if (total > MAX_BYTES) {
          throw new ModelException("limit", Location.of(dir), "the model folder is larger than "
              + MAX_BYTES + " bytes, the most one broadcast can ship");
        }
        ZipEntry e = new ZipEntry(dir.relativize(f).toString().replace('\\', '/'));
        e.setTime(0);
        out.putNextEntry(e);
        Files.copy(f, out);
        out.closeEntry();
      }
    } catch (NoSuchFileException e) {
      throw gone(e);
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof NoSuchFileException gone) {
        throw gone(gone);
      }
      throw new ModelException("unreadable", Location.of(dir), "cannot pack the model folder for the executors: "
          + e.getMessage(), e);
    } catch (IOException e) {
      throw new ModelException("unreadable", Location.of(dir), "cannot pack the model folder for the executors: "
          + e.getMessage(), e);
    } catch (OutOfMemoryError e) {
      throw new ModelException("limit", Location.of(dir), "the model folder does not fit in the driver's heap");
    }
    return bytes.toByteArray();
  }

  /**
   * Whether {@code p} is to be packed: its real location is in {@code root} (else it is refused); a
   * dangling link is left out, as before, since it holds nothing to read.
   */
  private static boolean inside(Path dir, Path root, Path p) {
    Path real;
    try {
      real = p.toRealPath();
    } catch (NoSuchFileException e) {
      if (Files.isSymbolicLink(p)) {
        return false;
      }
      throw new UncheckedIOException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!real.startsWith(root)) {
      throw new ModelException("path-escape", Location.of(p), "'" + dir.relativize(p)
          + "' leads outside the model directory through a symbolic link (to " + real + "); the model folder"
          + " is shipped to the executors whole, so it may hold no link to a file outside it");
    }
    return true;
  }

  private static ModelException gone(NoSuchFileException e) {
    return new ModelException("missing-file", Location.of(Path.of(e.getFile())), "the file no longer exists: the"
        + " model folder is packed for the executors at the first transform or udf, after the model was read; keep"
        + " it in place until then", e);
  }

  /** The SHA-256 of the archive, which names the model in the executors' cache. */
  static String key(byte[] zip) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(zip));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** Unpacks {@code zip} into the new folder {@code dir}; entries may not leave it. */
  static void unzip(byte[] zip, Path dir) {
    try (InputStream in = new ByteArrayInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
      Files.createDirectories(dir);
      Path root = dir.toRealPath();
      for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
        Path target = root.resolve(e.getName()).normalize();
        if (!target.startsWith(root) || e.isDirectory()) {
          continue;
        }
        Files.createDirectories(target.getParent());
        Files.copy(z, target);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot unpack the model into " + dir, e);
    }
  }

  /** Deletes {@code dir} and everything in it, as far as it can. */
  static void delete(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // A temp folder left behind is harmless; the predictor is already closed.
    }
  }
}
