package io.mlmodel.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;

/** Converts option and parameter values, refusing a bad one with picocli's usage message. */
final class OptionValues {
  private OptionValues() {}

  static int toInt(String option, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw invalid(option, "'" + value + "' is not an int");
    }
  }

  static long toLong(String option, String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw invalid(option, "'" + value + "' is not a long");
    }
  }

  static Path toPath(String label, String value) {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new UsageException("Invalid value for positional parameter " + label + ": '" + value + "' is not a path");
    }
  }

  static <E extends Enum<E>> E toEnum(String option, Class<E> type, String value) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(value)) {
        return e;
      }
    }
    throw invalid(option, "expected one of " + Arrays.toString(type.getEnumConstants())
        + " (case-sensitive) but was '" + value + "'");
  }

  private static UsageException invalid(String option, String why) {
    return new UsageException("Invalid value for option '" + option + "': " + why);
  }
}
