package io.mlmodel.onnx;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession.SessionOptions;
import ai.onnxruntime.OrtSession;
import io.mlmodel.MLModelException;
import io.mlmodel.ModelException;
import io.mlmodel.data.ColumnTable;
import io.mlmodel.data.PredictInput;
import io.mlmodel.data.PredictOutput;
import io.mlmodel.data.Tensor;
import io.mlmodel.data.TensorMap;
import io.mlmodel.enforce.EnforcementOptions;
import io.mlmodel.enforce.Params;
import io.mlmodel.model.MLModel;
import io.mlmodel.model.OnnxFlavor;
import io.mlmodel.predict.Predictor;
import io.mlmodel.predict.Predictors;
import io.mlmodel.signature.ModelSignature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
 * concurrent calls on one session. Each thread keeps the native tensors of its last few small
 * single-input shapes for the next call of the same shape (at most 4, each input and its outputs
 * up to 64 KB). {@link #close()} waits for running predictions, releases the session's native
 * memory and those tensors, and makes later calls throw {@link IllegalStateException}.
 */
public final class OnnxPredictor implements Predictor {
  private final MLModel model;
  private final Path file;
  private final GuardedSession runs;
  private final List<String> providers;
  private final List<String> inputNames;
  private final Map<String, String> aliases;
  private final Optional<ModelSignature> signature;
  /** Null when the model's flag is malformed: then every predict reports it, as before. */
  private final @Nullable Boolean signatureFromTypeHint;
  /** Null when no input can skip enforcement and feeding. */
  private final @Nullable DirectFeed directFeed;

  private OnnxPredictor(MLModel model, Path file, GuardedSession runs, List<String> providers) throws OrtException {
    this.model = model;
    this.file = file;
    this.runs = runs;
    this.providers = List.copyOf(providers);
    this.inputNames = List.copyOf(runs.session().getInputNames());
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
    this.directFeed = DirectFeed.of(signature, typeHint, inputNames, runs.inputs(), aliases);
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
      return new OnnxPredictor(model, file, new GuardedSession(env, session, options, file), used);
    } catch (OrtException e) {
      GuardedSession.closeQuietly(session);
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

  /**
   * The ONNX file the session runs.
   *
   * @return the path of the {@code .onnx} file
   */
  public Path modelFile() {
    return file;
  }

  /**
   * The execution providers the session was given, in order; always ends with the CPU provider.
   *
   * @return the provider names, such as {@code CUDAExecutionProvider} then {@code CPUExecutionProvider}
   */
  public List<String> providers() {
    return providers;
  }

  /**
   * The graph's input names, in order.
   *
   * @return the input names, as the graph declares them
   */
  public List<String> inputNames() {
    return inputNames;
  }

  /**
   * The ONNX Runtime session, for what this class does not offer (metadata, profiling, running with
   * your own tensors). Do not close it: {@link #close()} does. Needs onnxruntime on the path.
   *
   * @return the open session this predictor runs
   */
  public OrtSession session() {
    return runs.session();
  }

  @Override
  public PredictOutput predict(PredictInput input, Params params) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(params, "params");
    runs.checkOpen();
    Tensor direct = directFeed == null ? null : directFeed.accept(input, params);
    if (direct != null) {
      return runs.run(directFeed.graphInput(), direct);
    }
    boolean typeHint = signatureFromTypeHint != null ? signatureFromTypeHint
        : model.isSignatureFromTypeHint().orElse(false);
    PredictInput enforced = Enforce.apply(typeHint, signature, input, params, EnforcementOptions.defaults()).input();
    TensorMap out = runs.run(Feeds.of(enforced, inputNames, aliases));
    if (enforced instanceof ColumnTable) {
      return Tables.fromOutputs(out.tensors());
    }
    return out;
  }

  /** Runs the graph on these tensors, by graph input name, without enforcement; every output by name. */
  TensorMap run(Map<String, Tensor> feed) {
    return runs.run(feed);
  }

  /** Waits for running predictions, then releases the session and its options. Idempotent. */
  @Override
  public void close() {
    runs.close();
  }

  @Override
  public String toString() {
    return "OnnxPredictor[" + file + ", inputs " + inputNames + ", providers " + providers + "]";
  }
}
