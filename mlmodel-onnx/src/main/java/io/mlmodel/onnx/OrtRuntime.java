package io.mlmodel.onnx;

import java.util.Optional;

/**
 * Whether ONNX Runtime can be used here. It is an optional dependency: this class touches no ONNX
 * Runtime class until it has found one by name, so the library works without it on the path.
 */
final class OrtRuntime {
  static final String MISSING = "onnxruntime is not on the class path"
      + " (add com.microsoft.onnxruntime:onnxruntime)";

  private static volatile Optional<String> problem;

  private OrtRuntime() {}

  /** Why ONNX Runtime cannot be used, or empty when it can. Computed once. */
  static Optional<String> problem() {
    Optional<String> p = problem;
    if (p == null) {
      p = problem(OrtRuntime.class.getClassLoader());
      problem = p;
    }
    return p;
  }

  /** Same, looking for ONNX Runtime through {@code loader}; loads its native library when found. */
  static Optional<String> problem(ClassLoader loader) {
    Class<?> env;
    try {
      env = Class.forName("ai.onnxruntime.OrtEnvironment", false, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      return Optional.of(MISSING);
    }
    if (!OrtRuntime.class.getModule().canRead(env.getModule())) {
      // On the module path with onnxruntime on the class path (or not resolved): this module
      // cannot see it, so using it would fail with IllegalAccessError.
      return Optional.of(MISSING);
    }
    try {
      Ort.environment();
      return Optional.empty();
    } catch (LinkageError | RuntimeException e) {
      // UnsatisfiedLinkError, or the ExceptionInInitializerError wrapping it: the jar is there but
      // its native library does not load on this platform.
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      return Optional.of("onnxruntime could not load its native library: " + cause);
    }
  }
}
