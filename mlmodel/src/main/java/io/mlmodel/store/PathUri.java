package io.mlmodel.store;

import java.nio.file.Path;

/**
 * A local path: a plain path or a {@code file:} URI, already decoded ({@code %20} is a space) and
 * with the {@code file:} syntax removed ({@code file:///C:/x}, {@code file:C:\x} and {@code
 * C:\x} all give {@code C:/x}).
 *
 * @param location the path as text, {@code /}-separated when it was a Windows path, so that it
 *     can be matched against a store on any operating system
 */
public record PathUri(String location) implements ModelUri {
  /**
   * Checks that the location is not empty; nothing else is checked or decoded here.
   *
   * @param location the path as text, already decoded and without {@code file:}
   * @throws IllegalArgumentException when {@code location} is empty
   */
  public PathUri {
    if (location.isEmpty()) {
      throw new IllegalArgumentException("location must not be empty");
    }
  }

  /**
   * The location as a path of this machine (it need not exist).
   *
   * @return {@link #location()} as a {@link Path} of the default file system; relative to the
   *     working directory when it is not absolute
   * @throws java.nio.file.InvalidPathException when the location cannot be a path here; only
   *     possible for a record built directly, since {@link ModelUri#parse} refuses such paths
   */
  public Path path() {
    return Path.of(location);
  }

  /**
   * The location as written, or as a {@code file:} URI when the plain text would read back as
   * something else: {@code runs:/x} as a location gives {@code file:runs:/x}, whose {@code %} signs
   * are escaped as {@code %25}.
   *
   * @return text that {@link ModelUri#parse} reads back to a {@code PathUri} equal to this one
   */
  @Override
  public String uri() {
    try {
      if (UriParser.parse(location).equals(this)) {
        return location;
      }
    } catch (io.mlmodel.MLModelException e) {
      // an unknown scheme, for example: the file: form below says it is a path
    }
    return "file:" + location.replace("%", "%25");
  }
}
