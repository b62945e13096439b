package io.mlmodel.io;

import io.mlmodel.LimitExceededException;
import io.mlmodel.Location;
import io.mlmodel.ModelException;
import io.mlmodel.ReadOptions;
import io.mlmodel.yaml.KeyPath;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;

/**
 * A JSON side file (an input example, a serving example) read the way Python's {@code json.load}
 * reads it, into plain Java values: {@code null}, {@link Boolean}, {@link Long} (or {@link
 * BigInteger} when it does not fit), {@link Double} (including {@code NaN} and {@code
 * Infinity}, which Python writes), {@link String}, unmodifiable {@link List} and
 * insertion-ordered unmodifiable {@link Map}. Unlike Python it refuses duplicate keys (code
 * {@code duplicate-key}) rather than keeping the last one silently.
 *
 * <p>Limits from {@link ReadOptions}: {@code maxBytes} (document length), {@code maxDepth}
 * (nesting) and {@code maxNodes} (values), each a {@link LimitExceededException}. Syntax errors are
 * code {@code json-syntax} with line and column. The text is kept so that {@link #locate} can
 * give the line and column of any value when, and only when, a problem is reported. Immutable.
 */
public final class JsonDocument {
  private final Path file;
  private final String text;
  private final @Nullable Object root;

  private JsonDocument(Path file, String text, @Nullable Object root) {
    this.file = file;
    this.text = text;
    this.root = root;
  }

  /**
   * Reads and parses {@code file}.
   *
   * @param file the JSON file; it also names the document in every error and {@link Location}
   * @param options the limits applied: {@link ReadOptions#maxBytes()} (checked on the file's size
   *     before it is read), {@link ReadOptions#maxDepth()} and {@link ReadOptions#maxNodes()}
   * @return the parsed document, holding the decoded text and its value
   * @throws LimitExceededException when the file is larger than {@code maxBytes}, nests deeper than
   *     {@code maxDepth}, holds more than {@code maxNodes} values, or holds a number of more than
   *     {@link JsonNumbers#MAX_DIGITS} digits
   * @throws ModelException code {@code encoding} when the file is not UTF-8, {@code json-syntax}
   *     (with line and column) when it is not exactly one JSON value, {@code duplicate-key} when an
   *     object repeats a key
   * @throws java.io.UncheckedIOException when the file cannot be read
   */
  public static JsonDocument read(Path file, ReadOptions options) {
    return parse(TextFiles.readBytes(file, options), file, options);
  }

