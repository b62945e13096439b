/**
 * Running models: a {@link io.mlmodel.predict.Predictor} runs one loaded model on {@code
 * io.mlmodel.data} inputs under MLflow's enforcement; {@link io.mlmodel.predict.Predictors} finds the
 * runtime for a model folder among the {@link io.mlmodel.predict.PredictorLoader}s on the class path
 * or module path (the ONNX Runtime module, the gradient-boosting modules, a remote endpoint).
 *
 * <p>Uses {@code io.mlmodel.data}, {@code io.mlmodel.enforce} and the model layer; knows no runtime.
 */
@NullMarked
package io.mlmodel.predict;

import org.jspecify.annotations.NullMarked;
