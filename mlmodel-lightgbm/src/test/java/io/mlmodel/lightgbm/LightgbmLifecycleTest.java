package io.mlmodel.lightgbm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmodel.InputException;
import io.mlmodel.ModelException;
import io.mlmodel.data.ColumnTable;
import io.mlmodel.data.DoubleColumn;
import io.mlmodel.data.PredictOutput;
import io.mlmodel.data.Tensor;
import io.mlmodel.predict.LoaderRegistry;
import io.mlmodel.predict.Predictor;
import io.mlmodel.predict.Predictors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ServiceLoader registration, eight threads on one predictor, closing, and bad input and files. */
class LightgbmLifecycleTest {
  @TempDir
  Path tmp;

  static ColumnTable table(int rows, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    ColumnTable.Builder b = ColumnTable.builder();
    for (int c = 0; c < 4; c++) {
      double[] col = new double[rows];
      for (int r = 0; r < rows; r++) {
        col[r] = rnd.nextDouble() < 0.1 ? Double.NaN : rnd.nextGaussian() * 2;
      }
      b.addDoubles("x" + c, col);
    }
    return b.build();
  }

  @Test
  void serviceLoaderFindsTheLoader() {
    assertThat(Predictors.registry().loaders()).anyMatch(l -> l instanceof LightgbmPredictorLoader);
    assertThat(LoaderRegistry.serviceLoaded(getClass().getClassLoader()).loaders())
        .anyMatch(l -> l.name().equals("lightgbm4j") && l.flavors().equals(List.of("lightgbm")));
  }

  /** Regression: lightgbm4j 4.1.0-2's predictForMat gives 2 values a row of room and 3 classes overran it. */
  @Test
  void multiclassOutputHasRoomForEveryClass() throws IOException {
    TreeModel trees = new TreeModel(Fixtures.dir("multiclass").resolve("model.lgb"));
    ColumnTable input = table(20_000, 9);
    try (Predictor p = Predictors.load(Fixtures.dir("multiclass"))) {
      Tensor t = (Tensor) p.predict(input);
      assertThat(t.shape()).containsExactly(20_000, 3);
      double[] row = new double[4];
      for (int c = 0; c < 4; c++) {
        row[c] = ((io.mlmodel.data.DoubleColumn) input.columns().get(c)).get(19_999);
      }
      double[] want = trees.predict(row);
      double[] got = t.toDoubleArray();
      for (int k = 0; k < 3; k++) {
        assertThat(got[19_999 * 3 + k]).isCloseTo(want[k], org.assertj.core.api.Assertions.within(1e-9));
      }
    }
  }

  @Test
  void eightThreadsGetIdenticalAnswers() throws Exception {
    ColumnTable input = table(300, 1);
    try (Predictor p = Predictors.load(Fixtures.dir("multiclass"))) {
      PredictOutput reference = p.predict(input);
      ExecutorService pool = Executors.newFixedThreadPool(8);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Integer>> done = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        done.add(pool.submit(() -> {
          start.await();
          int same = 0;
          for (int i = 0; i < 100; i++) {
            same += p.predict(input).equals(reference) ? 1 : 0;
          }
          return same;
        }));
      }
      start.countDown();
      for (Future<Integer> f : done) {
        assertThat(f.get(2, TimeUnit.MINUTES)).isEqualTo(100);
      }
      pool.shutdown();
    }
  }

  @Test
  void closeWhileIdleAndUnderLoad() throws Exception {
    Predictor idle = Predictors.load(Fixtures.dir("binary"));
    idle.predict(table(2, 2));
    idle.close();
    idle.close();
    assertThatThrownBy(() -> idle.predict(table(1, 3))).isInstanceOf(IllegalStateException.class)
        .hasMessageEndingWith("binary/model.lgb is closed");

    ColumnTable input = table(2000, 4);
    Predictor p = Predictors.load(Fixtures.dir("regression"));
    PredictOutput reference = p.predict(input);
    AtomicBoolean closedSeen = new AtomicBoolean();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<Integer>> done = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      done.add(pool.submit(() -> {
        int ok = 0;
        while (true) {
          try {
            assertThat(p.predict(input)).isEqualTo(reference);
            ok++;
          } catch (IllegalStateException e) {
            closedSeen.set(true);
            return ok;
          }
        }
      }));
    }
    Thread.sleep(300);
    p.close();
    for (Future<Integer> f : done) {
      assertThat(f.get(1, TimeUnit.MINUTES)).isPositive();
    }
    pool.shutdown();
    assertThat(closedSeen).isTrue();
  }

  @Test
  void badInputIsAnInputException() {
    try (Predictor p = Predictors.load(Fixtures.dir("binary_nosig"))) {
      assertThatThrownBy(() -> p.predict(Tensor.ofDoubles(new double[3], 1, 3))).isInstanceOf(InputException.class)
          .hasMessageContaining("The number of features in data (3) is not the same as it was in training data (4).");
      ColumnTable strings = ColumnTable.builder().addDoubles("x0", 1).addDoubles("x1", 1).addDoubles("x2", 1)
          .addStrings("x3", "a").build();
      assertThatThrownBy(() -> p.predict(strings)).isInstanceOf(InputException.class)
          .hasMessageContaining("pandas dtypes must be int, float or bool; column 'x3' (object) holds String values");
    }
  }

  @Test
  void badModelFilesAreLocatedModelErrors() throws IOException {
    Path dir = tmp.resolve("m");
    Files.createDirectories(dir);
    try (Stream<Path> s = Files.list(Fixtures.dir("binary"))) {
      for (Path f : s.toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    Files.writeString(dir.resolve("model.lgb"), "tree\nversion=v4\nnum_class=banana\n");
    assertThatThrownBy(() -> Predictors.load(dir)).isInstanceOf(ModelException.class)
        .hasMessageContaining("model.lgb:3:11: num_class: 'banana' is not an integer");
    Files.writeString(dir.resolve("model.lgb"), "tree\nversion=v4\nnum_class=1\nmax_feature_idx=3\n");
    assertThatThrownBy(() -> Predictors.load(dir)).isInstanceOf(ModelException.class)
        .hasMessageContaining("flavors.lightgbm.data: LightGBM cannot load model.lgb: ");
    Files.write(dir.resolve("model.lgb"), new byte[] {(byte) 0x80, 5, 'K'});
    assertThatThrownBy(() -> Predictors.load(dir)).isInstanceOf(ModelException.class)
        .hasMessageContaining("model.lgb is a Python pickle, which no JVM reader can read");
    Files.writeString(dir.resolve("model.lgb"), "{\"not\": \"a model\"}");
    assertThatThrownBy(() -> Predictors.load(dir)).isInstanceOf(ModelException.class)
        .hasMessageContaining("model.lgb is not a LightGBM text model");
    Files.delete(dir.resolve("model.lgb"));
    assertThatThrownBy(() -> Predictors.load(dir)).isInstanceOf(ModelException.class)
        .hasMessageContaining("the model file 'model.lgb' is not a file in");
  }
}
