package io.mlmodel.cli;

import io.mlmodel.tracking.DownloadListener;
import io.mlmodel.tracking.TrackingClient;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code download URI DIR}: copies the model a tracking-server URI names into {@code DIR/<name>},
 * through the local cache (docs/model-uris-remote.md), with a progress bar on a terminal.
 */
final class DownloadCommand implements CliCommand {
  static final CommandSpec<DownloadCommand> SPEC = new CommandSpec<DownloadCommand>("download",
      "Copies the model a URI names (models:/, runs:/, mlflow-artifacts:/ on the server of"
          + " MLFLOW_TRACKING_URI) into DIR/<name>, through the local cache, and prints the folder.")
      .params("URI", 1, 1, "A model URI on the tracking server.", (c, v) -> c.uri = v.get(0))
      .params("DIR", 1, 1, "The folder to copy the model into.", (c, v) -> c.dir = OptionValues.toPath("DIR", v.get(0)));

  /** Redraws of the progress bar are at least this far apart. */
  private static final long REDRAW_NANOS = 100_000_000L;

  String uri = "";
  Path dir = Path.of(".");

  @Override
  public int call(PrintWriter out, PrintWriter err) {
    // Checked before the download: the copy then failed as "java.nio.file.FileAlreadyExistsException: DIR".
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new UsageException("Invalid value for positional parameter DIR: '" + dir + "' is a file, not a folder");
    }
    boolean terminal = System.console() != null;
    Path copied = TrackingClient.fromEnvironment().download(uri, dir, terminal ? bar(err) : DownloadListener.NONE);
    if (terminal) {
      err.println();
    }
    out.println(copied);
    return 0;
  }

  private static DownloadListener bar(PrintWriter err) {
    long[] last = {0};
    return (bytes, total, files, totalFiles) -> {
      long now = System.nanoTime();
      if (now - last[0] < REDRAW_NANOS && bytes < total) {
        return;
      }
      last[0] = now;
      int percent = total == 0 ? 100 : (int) Math.min(100, 100 * bytes / total);
      err.printf("\r[%-30s] %3d%%  %,d / %,d MB  %d/%d files", "=".repeat(percent * 30 / 100), percent,
          bytes >> 20, total >> 20, files, totalFiles);
      err.flush();
    };
  }
}