  /**
   * Parses {@code bytes} (UTF-8, a byte order mark is allowed); {@code file} names them in errors.
   * Nothing is read from the file system.
   *
   * @param bytes the document's bytes, UTF-8 encoded; not modified
   * @param file the file the bytes came from, used only to name the document in errors and in the
   *     returned document's {@link #file()} and {@link Location}s
   * @param options the limits applied: {@link ReadOptions#maxBytes()} (on the decoded text's
   *     length), {@link ReadOptions#maxDepth()} and {@link ReadOptions#maxNodes()}
   * @return the parsed document, holding the decoded text and its value
   * @throws LimitExceededException when the text is longer than {@code maxBytes}, nests deeper than
   *     {@code maxDepth}, holds more than {@code maxNodes} values, or holds a number of more than
   *     {@link JsonNumbers#MAX_DIGITS} digits
   * @throws ModelException code {@code encoding} when the bytes are not UTF-8, {@code json-syntax}
   *     (with line and column) when they are empty, blank or not exactly one JSON value, {@code
   *     duplicate-key} when an object repeats a key
   */
  public static JsonDocument parse(byte[] bytes, Path file, ReadOptions options) {
    String text = TextFiles.decode(bytes, file);
    try (JsonParser p = factory(options).createParser(ObjectReadContext.empty(), text)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw new ModelException("json-syntax", new Location(file, 1, 1, ""), "invalid JSON: the file is empty");
      }
      long[] count = {0};
      Object root = value(p, first, options.maxNodes(), count, file);
      if (p.nextToken() != null) {
        throw new ModelException("json-syntax", at(file, p.currentTokenLocation(), ""),
            "invalid JSON: more data after the first value");
      }
      return new JsonDocument(file, text, root);
    } catch (StreamConstraintsException e) {
      throw limit(e, file, options);
    } catch (StackOverflowError e) {
      // Only reachable when maxDepth is set above what this thread's stack can hold.
      throw new LimitExceededException(Location.of(file), "the document is nested too deeply for this thread's stack");
    } catch (JacksonException e) {
      String code = String.valueOf(e.getOriginalMessage()).startsWith("Duplicate Object property")
          ? "duplicate-key" : "json-syntax";
      throw new ModelException(code, at(file, e.getLocation(), ""), "invalid JSON: " + JsonErrors.problem(e), e);
    }
  }

  /**
   * The file the document came from.
   *
   * @return the path given to {@link #read} or {@link #parse}, as given
   */
  public Path file() {
    return file;
  }

  /**
   * The text of the document, as decoded (without a byte order mark).
   *
   * @return the whole decoded text, including any whitespace around the value
   */
  public String text() {
    return text;
  }

  /**
   * The value of the document.
   *
   * @return {@code null} when the document is the JSON {@code null}, else a {@link Boolean},
   *     {@link Long}, {@link BigInteger}, {@link Double}, {@link String}, or an unmodifiable
   *     {@link List} or insertion-ordered unmodifiable {@link Map} of such values
   */
  public @Nullable Object root() {
    return root;
  }

  /**
   * The location of the value at {@code path}: its line and column when the path exists, else
   * those of the deepest existing ancestor, always with {@code path} as the key path.
   *
   * @param path the path from the document's root to the value; need not exist
   * @return a location in {@link #file()} with the line and column found (0 and 0 when unknown) and
   *     {@code path} printed as its key path
   */
  public Location locate(KeyPath path) {
    return find(path, false);
  }

  /**
   * The location of the key (not the value) at {@code path}, for problems with the key itself.
   * When the last segment is an array index, or the path does not exist, this is the same as
   * {@link #locate}.
   *
   * @param path the path from the document's root to the value whose key is meant; need not exist
   * @return a location in {@link #file()} with the key's line and column and {@code path} printed
   *     as its key path
   */
  public Location locateKey(KeyPath path) {
    return find(path, true);
  }

  private Location find(KeyPath path, boolean key) {
    TokenStreamLocation found = null;
    try (JsonParser p = factory(ReadOptions.defaults()).createParser(ObjectReadContext.empty(), text)) {
      JsonToken t = p.nextToken();
      found = p.currentTokenLocation();
      List<Object> segments = path.segments();
      for (int i = 0; i < segments.size(); i++) {
        TokenStreamLocation[] name = {null};
        if (!seek(p, t, segments.get(i), name)) {
          break;
        }
        t = p.currentToken();
        found = key && i == segments.size() - 1 && name[0] != null ? name[0] : p.currentTokenLocation();
      }
    } catch (JacksonException e) {
      // The document parsed once; keep what was found before the problem.
    }
    return at(file, found, path.toString());
  }

  private static boolean seek(JsonParser p, @Nullable JsonToken t, Object segment, @Nullable TokenStreamLocation[] name) {
    if (t == JsonToken.START_ARRAY && segment instanceof KeyPath.Index index) {
      for (int i = 0; ; i++) {
        JsonToken next = p.nextToken();
        if (next == null || next == JsonToken.END_ARRAY) {
          return false;
        }
        if (i == index.value()) {
          return true;
        }
        p.skipChildren();
      }
    }
    if (t == JsonToken.START_OBJECT && !(segment instanceof KeyPath.Index)) {
      for (JsonToken next = p.nextToken(); next == JsonToken.PROPERTY_NAME; next = p.nextToken()) {
        boolean match = p.currentName().equals(String.valueOf(segment));
        name[0] = p.currentTokenLocation();
        p.nextToken();
        if (match) {
          return true;
        }
        p.skipChildren();
      }
    }
    return false;
  }

  private static @Nullable Object value(JsonParser p, JsonToken t, long maxNodes, long[] count, Path file) {
    if (++count[0] > maxNodes) {
      throw new LimitExceededException(at(file, p.currentTokenLocation(), ""),
          "the document has more than " + maxNodes + " values (ReadOptions.maxNodes)");
    }
    switch (t) {
      case START_OBJECT: {
        Map<String, @Nullable Object> map = new LinkedHashMap<>();
        for (JsonToken next = p.nextToken(); next != JsonToken.END_OBJECT; next = p.nextToken()) {
          String name = p.currentName();
          map.put(name, value(p, p.nextToken(), maxNodes, count, file));
        }
        return Collections.unmodifiableMap(map);
      }
      case START_ARRAY: {
        List<@Nullable Object> list = new ArrayList<>();
        for (JsonToken next = p.nextToken(); next != JsonToken.END_ARRAY; next = p.nextToken()) {
          list.add(value(p, next, maxNodes, count, file));
        }
        return Collections.unmodifiableList(list);
      }
      case VALUE_STRING:
        return p.getString();
      case VALUE_NUMBER_INT:
        return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? p.getBigIntegerValue() : (Object) p.getLongValue();
      case VALUE_NUMBER_FLOAT:
        return p.getDoubleValue();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return null;
      default:
        throw new ModelException("json-syntax", at(file, p.currentTokenLocation(), ""), "invalid JSON: unexpected " + t);
    }
  }

  private static JsonFactory factory(ReadOptions options) {
    return JsonFactory.builder()
        .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(options.maxDepth())
            .maxNumberLength(JsonNumbers.MAX_DIGITS)
            .maxDocumentLength(options.maxBytes())
            .maxStringLength((int) Math.min(Integer.MAX_VALUE, options.maxBytes()))
            .build())
        .build();
  }

  private static LimitExceededException limit(StreamConstraintsException e, Path file, ReadOptions options) {
    String message = String.valueOf(e.getOriginalMessage());
    Location at = at(file, e.getLocation(), "");
    if (JsonNumbers.isNumberLength(e)) {
      return new LimitExceededException(at, JsonNumbers.problem());
    }
    if (JsonErrors.isNestingDepth(e)) {
      return new LimitExceededException(at, "the document is nested deeper than " + options.maxDepth()
          + " levels (ReadOptions.maxDepth)");
    }
    if (message.contains("length")) {
      return new LimitExceededException(at, "the document is longer than " + options.maxBytes()
          + " (ReadOptions.maxBytes)");
    }
    return new LimitExceededException(at, message);
  }

  private static Location at(Path file, @Nullable TokenStreamLocation loc, String keyPath) {
    if (loc == null || loc.getLineNr() < 1) {
      return new Location(file, 0, 0, keyPath);
    }
    return new Location(file, loc.getLineNr(), Math.max(loc.getColumnNr(), 0), keyPath);
  }
}
