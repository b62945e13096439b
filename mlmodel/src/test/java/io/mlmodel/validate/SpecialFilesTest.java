package io.mlmodel.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.mlmodel.MLModels;
import io.mlmodel.ModelException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression: a FIFO where a model names a file (here its input example) made validate and
 * {@code inputExample()} wait forever for a writer; it is a {@code bad-path} error now, at once.
 */
class SpecialFilesTest {
  private static final String MODEL = """
      flavors:
        python_function:
          loader_module: mlflow.sklearn
      saved_input_example_info:
        artifact_path: input_example.json
        pandas_orient: split
        type: dataframe
      """;
  private static final String PROBLEM =
      "'input_example.json' is neither a file nor a folder (a FIFO, socket or device); it is not read";

  @TempDir Path dir;

  @Test
  void aFifoNamedByTheModelIsABadPathNotAHang() throws Exception {
    Files.writeString(dir.resolve("MLmodel"), MODEL);
    Path fifo = dir.resolve("input_example.json");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");
    try {
      assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
        ValidationReport report = Validator.defaults().validate(dir);
        assertThat(report.withCode("bad-path")).singleElement().satisfies(f -> {
          assertThat(f.message()).isEqualTo(PROBLEM);
          assertThat(f.location().keyPath()).isEqualTo("saved_input_example_info.artifact_path");
        });
        assertThatThrownBy(() -> MLModels.read(dir).inputExample())
            .isInstanceOfSatisfying(ModelException.class, e -> {
              assertThat(e.code()).isEqualTo("bad-path");
              assertThat(e.problem()).isEqualTo(PROBLEM);
            });
      });
    } finally {
      // Opened for reading and writing, a FIFO opens at once and releases a reader blocked on it.
      try (FileChannel ch = FileChannel.open(fifo, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
        ch.force(false);
      } catch (IOException ignored) {
        // nothing was waiting
      }
    }
  }
}
