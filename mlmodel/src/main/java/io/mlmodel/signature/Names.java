package io.mlmodel.signature;

import io.mlmodel.yaml.KeyPath;

/** Small text helpers for names and key paths. */
final class Names {
  private Names() {}

  /** A name as Python's repr prints it: {@code 'a'} for a string, {@code 0} for an integer. */
  static String repr(String name, boolean integer) {
    if (integer) {
      return name;
    }
    return name.indexOf('\'') >= 0 && name.indexOf('"') < 0
        ? "\"" + name + "\""
        : "'" + name.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  /** {@code base} followed by the index {@code i}: {@code signature.inputs[3]}. */
  static String index(String base, int i) {
    return base + "[" + i + "]";
  }

  /** {@code base} followed by the key {@code key}, quoted when it is not a simple word. */
  static String key(String base, String key) {
    return KeyPath.withKey(base, key);
  }
}
