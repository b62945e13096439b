package io.mlmodel;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmodel.model.MLModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Readers, read models and validators shared across threads under contention: every thread must see exactly
 * what a lone thread sees. Threads start together on a barrier and loop, so that their reads
 * interleave; the bound on rounds keeps the test short on a small machine.
 */
class ConcurrencyTest {
  private static final int THREADS = 8;
  private static final int ROUNDS = 10;
  private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

  @AfterEach
  void stop() throws InterruptedException {
    pool.shutdownNow();
    assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
  }

  private static List<Path> models() throws IOException {
    try (Stream<Path> s = Files.list(Path.of(System.getProperty("mlmodel.basedir", "."), "testdata", "models"))) {
      return s.filter(p -> Files.isRegularFile(p.resolve("MLmodel"))).sorted().toList();
    }
  }

  /** Runs {@code task} on every thread at once, ROUNDS times each, and returns all results. */
  private <T> List<T> contend(Callable<T> task) throws Exception {
    CyclicBarrier start = new CyclicBarrier(THREADS);
    List<Future<List<T>>> futures = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      futures.add(pool.submit(() -> {
        start.await(30, TimeUnit.SECONDS);
        List<T> out = new ArrayList<>();
        for (int r = 0; r < ROUNDS; r++) {
          out.add(task.call());
        }
        return out;
      }));
    }
    List<T> all = new ArrayList<>();
    for (Future<List<T>> f : futures) {
      all.addAll(f.get(120, TimeUnit.SECONDS));
    }
    return all;
  }

  @Test
  void readersSharedAcrossThreadsReadWhatOneThreadReads() throws Exception {
    List<Path> models = models();
    ReadOptions shared = ReadOptions.builder().maxDepth(50).build();
    Map<Path, MLModel> expected = new java.util.HashMap<>();
    for (Path m : models) {
      expected.put(m, MLModels.read(m, shared));
    }
    List<List<MLModel>> results = contend(() -> models.stream().map(m -> MLModels.read(m, shared)).toList());
    assertThat(results).hasSize(THREADS * ROUNDS);
    for (List<MLModel> round : results) {
      for (int i = 0; i < models.size(); i++) {
        assertThat(round.get(i)).isEqualTo(expected.get(models.get(i)));
      }
    }
  }

  @Test
  void oneModelSharedAcrossThreadsAnswersTheSameEverywhere() throws Exception {
    List<Function<MLModel, Object>> getters = List.of(MLModel::toMap, MLModel::flavors,
        MLModel::signature, MLModel::pythonFunction, MLModel::createdAt, MLModel::unknownKeys,
        m -> m.locate("flavors", "python_function", "loader_module"), MLModel::toString);
    for (Path dir : models()) {
      MLModel model = MLModels.read(dir);
      List<Object> expected = getters.stream().map(g -> answer(g, model)).toList();
      List<List<Object>> seen = contend(() -> getters.stream().map(g -> answer(g, model)).toList());
      assertThat(seen).allSatisfy(s -> assertThat(s).isEqualTo(expected));
    }
  }

  /** A getter's value, or its error: a typed getter may refuse a wrongly typed value. */
  private static Object answer(Function<MLModel, Object> getter, MLModel model) {
    try {
      return getter.apply(model);
    } catch (MLModelException e) {
      return e.getMessage();
    }
  }

  @Test
  void oneValidatorSharedAcrossThreadsReportsWhatOneThreadReports() throws Exception {
    io.mlmodel.validate.Validator validator = io.mlmodel.validate.Validator.defaults();
    List<Path> dirs = new ArrayList<>(models());
    try (Stream<Path> s = Files.list(Path.of(System.getProperty("mlmodel.basedir", "."), "testdata", "invalid"))) {
      s.filter(Files::isDirectory).sorted().forEach(dirs::add);
    } catch (java.nio.file.NoSuchFileException e) {
      // only the valid models, then
    }
    List<io.mlmodel.validate.ValidationReport> expected = dirs.stream().map(validator::validate).toList();
    List<List<io.mlmodel.validate.ValidationReport>> seen = contend(() -> dirs.stream().map(validator::validate).toList());
    assertThat(seen).allSatisfy(s -> assertThat(s).isEqualTo(expected));
  }

  @Test
  void hostileInputOnSomeThreadsDoesNotDisturbTheOthers() throws Exception {
    Path good = models().get(0);
    MLModel expected = MLModels.read(good);
    byte[] bomb = LimitProbe.billionLaughs().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
    List<Object> results = contend(() -> {
      if (n.incrementAndGet() % 2 == 0) {
        try {
          MLModels.read(new java.io.ByteArrayInputStream(bomb), good);
          return "accepted";
        } catch (LimitExceededException e) {
          return "limit";
        }
      }
      return MLModels.read(good);
    });
    assertThat(results).containsOnly(expected, "limit");
    assertThat(results).contains(expected, "limit");
  }
}
