/**
 * Runs the {@code onnx} flavor with ONNX Runtime ({@code com.microsoft.onnxruntime:onnxruntime},
 * an optional dependency): {@link io.mlmodel.onnx.OnnxPredictor}, found through {@link
 * io.mlmodel.onnx.OnnxPredictorLoader}. Only this package touches ONNX Runtime classes, so
 * the rest of the library works without it; then the loader declines with "onnxruntime is not on
 * the class path". See docs/predict.md.
 */
@NullMarked
package io.mlmodel.onnx;

import org.jspecify.annotations.NullMarked;
