package io.mlmodel.cli;

import io.mlmodel.Location;
import io.mlmodel.MLModelException;
import io.mlmodel.io.ControlChars;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Error lines as a command-line user needs them. The library's messages are written for Java
 * callers: a request read from a stream is located at {@code <input>}, and a limit names the
 * builder setting that raises it ({@code ReadOptions.maxBytes}). On the command line the input has
 * a name (the {@code --input} file, or standard input) and there is no builder to call, so the
 * location names the file and the Java hint becomes a sentence about the command line.
 */
final class CliMessages {
  /** {@code (ReadOptions.maxBytes)} and the like: a hint at a Java setting. */
  private static final Pattern JAVA_SETTING =
      Pattern.compile("\\s*\\((?:ReadOptions|EnforcementOptions|WriteOptions)\\.\\w+\\)");
  /** The write hint of an existing target folder. */
  private static final Pattern REPLACE_HINT =
      Pattern.compile("; set WriteOptions\\.builder\\(\\)\\.replaceExisting\\(true\\) to replace it");

  private CliMessages() {}

  /** {@code error: LOCATION: PROBLEM}, for an error that is not about a request body. */
  static String error(MLModelException e) {
    return oneLine("error: " + cli(e.getMessage()));
  }

  /**
   * {@code error: FILE:LINE:COLUMN: KEY: PROBLEM} for an error in the request body read from
   * {@code input} ({@code -} is standard input): the file takes the place of {@code <input>}.
   */
  static String inputError(MLModelException e, String input) {
    Location at = e.location();
    if (at.file() != null) {
      return error(e);
    }
    Location named = at.withFile(Path.of(input.equals("-") ? "<stdin>" : input));
    return oneLine("error: " + named + ": " + cli(e.problem()));
  }

  /**
   * {@code text} on one line, as every error and finding line is promised to be: a control
   * character, such as a line break in a key the model names or an escape sequence, is written as
   * a backslash, {@code u} and its four hex digits.
   */
  static String oneLine(String text) {
    return ControlChars.escape(text, false);
  }

  /**
   * {@code text} with every control character but the line break written as in {@link
   * #oneLine}: what a model holds (an escape sequence in a value or a column name) must not reach
   * the terminal as a command to it.
   */
  static String printable(String text) {
    return ControlChars.escape(text, true);
  }

  /** The problem sentence without Java API advice. */
  static String cli(@Nullable String message) {
    if (message == null) {
      return "";
    }
    String m = REPLACE_HINT.matcher(message).replaceAll("; remove it first");
    return JAVA_SETTING.matcher(m).replaceAll(" (a safety limit of mlmodel, which the command line does not raise)");
  }
}
