package io.mlmodel.write;

import io.mlmodel.enforce.internal.PyFloat;

/**
 * Python's {@code repr(float)} and PyYAML's {@code represent_float} on top of it. The repr is
 * {@link PyFloat}'s, the one the scoring answers use.
 */
final class PythonFloat {
  private PythonFloat() {}

  /** The YAML text PyYAML writes for {@code d}: {@code .nan}, {@code .inf}, {@code 1.0e+16}... */
  static String yaml(double d) {
    if (Double.isNaN(d)) {
      return ".nan";
    } else if (d == Double.POSITIVE_INFINITY) {
      return ".inf";
    } else if (d == Double.NEGATIVE_INFINITY) {
      return "-.inf";
    }
    String value = repr(d);
    // PyYAML's own fix: the YAML 1.1 float pattern needs a dot, so 1e+16 becomes 1.0e+16.
    if (value.indexOf('.') < 0 && value.indexOf('e') >= 0) {
      value = value.replaceFirst("e", ".0e");
    }
    return value;
  }

  /** Python's {@code repr(d)} for a finite double. */
  static String repr(double d) {
    return PyFloat.toString(d);
  }
}
