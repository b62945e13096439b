package io.mlmodel.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import java.util.function.Function;

/** The request body options shared by {@code predict} and {@code validate-input}. */
final class RequestInput {
  String input = "-";
  @Nullable String contentType;

  /** Adds {@code --input} and {@code --content-type} to {@code spec}, read into the command's RequestInput. */
  static <C> CommandSpec<C> addTo(CommandSpec<C> spec, Function<C, RequestInput> of) {
    return spec
        .required("--input", "FILE", "The request body; - for standard input.", (c, v) -> of.apply(c).input = v)
        .option(List.of("--content-type"), "TYPE",
            "json (default, or by the file name) or csv; a full Content-Type header is accepted too.",
            (c, v) -> of.apply(c).contentType = v);
  }

  /**
   * The MIME type of the body: from {@code --content-type}, else from the file name; null (after
   * printing why) when the option names neither json, csv nor a MIME type.
   */
  @Nullable String mimeType(PrintWriter err) {
    String t = contentType != null ? contentType : input.toLowerCase(Locale.ROOT).endsWith(".csv") ? "csv" : "json";
    return switch (t) {
      case "json" -> "application/json";
      case "csv" -> "text/csv";
      default -> {
        if (t.contains("/")) {
          yield t;
        }
        err.println(CliMessages.oneLine("error: --content-type must be json or csv, got '" + t + "'"));
        yield null;
      }
    };
  }

  /**
   * The body: the file, or standard input for {@code -} (which the caller must not close early).
   *
   * @throws UsageException when {@code --input} is not a path on this system, is empty or names a
   *     folder
   */
  InputStream open() throws IOException {
    if (input.equals("-")) {
      return System.in;
    }
    Path file = OptionValues.toPath("--input", input);
    // A folder opens, and reading it then failed as "java.io.IOException: Is a directory"; an
    // empty path is the working directory.
    if (input.isEmpty() || Files.isDirectory(file)) {
      throw new UsageException("Invalid value for option '--input': '" + input + "' is "
          + (input.isEmpty() ? "empty" : "a folder") + ", not a file (- reads standard input)");
    }
    return Files.newInputStream(file);
  }
}
