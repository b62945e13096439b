package io.mlmodel.xgboost;

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
class ModelFileTest {
  static final String KEY = "  xgboost:\n    code: null\n    data: model.json";

  @TempDir
  Path tmp;

  Path folder(String data) throws IOException {
    Path dir = tmp.resolve("m");
    Files.createDirectories(dir);
    try (Stream<Path> s = Files.list(Fixtures.dir("booster_nonames_json"))) {
      for (Path f : s.toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    String mlmodel = Files.readString(dir.resolve("MLmodel"));
    Files.writeString(dir.resolve("MLmodel"), mlmodel.replace(KEY, "  xgboost:\n    code: null\n    data: " + data));
    return dir;
  }

  /** Regression: a NUL in the name (YAML "\0") escaped as java.nio.file.InvalidPathException. */
  @Test
  void aNulInTheFileNameIsABadPath() throws IOException {
    Path dir = folder("\"model\\0.json\"");
    assertThatThrownBy(() -> Predictors.load(dir)).isInstanceOf(ModelException.class)
        .hasMessageContaining("MLmodel:11:11: flavors.xgboost.data: the file name 'model\\0.json' contains a NUL"
            + " character");
  }

  /** Regression: a file over 2 GB (here a sparse one) was read into an array and failed with an OutOfMemoryError. */
  @Test
  void aFileOverTwoGigabytesIsRefusedBeforeReading() throws IOException {
    Path dir = folder("big.json");
    try (RandomAccessFile f = new RandomAccessFile(dir.resolve("big.json").toFile(), "rw")) {
      f.setLength((1L << 31) + 1);
    }
    assertThatThrownBy(() -> Predictors.load(dir)).isInstanceOf(LimitExceededException.class)
        .hasMessageContaining("flavors.xgboost.data: big.json is 2147483649 bytes; XGBoost reads a model file as"
            + " one array, of at most 2147483639 bytes");
  }

  @Test
  void aNameOutOfTheFolderAbsoluteThroughALinkOrADirectoryIsRefused() throws IOException {
    assertThatThrownBy(() -> Predictors.load(folder("/etc/passwd"))).isInstanceOf(ModelException.class)
        .hasMessageContaining("flavors.xgboost.data: '/etc/passwd' is an absolute path");
    Files.writeString(tmp.resolve("outside.json"), "{}");
    Path dir = tmp.resolve("m");
    Files.createSymbolicLink(dir.resolve("link.json"), tmp.resolve("outside.json"));
    Files.writeString(dir.resolve("MLmodel"), Files.readString(dir.resolve("MLmodel"))
        .replace("data: /etc/passwd", "data: link.json"));
    assertThatThrownBy(() -> Predictors.load(dir)).isInstanceOf(ModelException.class)
        .hasMessageContaining("flavors.xgboost.data: 'link.json' leads outside the model directory through a"
            + " symbolic link");
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("MLmodel"), Files.readString(dir.resolve("MLmodel"))
        .replace("data: link.json", "data: sub"));
    assertThatThrownBy(() -> Predictors.load(dir)).isInstanceOf(ModelException.class)
        .hasMessageContaining("flavors.xgboost.data: the model file 'sub' is not a file in");
  }
}
