package io.mlmodel.onnx;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession.SessionOptions;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import io.mlmodel.InputException;
import io.mlmodel.Location;
import io.mlmodel.data.Tensor;
import io.mlmodel.data.TensorMap;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.StampedLock;
import org.jspecify.annotations.Nullable;

/**
 * An ONNX Runtime session with its native lifecycle: runs take a read lock and close a write lock,
 * so the session is never released under a running call. A run of one small numeric input uses
 * its thread's kept tensors for that shape ({@link Bindings}), released when the session closes;
 * every other native tensor a run makes is closed before it returns. Runs copy inputs into direct
 * memory ({@link Scratch}, or the binding's) and outputs into {@link Tensor}s; they do no
 * enforcement. Thread-safe.
 */
final class GuardedSession {
  private final OrtEnvironment env;
  private final OrtSession session;
  private final SessionOptions options;
  private final Path file;
  private final Map<String, OrtTensors.Input> inputs;
  private final Bindings bindings;
  private final StampedLock lock = new StampedLock();
  private volatile boolean closed;

  GuardedSession(OrtEnvironment env, OrtSession session, SessionOptions options, Path file) throws OrtException {
    this.env = env;
    this.session = session;
    this.options = options;
    this.file = file;
    this.bindings = new Bindings(env, Collections.disjoint(session.getInputNames(), session.getOutputNames()));
    Map<String, OrtTensors.Input> tensorInputs = new LinkedHashMap<>();
    for (Map.Entry<String, NodeInfo> e : session.getInputInfo().entrySet()) {
      if (e.getValue().getInfo() instanceof TensorInfo t) {
        tensorInputs.put(e.getKey(), OrtTensors.Input.of(e.getKey(), t));
      }
    }
    this.inputs = tensorInputs;
  }

  OrtSession session() {
    return session;
  }

  /** The graph inputs that are tensors, by name. */
  Map<String, OrtTensors.Input> inputs() {
    return inputs;
  }

  /**
   * Runs the graph on one tensor fed to {@code input}; every output by name. A small numeric input
   * runs with this thread's kept tensors for its shape ({@link Bindings}).
   */
  TensorMap run(OrtTensors.Input input, Tensor tensor) {
    OnnxTensor in = null;
    long stamp = lock.readLock();
    try {
      checkOpen();
      OrtTensors.check(input, tensor);
      Binding bound = bindings.find(input, tensor);
      if (bound != null) {
        return bound.run(env, session, tensor);
      }
      in = OrtTensors.toOnnx(env, input, tensor, Scratch.reset());
      try (OrtSession.Result result = session.run(Map.of(input.name(), in))) {
        return OrtOutputs.all(result);
      }
    } catch (OrtException e) {
      throw RunErrors.translate(e, file);
    } finally {
      try {
        if (in != null) {
          in.close();
        }
      } finally {
        // Whatever happened above, close() must never wait for this call for good.
        lock.unlockRead(stamp);
      }
    }
  }

  /** Runs the graph on these tensors, by graph input name; every output by name. */
  TensorMap run(Map<String, Tensor> feed) {
    if (feed.size() == 1) {
      Map.Entry<String, Tensor> only = feed.entrySet().iterator().next();
      return run(input(only.getKey()), only.getValue());
    }
    Map<String, OnnxTensor> tensors = new HashMap<>(2 * feed.size());
    long stamp = lock.readLock();
    try {
      checkOpen();
      Scratch scratch = Scratch.reset();
      for (Map.Entry<String, Tensor> e : feed.entrySet()) {
        tensors.put(e.getKey(), OrtTensors.toOnnx(env, input(e.getKey()), e.getValue(), scratch));
      }
      try (OrtSession.Result result = session.run(tensors)) {
        return OrtOutputs.all(result);
      }
    } catch (OrtException e) {
      throw RunErrors.translate(e, file);
    } finally {
      try {
        for (OnnxTensor t : tensors.values()) {
          t.close();
        }
      } finally {
        lock.unlockRead(stamp);
      }
    }
  }

  private OrtTensors.Input input(String graphInput) {
    OrtTensors.Input info = inputs.get(graphInput);
    if (info == null) {
      throw new InputException("schema-mismatch", Location.UNKNOWN.withKeyPath(graphInput), graphInput,
          "the ONNX model's input '" + graphInput + "' is not a tensor, which this predictor cannot feed");
    }
    return info;
  }

  void checkOpen() {
    if (closed) {
      throw new IllegalStateException("this OnnxPredictor for " + file + " is closed");
    }
  }

  /** Waits for running calls, then releases the session and its options. Idempotent. */
  void close() {
    long stamp = lock.writeLock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      bindings.close();
      closeQuietly(session);
      options.close();
    } finally {
      lock.unlockWrite(stamp);
    }
  }

  static void closeQuietly(@Nullable OrtSession s) {
    if (s == null) {
      return;
    }
    try {
      s.close();
    } catch (OrtException e) {
      // The native release failed; nothing more can be done with this session either way.
    }
  }
}
