package io.mlmodel.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmodel.InputException;
import io.mlmodel.MLModels;
import io.mlmodel.data.ColumnTable;
import io.mlmodel.data.DoubleColumn;
import io.mlmodel.data.PredictOutput;
import io.mlmodel.enforce.Params;
import io.mlmodel.model.MLModel;
import io.mlmodel.predict.Predictor;
import io.mlmodel.predict.Predictors;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Managed mode on the real MLflow 2.17.2 server, with testdata/remote/faulty (y = 2x; fails on
 * purpose): how each failure maps, a server killed while predicting, and close(). One server for
 * the class, obtained through the registry's fallback loader.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ManagedServerTest {
  MLModel model;
  RemotePredictor p;

  @BeforeAll
  void start() {
    List<String> mlflow = Oracle.mlflow();
    model = MLModels.read(Oracle.testdata("remote/faulty"));
    Predictor resolved = Predictors.registry()
        .with(RemoteLoader.serving(mlflow, RemoteOptions.builder().maxRestarts(2).build()))
        .resolve(model);
    assertThat(resolved).isInstanceOf(RemotePredictor.class);
    p = (RemotePredictor) resolved;
  }

  @AfterAll
  void stop() {
    if (p != null) {
      p.close();
    }
  }

  static ColumnTable x(double... x) {
    return ColumnTable.of(DoubleColumn.of("x", x));
  }

  @Test
  @Order(1)
  void predictsThroughTheServerItStarted() {
    assertThat(p.endpoint().toString()).matches("http://127\\.0\\.0\\.1:\\d+/invocations");
    PredictOutput out = p.predict(x(1, 2.5, 0.125));
    assertThat(out).isEqualTo(ColumnTable.of(DoubleColumn.of("y", 2, 5, 0.25)));
  }

  @Test
  @Order(2)
  void aModelFailureIsTheServersBadRequest() {
    assertThatThrownBy(() -> p.predict(x(1, -1)))
        .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.code()).isEqualTo("bad-request"))
        .hasMessage("<input>: POST " + p.endpoint() + " answered HTTP 400: BAD_REQUEST: Encountered an unexpected"
            + " error while evaluating the model. Verify that the serialized input Dataframe is compatible with the"
            + " model for inference.");
  }

  @Test
  @Order(3)
  void aServerErrorIsAnEndpointException() {
    assertThatThrownBy(() -> p.predict(x(500)))
        .isInstanceOfSatisfying(EndpointException.class, e -> {
          assertThat(e.code()).isEqualTo("endpoint-error");
          assertThat(e.status()).hasValue(500);
        })
        .hasMessageStartingWith(Oracle.testdata("remote/faulty").resolve("MLmodel") + ": POST " + p.endpoint()
            + " answered HTTP 500: INTERNAL_ERROR: Failed to predict data")
        .hasMessageEndingWith("Error: the faulty model fails on x = 500");
  }

  @Test
  @Order(4)
  void badParamsFailBeforeTheNetwork() {
    assertThatThrownBy(() -> p.predict(x(1), Params.of(Map.of("sleep", "long"))))
        .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.code()).isEqualTo("bad-param"));
  }

  @Test
  @Order(5)
  void aSlowAnswerTimesOut() {
    try (RemotePredictor impatient = RemotePredictor.connect(model, p.endpoint(),
        RemoteOptions.builder().requestTimeout(Duration.ofMillis(700)).build())) {
      long t0 = System.nanoTime();
      assertThatThrownBy(() -> impatient.predict(x(1), Params.of(Map.of("sleep", 2.0))))
          .isInstanceOfSatisfying(EndpointException.class, e -> assertThat(e.code()).isEqualTo("endpoint-timeout"))
          .hasMessageEndingWith("no answer from " + p.endpoint() + " within 700 ms (RemoteOptions.requestTimeout)");
      assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0)).isLessThan(2_000);
    }
  }

  @Test
  @Order(6)
  void aServerKilledMidRunGivesAClearErrorAndTheNextCallSucceedsAfterTheRestart() throws Exception {
    long before = p.server().pid();
    List<Long> group = ProcessGroup.members(before);
    assertThat(group).contains(before).hasSizeGreaterThanOrEqualTo(3); // mlflow, gunicorn master, worker
    CompletableFuture<PredictOutput> inFlight = CompletableFuture.supplyAsync(
        () -> p.predict(x(1), Params.of(Map.of("sleep", 5.0))));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!p.server().output().tail().contains("faulty model: sleeping 5.0 s")) {
      assertThat(System.nanoTime()).as("the model started predicting").isLessThan(deadline);
      Thread.sleep(50);
    }
    group.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
    assertThatThrownBy(() -> inFlight.get(30, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOfSatisfying(EndpointException.class, e -> assertThat(e.code()).isEqualTo("endpoint-broken"))
        .hasMessageContaining("broke before an answer")
        .hasMessageContaining("the server may have died while predicting");
    // A call made in the instant between the kill and the JVM's notice of the exit still reaches the
    // dying gunicorn (its socket accepts, then resets); once the exit is seen, calls wait for the restart.
    long noticed = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (p.server().restarts() == 0) {
      assertThat(System.nanoTime()).as("the exit was noticed").isLessThan(noticed);
      Thread.sleep(20);
    }

    assertThat(p.predict(x(3))).isEqualTo(ColumnTable.of(DoubleColumn.of("y", 6)));
    assertThat(p.server().restarts()).isEqualTo(1);
    assertThat(p.server().pid()).isNotEqualTo(before);
    assertThat(group).noneMatch(ProcessGroup::running);
  }

  @Test
  @Order(7)
  void closeLeavesNoProcessBehind() {
    List<Long> group = ProcessGroup.members(p.server().pid());
    assertThat(group).hasSizeGreaterThanOrEqualTo(3);
    p.close();
    assertThat(group).noneMatch(ProcessGroup::running);
    assertThatThrownBy(() -> p.predict(x(1))).isInstanceOf(IllegalStateException.class)
        .hasMessage("the predictor is closed");
    p.close();
  }
}
