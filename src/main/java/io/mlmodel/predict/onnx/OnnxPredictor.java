package io.mlmodel.predict.onnx;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.OrtSession.SessionOptions;
import ai.onnxruntime.TensorInfo;
import io.mlmodel.InputException;
import io.mlmodel.Location;
import io.mlmodel.MLModelException;
import io.mlmodel.ModelException;
import io.mlmodel.model.MLModel;
import io.mlmodel.model.OnnxFlavor;
import io.mlmodel.predict.ColumnTable;
import io.mlmodel.predict.EnforcementOptions;
import io.mlmodel.predict.Params;
import io.mlmodel.predict.PredictInput;
import io.mlmodel.predict.PredictOutput;
import io.mlmodel.predict.Predictor;
import io.mlmodel.predict.Tensor;
import io.mlmodel.predict.TensorMap;
import io.mlmodel.signature.ModelSignature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.StampedLock;
import org.jspecify.annotations.Nullable;

/**
 * Runs a model's {@code onnx} flavor with ONNX Runtime, as mlflow.onnx's pyfunc wrapper does. Get
 * one with {@code Predictors.resolve(model, OnnxPredictor.class)} (or plain {@code
 * Predictors.resolve(model)}: a model with {@code python_function} and {@code onnx} resolves here).
 *
 * <p><b>Loading.</b> The session is created from the file the flavor's {@code data} key names;
 * ONNX Runtime finds external tensor data files beside it (only for models on the default file
 * system: other file systems are read into memory, without external data). The flavor's {@code
 * providers} are added in order where this ONNX Runtime build has them (CPU always last), and
 * {@code onnx_session_options} ({@code intra_op_num_threads}, {@code inter_op_num_threads}, {@code
 * execution_mode}, {@code graph_optimization_level}, {@code extra_session_config}, ...) become
 * session options; see docs/predict.md.
 *
 * <p><b>Predicting.</b> After the signature is enforced, named tensors feed the graph inputs of the
 * same name (or, when the signature's tensor names differ from the graph's and their count is the
 * same, the graph input at the same position); a single tensor feeds the graph's only input; a
 * table feeds one column per graph input, or all its columns as one 2-d tensor when the graph has
 * a single input. float64 data for a float input is narrowed to float32, as mlflow.onnx does. A
 * table in gives a table out (one column per output, each flattened); tensors in give a {@link
 * TensorMap} of every output by name.
 *
 * <p><b>Thread safety.</b> One instance may predict from many threads at once: ONNX Runtime runs
 * concurrent calls on one session. {@link #close()} waits for running predictions, releases the
 * session's native memory, and makes later calls throw {@link IllegalStateException}.
 */
public final class OnnxPredictor implements Predictor {
  private final MLModel model;
  private final Path file;
  private final OrtEnvironment env;
  private final OrtSession session;
  private final SessionOptions options;
  private final List<String> providers;
  private final List<String> inputNames;
  private final List<String> outputNames;
  private final Map<String, OrtTensors.Input> inputs;
  private final Map<String, String> aliases;
  private final Optional<ModelSignature> signature;
  /** Null when the model's flag is malformed: then every predict reports it, as before. */
  private final @Nullable Boolean signatureFromTypeHint;
  /** Null when no input can skip enforcement and feeding. */
  private final @Nullable DirectFeed directFeed;
  /** Read-held by every run, write-held by close: a session is never closed under a running call. */
  private final StampedLock lock = new StampedLock();
  private volatile boolean closed;

  private OnnxPredictor(MLModel model, Path file, OrtEnvironment env, OrtSession session, SessionOptions options,
      List<String> providers) throws OrtException {
    this.model = model;
    this.file = file;
    this.env = env;
    this.session = session;
    this.options = options;
    this.providers = List.copyOf(providers);
    this.inputNames = List.copyOf(session.getInputNames());
    this.outputNames = List.copyOf(session.getOutputNames());
    Map<String, OrtTensors.Input> tensorInputs = new LinkedHashMap<>();
    for (Map.Entry<String, NodeInfo> e : session.getInputInfo().entrySet()) {
      if (e.getValue().getInfo() instanceof TensorInfo t) {
        tensorInputs.put(e.getKey(), OrtTensors.Input.of(e.getKey(), t));
      }
    }
    this.inputs = tensorInputs;
    this.aliases = SignatureNames.aliases(model.signature(), inputNames);
    // read once: locating the flag for a possible error message cost several percent of a small predict
    this.signature = model.signature();
    Boolean typeHint;
    try {
      typeHint = model.isSignatureFromTypeHint().orElse(false);
    } catch (MLModelException e) {
      typeHint = null;
    }
    this.signatureFromTypeHint = typeHint;
    this.directFeed = DirectFeed.of(signature, typeHint, inputNames, inputs, aliases);
  }

