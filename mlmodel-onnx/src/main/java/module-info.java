/**
 * Runs the {@code onnx} flavor with ONNX Runtime: {@link io.mlmodel.onnx.OnnxPredictor}, found by
 * {@link io.mlmodel.predict.Predictors} through the {@link io.mlmodel.predict.PredictorLoader} this
 * module provides.
 */
module io.mlmodel.onnx {
  requires transitive io.mlmodel;
  requires com.microsoft.onnxruntime;
  requires static org.jspecify;

  exports io.mlmodel.onnx;

  provides io.mlmodel.predict.PredictorLoader with io.mlmodel.onnx.OnnxPredictorLoader;
}
