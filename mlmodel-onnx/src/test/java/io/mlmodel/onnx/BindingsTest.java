package io.mlmodel.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import io.mlmodel.data.PredictOutput;
import io.mlmodel.data.Tensor;
import io.mlmodel.data.TensorMap;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The tensors a thread keeps from call to call ({@link Bindings}): each answer is still computed
 * from its own input, from any number of threads and shapes, a pinned run that fails falls back to
 * a plain one, and closing the predictor releases them all. The model is external_data's linear
 * graph, whose answers {@link OnnxTestModels#assertExternalDataLinear} computes by hand.
 */
class BindingsTest {

  private static Tensor rows(float seed, int rows) {
    float[] x = new float[3 * rows];
    for (int i = 0; i < x.length; i++) {
      x[i] = seed + i * 0.25f - (i % 3);
    }
    return Tensor.ofFloats(x, rows, 3);
  }

  @Test
  void consecutiveCallsOfOneShapeAnswerEachFromItsOwnInput() throws Exception {
    try (OnnxPredictor p = OnnxPredictorTest.open("external_data")) {
      for (int i = 0; i < 5; i++) {
        Tensor x = rows(i * 7 - 3, 1);
        OnnxTestModels.assertExternalDataLinear(x.toFloatArray(), 1, p.predict(x));
      }
      Binding b = bindings(p).find(input(p), rows(0, 1));
      assertThat(b).isNotNull();
      assertThat(b.pinned()).as("after the first call the outputs are pinned").isTrue();
    }
  }

  @Test
  void callsOfChangingShapesOnEightThreadsAnswerWhatOneThreadAnswers() throws Exception {
    int[] shapes = {1, 2, 1, 3, 5, 1, 4, 6, 1, 2}; // more shapes than a thread keeps: some are evicted
    List<Tensor> inputs = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      inputs.add(rows(i * 1.5f - 40, shapes[i % shapes.length]));
    }
    try (OnnxPredictor p = OnnxPredictorTest.open("external_data")) {
      List<String> sequential = new ArrayList<>();
      for (Tensor x : inputs) {
        PredictOutput out = p.predict(x);
        OnnxTestModels.assertExternalDataLinear(x.toFloatArray(), (int) x.shape()[0], out);
        sequential.add(answer(out));
      }
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        List<Future<List<String>>> runs = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
          int offset = t * 13;
          runs.add(pool.submit((Callable<List<String>>) () -> {
            String[] got = new String[inputs.size()];
            for (int k = 0; k < 3 * inputs.size(); k++) {
              int i = (k + offset) % inputs.size();
              got[i] = answer(p.predict(inputs.get(i)));
              assertThat(got[i]).as("input %d", i).isEqualTo(sequential.get(i));
            }
            return Arrays.asList(got);
          }));
        }
        for (Future<List<String>> f : runs) {
          assertThat(f.get()).isEqualTo(sequential);
        }
        assertThat(bindings(p).threads()).isEqualTo(9);
      } finally {
        pool.shutdown();
      }
    }
  }

  @Test
  void aPinnedRunThatFailsFallsBackToAPlainRunAndTheSessionStopsPinning() throws Exception {
    try (OnnxPredictor p = OnnxPredictorTest.open("external_data")) {
      OrtEnvironment env = OrtEnvironment.getEnvironment();
      OrtSession s = p.session();
      OrtTensors.Input in = input(p);
      Tensor one = rows(2, 1);
      Tensor two = rows(5, 2);
      Bindings owner = new Bindings(env, true);
      Binding b = Binding.of(owner, env, in, one);
      Binding other = Binding.of(owner, env, in, two);
      try {
        other.run(env, s, two);
        b.run(env, s, one);
        // b's outputs pinned with the shape of two rows: ONNX Runtime refuses them for one row
        Field f = Binding.class.getDeclaredField("pinned");
        f.setAccessible(true);
        ((PinnedOutputs) f.get(b)).close();
        f.set(b, f.get(other));
        f.set(other, null);
        Tensor next = rows(-9, 1);
        OnnxTestModels.assertExternalDataLinear(next.toFloatArray(), 1, b.run(env, s, next));
        assertThat(b.pinned()).isFalse();
        Tensor last = rows(11, 1);
        OnnxTestModels.assertExternalDataLinear(last.toFloatArray(), 1, b.run(env, s, last));
        assertThat(b.pinned()).as("a binding whose pinned run failed does not pin again").isFalse();
        assertThat(owner.pinning()).as("nor does any other binding of the session").isFalse();
        Tensor three = rows(1, 3);
        Binding later = Binding.of(owner, env, in, three);
        try {
          later.run(env, s, three);
          OnnxTestModels.assertExternalDataLinear(three.toFloatArray(), 3, later.run(env, s, three));
          assertThat(later.pinned()).isFalse();
        } finally {
          later.close();
        }
      } finally {
        b.close();
        other.close();
      }
    }
  }

  /** As for a graph one of whose outputs is also an input (no test model has one). */
  @Test
  void bindingsThatMayNotPinKeepOnlyTheirInputTensor() throws Exception {
    try (OnnxPredictor p = OnnxPredictorTest.open("external_data")) {
      OrtEnvironment env = OrtEnvironment.getEnvironment();
      Bindings none = new Bindings(env, false);
      try {
        for (int i = 0; i < 3; i++) {
          Tensor x = rows(i - 1, 2);
          Binding b = none.find(input(p), x);
          OnnxTestModels.assertExternalDataLinear(x.toFloatArray(), 2, b.run(env, p.session(), x));
          assertThat(b.pinned()).isFalse();
        }
        assertThat(none.threads()).isEqualTo(1);
      } finally {
        none.close();
      }
    }
  }

  @Test
  void closingThePredictorReleasesEveryThreadsTensorsAndLaterCallsFail() throws Exception {
    OnnxPredictor p = OnnxPredictorTest.open("external_data");
    Tensor x = rows(1, 1);
    p.predict(x);
    Thread other = new Thread(() -> p.predict(rows(3, 2)));
    other.start();
    other.join();
    Binding mine = bindings(p).find(input(p), x);
    assertThat(bindings(p).threads()).isEqualTo(2);
    p.close();
    assertThat(mine.closed()).isTrue();
    assertThat(bindings(p).threads()).isZero();
    assertThatThrownBy(() -> p.predict(x)).isInstanceOf(IllegalStateException.class)
        .hasMessageEndingWith("external_data/model.onnx is closed");
  }

  @Test
  void theTensorsOfAThreadThatEndedAreReleasedWhenAnotherThreadFirstRuns() throws Exception {
    try (OnnxPredictor p = OnnxPredictorTest.open("external_data")) {
      Binding[] theirs = new Binding[1];
      Thread other = new Thread(() -> {
        Tensor x = rows(4, 1);
        p.predict(x);
        try {
          theirs[0] = bindings(p).find(input(p), x);
        } catch (Exception e) {
          throw new AssertionError(e);
        }
      });
      other.start();
      other.join();
      assertThat(theirs[0].closed()).isFalse();
      Tensor x = rows(8, 1);
      OnnxTestModels.assertExternalDataLinear(x.toFloatArray(), 1, p.predict(x));
      assertThat(theirs[0].closed()).isTrue();
      assertThat(bindings(p).threads()).isEqualTo(1);
    }
  }

  @Test
  void largeAndEmptyInputsRunWithoutKeptTensors() throws Exception {
    try (OnnxPredictor p = OnnxPredictorTest.open("external_data")) {
      int rows = Bindings.MAX_BYTES / 12 + 1;
      Tensor big = rows(0.5f, rows);
      OnnxTestModels.assertExternalDataLinear(big.toFloatArray(), rows, p.predict(big));
      Tensor empty = Tensor.ofFloats(new float[0], 0, 3);
      assertThat(((TensorMap) p.predict(empty)).get("y").orElseThrow().shape()).containsExactly(0, 2);
      assertThat(bindings(p).threads()).isZero();
    }
  }

  private static String answer(PredictOutput out) {
    Tensor y = ((TensorMap) out).get("y").orElseThrow();
    return Arrays.toString(y.shape()) + Arrays.toString(y.toFloatArray());
  }

  /** The graph input as the predictor's session has it (bindings match it by identity). */
  private static OrtTensors.Input input(OnnxPredictor p) throws ReflectiveOperationException {
    return runs(p).inputs().get("x");
  }

  private static Bindings bindings(OnnxPredictor p) throws ReflectiveOperationException {
    Field b = GuardedSession.class.getDeclaredField("bindings");
    b.setAccessible(true);
    return (Bindings) b.get(runs(p));
  }

  private static GuardedSession runs(OnnxPredictor p) throws ReflectiveOperationException {
    Field runs = OnnxPredictor.class.getDeclaredField("runs");
    runs.setAccessible(true);
    return (GuardedSession) runs.get(p);
  }
}
