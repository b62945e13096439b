package io.mlmodel.lightgbm;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmodel.LimitExceededException;
import io.mlmodel.ModelException;
import io.mlmodel.predict.Predictors;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The flavor's {@code data} names a file inside the model folder, read only when it can be. */
class ModelTextTest {
  static final String KEY = "  lightgbm:\n    code: null\n    data: model.lgb";

  @TempDir
  Path tmp;

  Path folder(String data) throws IOException {
    Path dir = tmp.resolve("m");
    Files.createDirectories(dir);
    try (Stream<Path> s = Files.list(Fixtures.dir("binary_nosig"))) {
      for (Path f : s.toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    String mlmodel = Files.readString(dir.resolve("MLmodel"));
    Files.writeString(dir.resolve("MLmodel"), mlmodel.replace(KEY, "  lightgbm:\n    code: null\n    data: " + data));
    return dir;
  }

  /** Regression: a NUL in the name (YAML "\0") escaped as java.nio.file.InvalidPathException. */
  @Test
  void aNulInTheFileNameIsABadPath() throws IOException {
    Path dir = folder("\"model\\0.lgb\"");
    assertThatThrownBy(() -> Predictors.load(dir)).isInstanceOf(ModelException.class)
        .hasMessageContaining("MLmodel:4:11: flavors.lightgbm.data: the file name 'model\\0.lgb' contains a NUL"
            + " character");
  }

  /** Regression: a file over 2 GB (here a sparse one) was read into an array and failed with an OutOfMemoryError. */
  @Test
  void aFileOverTwoGigabytesIsRefusedBeforeReading() throws IOException {
    Path dir = folder("big.lgb");
    try (RandomAccessFile f = new RandomAccessFile(dir.resolve("big.lgb").toFile(), "rw")) {
      f.setLength((1L << 31) + 1);
    }
    assertThatThrownBy(() -> Predictors.load(dir)).isInstanceOf(LimitExceededException.class)
        .hasMessageContaining("flavors.lightgbm.data: big.lgb is 2147483649 bytes; a LightGBM text model is read as"
            + " one string, of at most 2147483639 bytes");
  }

  @Test
  void aNameOutOfTheFolderAbsoluteThroughALinkOrADirectoryIsRefused() throws IOException {
    assertThatThrownBy(() -> Predictors.load(folder("/etc/passwd"))).isInstanceOf(ModelException.class)
        .hasMessageContaining("flavors.lightgbm.data: '/etc/passwd' is an absolute path");
    Files.writeString(tmp.resolve("outside.lgb"), "{}");
    Path dir = tmp.resolve("m");
    Files.createSymbolicLink(dir.resolve("link.lgb"), tmp.resolve("outside.lgb"));
    Files.writeString(dir.resolve("MLmodel"), Files.readString(dir.resolve("MLmodel"))
        .replace("data: /etc/passwd", "data: link.lgb"));
    assertThatThrownBy(() -> Predictors.load(dir)).isInstanceOf(ModelException.class)
        .hasMessageContaining("flavors.lightgbm.data: 'link.lgb' leads outside the model directory through a"
            + " symbolic link");
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("MLmodel"), Files.readString(dir.resolve("MLmodel"))
        .replace("data: link.lgb", "data: sub"));
    assertThatThrownBy(() -> Predictors.load(dir)).isInstanceOf(ModelException.class)
        .hasMessageContaining("flavors.lightgbm.data: the model file 'sub' is not a file in");
  }
}
