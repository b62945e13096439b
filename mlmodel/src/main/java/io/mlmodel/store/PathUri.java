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
  public PathUri {
    if (location.isEmpty()) {
      throw new IllegalArgumentException("location must not be empty");
    }
  }

  /** The location as a path of this machine (it need not exist). */
  public Path path() {
    return Path.of(location);
  }

  @Override
  public String uri() {
    return location;
  }
}
