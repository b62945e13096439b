package io.mlmodel.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The request body options shared by {@code predict} and {@code validate-input}. */
final class RequestInput {
  @Option(names = "--input", required = true, paramLabel = "FILE", description = "The request body; - for standard input.")
  String input;

  @Option(names = "--content-type", paramLabel = "TYPE",
      description = "json (default, or by the file name) or csv; a full Content-Type header is accepted too.")
  @Nullable String contentType;

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
        err.println("error: --content-type must be json or csv, got '" + t + "'");
        yield null;
      }
    };
  }

  /** The body: the file, or standard input for {@code -} (which the caller must not close early). */
  InputStream open() throws IOException {
    return input.equals("-") ? System.in : Files.newInputStream(Path.of(input));
  }
}
