package io.mlmodel.yaml;

import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;

/**
 * Resolves plain scalars to tags exactly as PyYAML's implicit resolvers do (YAML 1.1), which is
 * how MLflow types every value of an MLmodel file: {@code yes/no/on/off} are booleans but {@code
 * y/n} are not, {@code 0123} is octal, {@code 190:20:30} is sexagesimal, a float needs a dot so
 * {@code 1e3} stays a string, and {@code 2024-01-01} is a date.
 *
 * <p>The patterns are PyYAML 6.0's {@code resolver.py}, keyed by first character the same way.
 * Used when reading (to type values) and when writing (to decide which strings must be quoted so
 * that PyYAML reads them back as strings). Stateless and thread-safe.
 */
public final class PyYamlResolver implements ScalarResolver {

  /** The one instance. */
  public static final PyYamlResolver INSTANCE = new PyYamlResolver();

  public static final Tag MERGE = new Tag(Tag.PREFIX + "merge");
  public static final Tag TIMESTAMP = new Tag(Tag.PREFIX + "timestamp");
  public static final Tag VALUE = new Tag(Tag.PREFIX + "value");

  private static final Pattern BOOL = Pattern.compile(
      "yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF");
  private static final Pattern FLOAT = Pattern.compile(
      "[-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+][0-9]+)?"
          + "|\\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?"
          + "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*"
          + "|[-+]?\\.(?:inf|Inf|INF)"
          + "|\\.(?:nan|NaN|NAN)");
  private static final Pattern INT = Pattern.compile(
      "[-+]?0b[0-1_]+"
          + "|[-+]?0[0-7_]+"
          + "|[-+]?(?:0|[1-9][0-9_]*)"
          + "|[-+]?0x[0-9a-fA-F_]+"
          + "|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+");
  private static final Pattern NULL = Pattern.compile("~|null|Null|NULL|");
  /** PyYAML's timestamp pattern; the constructor's named-group version is in {@link Scalars}. */
  static final Pattern TIMESTAMP_PATTERN = Pattern.compile(
      "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"
          + "|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?"
          + "(?:[Tt]|[ \\t]+)[0-9][0-9]?"
          + ":[0-9][0-9]:[0-9][0-9](?:\\.[0-9]*)?"
          + "(?:[ \\t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?");

  private PyYamlResolver() {}

  /**
   * Whether a value starting with a digit holds a letter that none of the float, int and timestamp
   * patterns can match there, so that it is a string without trying them: run ids and uuids, the
   * most common digit-led values of an MLmodel file. Hex digits belong to ints only after {@code
   * 0x}, {@code b} only in {@code 0b}; anywhere else only e and E (exponents), T, t and Z
   * (timestamps) can match.
   */
  private static boolean hasLetterNoPatternAllows(String value) {
    if (value.length() > 1 && value.charAt(0) == '0' && (value.charAt(1) == 'x' || value.charAt(1) == 'b')) {
      return false;
    }
    for (int i = 1; i < value.length(); i++) {
      char ch = value.charAt(i);
      boolean letter = ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z';
      if (letter && ch != 'e' && ch != 'E' && ch != 'T' && ch != 't' && ch != 'Z') {
        return true;
      }
    }
    return false;
  }

  @Override
  public Tag resolve(String value, Boolean implicit) {
    if (!implicit) {
      return Tag.STR;
    }
    Tag tag = resolvePlain(value);
    return tag == null ? Tag.STR : tag;
  }

  /**
   * The tag PyYAML gives {@code value} as a plain scalar, or null when it would be a string.
   * PyYAML tries the resolvers registered for the first character in registration order: bool,
   * float, int, merge, null, timestamp, value.
   */
  public static Tag resolvePlain(String value) {
    if (value.isEmpty()) {
      return Tag.NULL;
    }
    char c = value.charAt(0);
    switch (c) {
      case 'y', 'Y', 't', 'T', 'f', 'F', 'o', 'O':
        return BOOL.matcher(value).matches() ? Tag.BOOL : null;
      case 'n', 'N':
        if (BOOL.matcher(value).matches()) {
          return Tag.BOOL;
        }
        return NULL.matcher(value).matches() ? Tag.NULL : null;
      case '~':
        return value.length() == 1 ? Tag.NULL : null;
      case '<':
        return value.equals("<<") ? MERGE : null;
      case '=':
        return value.length() == 1 ? VALUE : null;
      case '.':
        return FLOAT.matcher(value).matches() ? Tag.FLOAT : null;
      case '-', '+':
        if (FLOAT.matcher(value).matches()) {
          return Tag.FLOAT;
        }
        return INT.matcher(value).matches() ? Tag.INT : null;
      default:
        if (c >= '0' && c <= '9') {
          if (hasLetterNoPatternAllows(value)) {
            return null;
          }
          if (FLOAT.matcher(value).matches()) {
            return Tag.FLOAT;
          }
          if (INT.matcher(value).matches()) {
            return Tag.INT;
          }
          return TIMESTAMP_PATTERN.matcher(value).matches() ? TIMESTAMP : null;
        }
        return null;
    }
  }
}
