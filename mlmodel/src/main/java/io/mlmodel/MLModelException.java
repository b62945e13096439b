package io.mlmodel;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OptionalDataException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The root of every exception this library throws on purpose. It is unchecked, like Jackson 3's
 * and snakeyaml-engine's.
 *
 * <p>There are two kinds, so that a service can tell whose fault a failure is: {@link
 * ModelException} (the model folder is wrong: the operator must fix the model) and {@link
 * InputException} (the data given to a model is wrong: the client must fix its request). Every
 * instance carries a {@link Location} and a {@link #problem()} sentence; {@link #getMessage()} is
 * {@code location + ": " + problem}. Message text is part of the API and covered by tests.
 * Integration modules add types for failures that are neither kind, such as a model server that
 * cannot be reached.
 *
 * <p>Failures reading or writing files are reported as {@link java.io.UncheckedIOException}, never
 * wrapped in this type.
 */
public abstract class MLModelException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A Path is not serializable: {@link #writeObject} writes the location's parts instead. */
  private transient Location location;
  /** What is wrong, as a sentence, without the location. */
  private final String problem;
  /** The stable code of the problem, as listed in docs/validation.md. */
  private final String code;

  /**
   * For the two kinds above and for failures that are neither, such as an unreachable model server
   * in an integration module.
   *
   * @param code the stable code of the problem
   * @param location where the problem is
   * @param problem what is wrong, as a sentence
   * @param cause the underlying cause, or null
   */
  protected MLModelException(String code, Location location, String problem, @Nullable Throwable cause) {
    super(location + ": " + problem, cause);
    this.code = Objects.requireNonNull(code, "code");
    this.location = Objects.requireNonNull(location, "location");
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  /**
   * The stable code of the problem, the same as the validator's finding code ({@code
   * yaml-syntax}, {@code duplicate-key}, {@code limit}, {@code bad-signature}, ...). See
   * docs/validation.md for the catalog.
   *
   * @return the problem's code, never null
   */
  public String code() {
    return code;
  }

  /**
   * Where the problem is: file, line, column and key path, as far as known.
   *
   * @return the location given to the constructor; parts that are not known are unset, as {@link
   *     Location} describes; never null, also after Java deserialization (which rebuilds the file
   *     as a path of the default file system)
   */
  public Location location() {
    return location;
  }

  /**
   * The problem as a sentence, without the location.
   *
   * @return the problem sentence given to the constructor; {@link #getMessage()} is the location,
   *     {@code ": "} and this text
   */
  public String problem() {
    return problem;
  }

  /**
   * Writes the fields, then the location: its file as text (or null), line, column and key path.
   *
   * @param out the stream
   * @throws IOException when the stream fails
   */
  private void writeObject(ObjectOutputStream out) throws IOException {
    out.defaultWriteObject();
    Path file = location.file();
    out.writeObject(file == null ? null : file.toString());
    out.writeInt(location.line());
    out.writeInt(location.column());
    out.writeObject(location.keyPath());
  }

  /**
   * Reads what {@link #writeObject} wrote. The file becomes a path of the default file system; a
   * name that is not a path there (or a stream written before the location was serialized)
   * leaves the file unknown, while {@link #getMessage()} keeps the text it had.
   *
   * @param in the stream
   * @throws IOException when the stream fails or holds an impossible location
   * @throws ClassNotFoundException never for the location's parts, which are strings and ints
   */
  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    try {
      String file = (String) in.readObject();
      int line = in.readInt();
      int column = in.readInt();
      String keyPath = (String) in.readObject();
      location = new Location(path(file), line, column, keyPath);
    } catch (OptionalDataException e) {
      if (!e.eof) {
        throw e;
      }
      location = Location.UNKNOWN;
    } catch (IllegalArgumentException | ClassCastException e) {
      InvalidObjectException bad = new InvalidObjectException("impossible location: " + e.getMessage());
      bad.initCause(e);
      throw bad;
    }
  }

  private static @Nullable Path path(@Nullable String file) {
    try {
      return file == null ? null : Path.of(file);
    } catch (InvalidPathException e) {
      return null;
    }
  }
}
