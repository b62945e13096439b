package io.mlmodel.onnx;

import ai.onnxruntime.OrtEnvironment;

/** The one place the process-wide ONNX Runtime environment is obtained. */
final class Ort {
  private Ort() {}

  /**
   * The process-wide environment. ONNX Runtime keeps one per process and ignores the name and
   * logging level of later calls, so this library never closes it.
   */
  static OrtEnvironment environment() {
    return OrtEnvironment.getEnvironment();
  }
}
