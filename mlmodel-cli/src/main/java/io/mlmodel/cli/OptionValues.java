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

  /** {@code true} or {@code false} in any case, as picocli read a flag's attached value. */
  static boolean toBoolean(String option, String value) {
    if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
      return Boolean.parseBoolean(value);
    }
    throw invalid(option, "'" + value + "' is not a boolean");
  }

  /** A path; {@code label} is a parameter's label ({@code DIR}) or an option's name ({@code --input}). */
  static Path toPath(String label, String value) {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new UsageException("Invalid value for " + (label.startsWith("-") ? "option '" + label + "'"
          : "positional parameter " + label) + ": '" + value + "' is not a path");
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

  /** Whether {@code arg} is a negative number in digits, so that {@code -1} is a parameter, not an unknown option (picocli's rule). */
  static boolean isNumber(String arg) {
    if (arg.length() < 2 || !Character.isDigit(arg.charAt(1)) && arg.charAt(1) != '.') {
      return false; // no exceptions for every option
    }
    try {
      Long.decode(arg);
      return true;
    } catch (NumberFormatException notLong) {
      try {
        Double.parseDouble(arg);
        return true;
      } catch (NumberFormatException notDouble) {
        return false;
      }
    }
  }
}
