package io.mlmodel.xgboost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmodel.MLModels;
import io.mlmodel.data.ColumnTable;
import io.mlmodel.data.PredictOutput;
import io.mlmodel.data.Tensor;
import io.mlmodel.predict.LoaderRegistry;
import io.mlmodel.predict.Predictor;
import io.mlmodel.predict.Predictors;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import ml.dmlc.xgboost4j.java.Booster;
import org.junit.jupiter.api.Test;

/** ServiceLoader registration, eight threads on one predictor, and closing. */
class XgboostLifecycleTest {

  static ColumnTable iris(int rows, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    ColumnTable.Builder b = ColumnTable.builder();
    for (String name : List.of("sepal length (cm)", "sepal width (cm)", "petal length (cm)", "petal width (cm)")) {
      double[] col = new double[rows];
      for (int r = 0; r < rows; r++) {
        col[r] = rnd.nextDouble() < 0.1 ? Double.NaN : 0.2 + rnd.nextDouble() * 7;
      }
      b.addDoubles(name, col);
    }
    return b.build();
  }

  @Test
  void serviceLoaderFindsTheLoader() {
    assertThat(Predictors.registry().loaders()).anyMatch(l -> l instanceof XgboostPredictorLoader);
    assertThat(LoaderRegistry.serviceLoaded(getClass().getClassLoader()).loaders())
        .anyMatch(l -> l.name().equals("xgboost4j") && l.flavors().equals(List.of("xgboost")));
    try (XgboostPredictor p = Predictors.resolve(MLModels.read(Fixtures.dir("booster_json")), XgboostPredictor.class)) {
      assertThat(p.modelClass()).isEqualTo("xgboost.core.Booster");
    }
  }

  @Test
  void eightThreadsGetIdenticalAnswers() throws Exception {
    ColumnTable input = iris(300, 1);
    try (Predictor p = Predictors.load(Fixtures.dir("booster_ubj"))) {
      PredictOutput reference = p.predict(input);
      assertThat(((Tensor) reference).shape()).containsExactly(300, 3);
      ExecutorService pool = Executors.newFixedThreadPool(8);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Integer>> done = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        done.add(pool.submit(() -> {
          start.await();
          int same = 0;
          for (int i = 0; i < 150; i++) {
            same += p.predict(input).equals(reference) ? 1 : 0;
          }
          return same;
        }));
      }
      start.countDown();
      for (Future<Integer> f : done) {
        assertThat(f.get(2, TimeUnit.MINUTES)).isEqualTo(150);
      }
      pool.shutdown();
    }
  }

  @Test
  void closeWhileIdleFreesTheBoosterAndLaterCallsFail() throws Exception {
    XgboostPredictor p = (XgboostPredictor) Predictors.load(Fixtures.dir("multiclass_json"));
    p.predict(iris(3, 2));
    Booster booster = booster(p);
    assertThat(handle(booster)).isNotZero();
    p.close();
    assertThat(handle(booster)).isZero();
    p.close();
    assertThatThrownBy(() -> p.predict(iris(1, 3))).isInstanceOf(IllegalStateException.class)
        .hasMessageEndingWith("multiclass_json/model.json is closed");
  }

  @Test
  void closeWaitsForRunningPredictions() throws Exception {
    ColumnTable input = iris(2000, 4);
    Predictor p = Predictors.load(Fixtures.dir("multiclass_ubj"));
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

  static Booster booster(XgboostPredictor p) throws ReflectiveOperationException {
    Field f = XgboostPredictor.class.getDeclaredField("booster");
    f.setAccessible(true);
    return ((BoosterModel) f.get(p)).booster().booster();
  }

  static long handle(Booster b) throws ReflectiveOperationException {
    Field f = Booster.class.getDeclaredField("handle");
    f.setAccessible(true);
    return f.getLong(b);
  }
}
