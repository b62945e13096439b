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

  /** The class path folder holding {@code folder/file}, or empty when there is none. */
  public static Optional<Path> folder(String folder, String file, ClassLoader loader) {
    URL url = loader.getResource(name(folder, file));
    return url == null ? Optional.empty() : Optional.of(toPath(url).getParent());
  }

  /** The resource name of {@code file} in {@code folder}, leading and trailing slashes dropped. */
  public static String name(String folder, String file) {
    return folder.replaceAll("^/+|/+$", "") + "/" + file;
  }

  /** The class loader to look in: the thread's context loader, else {@code fallback}'s. */
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
