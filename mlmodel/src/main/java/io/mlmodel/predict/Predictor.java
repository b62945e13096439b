package io.mlmodel.predict;

import io.mlmodel.data.ColumnTable;
import io.mlmodel.data.PredictInput;
import io.mlmodel.data.PredictOutput;
import io.mlmodel.data.Tensor;
import io.mlmodel.data.TensorMap;
import io.mlmodel.enforce.Enforcement;
import io.mlmodel.enforce.Params;
import io.mlmodel.model.MLModel;
import io.mlmodel.signature.ModelSignature;
import java.util.Optional;

/**
 * A loaded model that makes predictions: the JVM counterpart of MLflow's {@code PyFuncModel}. Get
 * one from {@link Predictors} or a {@link LoaderRegistry}.
 *
 * <pre>{@code
 * try (Predictor p = Predictors.load(Path.of("model"))) {
 *   PredictOutput y = p.predict(Tensor.ofFloats(new float[] {1, 2, 3, 4}, 1, 4), Params.empty());
 * }
 * }</pre>
 *
 * <p><b>Input and output.</b> The input is a {@link ColumnTable} (MLflow's DataFrame), a {@link
 * Tensor} (ndarray) or a {@link TensorMap} (dict of ndarrays). Like {@code PyFuncModel.predict},
 * {@link #predict} first enforces the model's input schema and params schema (see {@link
 * Enforcement}) and then runs the model on the converted input; the output is in the same terms,
 * and which shape it takes is the runtime's (an ONNX model answers a table with a table and tensors
 * with named tensors, as mlflow.onnx does).
 *
 * <p><b>Errors.</b> Input that does not satisfy the signature, or that the runtime cannot take, is
 * an {@link io.mlmodel.InputException} with MLflow's message; a model the runtime fails on is an
 * {@link io.mlmodel.ModelException}. Predicting after {@link #close()} throws {@link
 * IllegalStateException}.
 *
 * <p><b>Thread safety</b> is stated by each implementation; predictors that hold native sessions
 * document whether one instance may predict from several threads at once (the ONNX predictor
 * may). {@link #close()} must not race with {@link #predict}: close a predictor once no thread uses
 * it any more. Closing twice is harmless.
 */
public interface Predictor extends AutoCloseable {

  /**
   * The model this predictor runs.
   *
   * @return the model, as read
   */
  MLModel model();

  /**
   * The model's signature, which {@link #predict} enforces; empty when the model has none.
   *
   * @return the signature, or empty
   */
  default Optional<ModelSignature> signature() {
    return model().signature();
  }

  /**
   * Enforces the signature on {@code input} and {@code params} and runs the model.
   *
   * @param input the rows or tensors to score
   * @param params the inference params; {@link Params#empty()} for none
   * @return what the model returned: a table, a tensor, named tensors or a plain value
   * @throws io.mlmodel.InputException when the input or params are wrong
   * @throws IllegalStateException when the predictor is closed
   */
  PredictOutput predict(PredictInput input, Params params);

  /**
   * {@link #predict(PredictInput, Params)} without params.
   *
   * @param input the rows or tensors to score
   * @return what the model returned
   * @throws io.mlmodel.InputException when the input is wrong
   * @throws IllegalStateException when the predictor is closed
   */
  default PredictOutput predict(PredictInput input) {
    return predict(input, Params.empty());
  }

  /** Releases the runtime's resources (native memory for native runtimes). Idempotent. */
  @Override
  void close();
}
