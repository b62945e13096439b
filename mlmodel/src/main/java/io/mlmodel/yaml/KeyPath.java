package io.mlmodel.yaml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A path from the document root to a value: mapping keys and sequence indexes. Printed the way
 * every message of this library prints it: {@code flavors.python_function.env}, {@code
 * signature.inputs[3].type}; a key that is not a simple word is quoted ({@code metadata["a.b"]}).
 * Immutable.
 */
public final class KeyPath {
  /** The document root. */
  public static final KeyPath ROOT = new KeyPath(List.of());

  private final List<Object> segments;

  private KeyPath(List<Object> segments) {
    this.segments = segments;
  }

  /** A path of mapping keys from the root. */
  public static KeyPath of(Object... keys) {
    KeyPath p = ROOT;
    for (Object k : keys) {
      p = p.child(k);
    }
    return p;
  }

  /** This path followed by a mapping key (any scalar) or, for an {@link Integer}, an index. */
  public KeyPath child(Object keyOrIndex) {
    List<Object> next = new ArrayList<>(segments.size() + 1);
    next.addAll(segments);
    next.add(keyOrIndex);
    return new KeyPath(Collections.unmodifiableList(next));
  }

  /** This path followed by the sequence index {@code index}. */
  public KeyPath index(int index) {
    return child(new Index(index));
  }

  /** The segments: keys as their values, indexes as {@link Index}. */
  public List<Object> segments() {
    return segments;
  }

  /** A sequence index segment. */
  public record Index(int value) {}

  @Override
  public boolean equals(Object o) {
    return o instanceof KeyPath k && k.segments.equals(segments);
  }

  @Override
  public int hashCode() {
    return segments.hashCode();
  }

  /** {@code base} (a printed key path) followed by the mapping key {@code key}, printed as here. */
  public static String withKey(String base, String key) {
    StringBuilder sb = new StringBuilder(base);
    appendKey(sb, key);
    return sb.toString();
  }

  private static void appendKey(StringBuilder sb, String key) {
    if (isSimple(key)) {
      if (sb.length() > 0) {
        sb.append('.');
      }
      sb.append(key);
    } else {
      sb.append("[\"").append(key.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"]");
    }
  }

  /** What the pattern {@code [A-Za-z0-9_\\-]+} matches, without a regex: this runs on every locate. */
  private static boolean isSimple(String key) {
    if (key.isEmpty()) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (Object s : segments) {
      if (s instanceof Index i) {
        sb.append('[').append(i.value()).append(']');
      } else if (s instanceof String key) {
        appendKey(sb, key);
      } else {
        sb.append('[').append(s).append(']');
      }
    }
    return sb.toString();
  }
}
