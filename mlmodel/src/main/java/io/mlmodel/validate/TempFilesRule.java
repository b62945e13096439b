package io.mlmodel.validate;

import io.mlmodel.Location;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code stale-temp-file} (warning): a {@code .NAME.<digits>.tmp} file in the model folder, the
 * temporary sibling that {@link io.mlmodel.write.AtomicWrites#writeFile} renames over {@code
 * NAME}, left behind by a writer killed before its rename (it holds a whole copy of the content
 * that was being written). The next write of {@code NAME} removes it.
 */
final class TempFilesRule implements Rule {
  /** The naming of AtomicWrites.writeFile's temporary files (Files.createTempFile's digits). */
  private static final Pattern TEMP = Pattern.compile("\\.(.+)\\.[0-9]+\\.tmp");

  @Override
  public void check(ModelContext context) {
    List<Path> found = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(context.dir())) {
      for (Path p : files) {
        if (TEMP.matcher(p.getFileName().toString()).matches() && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          found.add(p);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + context.dir() + ": " + e.getMessage(), e);
    }
    found.sort(null);
    for (Path p : found) {
      Matcher m = TEMP.matcher(p.getFileName().toString());
      m.matches();
      context.warning("stale-temp-file", Location.of(p), "a temporary copy of '" + m.group(1)
          + "' left by an interrupted write; the next write of '" + m.group(1) + "' removes it, or delete it");
    }
  }
}