  /** Loads the model's onnx flavor; see the class comment. */
  static OnnxPredictor open(MLModel model) {
    OnnxFlavor flavor = OnnxFlavor.from(model.flavor(OnnxFlavor.NAME).orElseThrow(
        () -> new ModelException("missing-key", model.locateKey("flavors"), "the model has no onnx flavor")));
    Path file = ModelFile.of(model, flavor);
    OrtEnvironment env = Ort.environment();
    List<String> used = new ArrayList<>();
    SessionOptions options = SessionConfig.options(flavor, used);
    OrtSession session = null;
    try {
      session = file.getFileSystem() == FileSystems.getDefault()
          ? env.createSession(file.toString(), options)
          : env.createSession(Files.readAllBytes(file), options);
      return new OnnxPredictor(model, file, env, session, options, used);
    } catch (OrtException e) {
      closeQuietly(session);
      options.close();
      throw new ModelException("onnx-load", flavor.flavor().locate("data"),
          "ONNX Runtime cannot load " + file.getFileName() + ": " + e.getMessage(), e);
    } catch (IOException e) {
      options.close();
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public MLModel model() {
    return model;
  }

  /** The ONNX file the session runs. */
  public Path modelFile() {
    return file;
  }

  /** The execution providers the session was given, in order; always ends with the CPU provider. */
  public List<String> providers() {
    return providers;
  }

  /** The graph's input names, in order. */
  public List<String> inputNames() {
    return inputNames;
  }

  /**
   * The ONNX Runtime session, for what this class does not offer (metadata, profiling, running with
   * your own tensors). Do not close it: {@link #close()} does. Needs onnxruntime on the path.
   */
  public OrtSession session() {
    return session;
  }

  @Override
  public PredictOutput predict(PredictInput input, Params params) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(params, "params");
    checkOpen();
    Tensor direct = directFeed == null ? null : directFeed.accept(input, params);
    if (direct != null) {
      return run(directFeed.graphInput(), direct);
    }
    boolean typeHint = signatureFromTypeHint != null ? signatureFromTypeHint
        : model.isSignatureFromTypeHint().orElse(false);
    PredictInput enforced = Enforce.apply(typeHint, signature, input, params, EnforcementOptions.defaults()).input();
    Map<String, Tensor> feed = Feeds.of(enforced, inputNames, aliases);
    TensorMap out = feed.size() == 1
        ? run(input(feed.keySet().iterator().next()), feed.values().iterator().next())
        : run(feed);
    if (enforced instanceof ColumnTable) {
      return Tables.fromOutputs(out.tensors());
    }
    return out;
  }

  /** Runs the graph on one tensor fed to {@code input}, without enforcement; every output by name. */
  TensorMap run(OrtTensors.Input input, Tensor tensor) {
    OnnxTensor in = null;
    long stamp = lock.readLock();
    try {
      checkOpen();
      in = OrtTensors.toOnnx(env, input, tensor, Scratch.reset());
      try (OrtSession.Result result = session.run(Map.of(input.name(), in))) {
        return outputs(result);
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

  /** Runs the graph on these tensors, by graph input name, without enforcement; every output by name. */
  TensorMap run(Map<String, Tensor> feed) {
    Map<String, OnnxTensor> tensors = new HashMap<>(2 * feed.size());
    long stamp = lock.readLock();
    try {
      checkOpen();
      Scratch scratch = Scratch.reset();
      for (Map.Entry<String, Tensor> e : feed.entrySet()) {
        tensors.put(e.getKey(), OrtTensors.toOnnx(env, input(e.getKey()), e.getValue(), scratch));
      }
      try (OrtSession.Result result = session.run(tensors)) {
        return outputs(result);
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

  private TensorMap outputs(OrtSession.Result result) throws OrtException {
    if (outputNames.size() == 1 && result.size() == 1) {
      return TensorMap.of(outputNames.get(0), OrtOutputs.toTensor(result.get(0)));
    }
    Map<String, Tensor> out = new LinkedHashMap<>(2 * result.size());
    for (Map.Entry<String, OnnxValue> e : result) {
      out.put(e.getKey(), OrtOutputs.toTensor(e.getValue()));
    }
    return TensorMap.of(out);
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("this OnnxPredictor for " + file + " is closed");
    }
  }

  /** Waits for running predictions, then releases the session and its options. Idempotent. */
  @Override
  public void close() {
    long stamp = lock.writeLock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      closeQuietly(session);
      options.close();
    } finally {
      lock.unlockWrite(stamp);
    }
  }

  private static void closeQuietly(OrtSession s) {
    if (s == null) {
      return;
    }
    try {
      s.close();
    } catch (OrtException e) {
      // The native release failed; nothing more can be done with this session either way.
    }
  }

  @Override
  public String toString() {
    return "OnnxPredictor[" + file + ", inputs " + inputNames + ", providers " + providers + "]";
  }
}
