package io.mlmodel.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Class path model folders as {@link Path}s, in a directory or inside a jar. A jar's zip file
 * system is opened once and left open: the model's side files are read through it later.
 */
public final class Resources {
  private Resources() {}

  /**
   * The class path folder holding {@code folder/file}, or empty when there is none. When the folder
   * is in a jar, the jar's zip file system is opened (or the one already open is reused) and left
   * open.
   *
   * @param folder the folder's resource name, such as {@code models/iris}; leading and trailing
   *     slashes are dropped, and an empty name (or {@code /}) is the class path root
   * @param file the name of a file the folder must hold, such as {@code MLmodel}
   * @param loader the class loader that finds the resource
   * @return the folder as a path on the default file system or in the jar's file system, or empty
   *     when {@code loader} has no resource {@code folder/file}
   * @throws IllegalArgumentException when the resource's URL is not a valid URI
   * @throws UncheckedIOException when the jar's file system cannot be opened
   * @throws java.nio.file.FileSystemNotFoundException when the resource's URL scheme (other than
   *     {@code jar}) has no file system provider installed
   */
  public static Optional<Path> folder(String folder, String file, ClassLoader loader) {
    URL url = loader.getResource(name(folder, file));
    return url == null ? Optional.empty() : Optional.of(toPath(url).getParent());
  }

  /**
   * The resource name of {@code file} in {@code folder}, leading and trailing slashes dropped.
   *
   * @param folder the folder's resource name; leading and trailing slashes are dropped
   * @param file the file's name in that folder
   * @return {@code folder/file} as a class loader resource name, such as {@code
   *     models/iris/MLmodel}; {@code file} alone for the class path root
   */
  public static String name(String folder, String file) {
    String trimmed = folder.replaceAll("^/+|/+$", "");
    // a leading slash is no resource name: class loaders find "MLmodel" at the root, never "/MLmodel"
    return trimmed.isEmpty() ? file : trimmed + "/" + file;
  }

  /**
   * The class loader to look in: the thread's context loader, else {@code fallback}'s.
   *
   * @param fallback a class whose loader is used when the current thread has no context class
   *     loader; it must not be a bootstrap class (whose loader is null)
   * @return the current thread's context class loader when it has one, else {@code fallback}'s
   *     class loader
   */
  public static ClassLoader defaultLoader(Class<?> fallback) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    return loader == null ? fallback.getClassLoader() : loader;
  }

  private static Path toPath(URL url) {
    try {
      URI uri = url.toURI();
      if (!"jar".equals(uri.getScheme())) {
        return Path.of(uri);
      }
      FileSystem fs;
      try {
        fs = FileSystems.newFileSystem(uri, Map.of());
      } catch (FileSystemAlreadyExistsException e) {
        fs = FileSystems.getFileSystem(uri);
      }
      String inner = uri.getSchemeSpecificPart();
      return fs.getPath(inner.substring(inner.indexOf("!/") + 1));
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a valid resource URL: " + url, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open " + url + ": " + e.getMessage(), e);
    }
  }
}
