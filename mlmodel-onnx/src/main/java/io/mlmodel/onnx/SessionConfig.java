package io.mlmodel.onnx;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtLoggingLevel;
import ai.onnxruntime.OrtProvider;
import ai.onnxruntime.OrtSession.SessionOptions.ExecutionMode;
import ai.onnxruntime.OrtSession.SessionOptions.OptLevel;
import ai.onnxruntime.OrtSession.SessionOptions;
import io.mlmodel.Location;
import io.mlmodel.ModelException;
import io.mlmodel.model.OnnxFlavor;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns the onnx flavor's {@code providers} and {@code onnx_session_options} into ONNX Runtime
 * {@link SessionOptions}, as mlflow.onnx does with the Python {@code SessionOptions}.
 *
 * <p>Providers that this ONNX Runtime build does not have are skipped, as Python ONNX Runtime does
 * (it warns); the CPU provider is always the last resort. A session option key ONNX Runtime's Python
 * {@code SessionOptions} does not know is a {@code bad-value} error, as it is for {@code
 * mlflow.onnx.save_model}; the few Python-only options with no Java counterpart are ignored. The
 * {@code extra_session_config} entries are limited to keys that tune execution ({@link
 * SessionConfigEntries}).
 */
final class SessionConfig {
  /** Python SessionOptions attributes that have no effect on inference results and no Java setter. */
  static final Set<String> IGNORED = Set.of("enable_mem_reuse", "enable_profiling", "execution_order",
      "log_verbosity_level", "optimized_model_filepath", "profile_file_prefix");
  static final Set<String> APPLIED = Set.of("inter_op_num_threads", "intra_op_num_threads", "execution_mode",
      "graph_optimization_level", "extra_session_config", "enable_cpu_mem_arena", "enable_mem_pattern",
      "use_deterministic_compute", "log_severity_level", "logid");

  /**
   * The most threads a session's pool may have. ONNX Runtime starts the pool's threads when the
   * session is created, so a hostile count (2147483647) would exhaust the machine at load; 1025
   * already took 24 seconds to load.
   */
  static final int MAX_THREADS = 1024;

  private SessionConfig() {}

  /**
   * New options for {@code flavor}; the caller closes them after the session. {@code used}
   * receives the names of the providers actually added, in order.
   */
  static SessionOptions options(OnnxFlavor flavor, List<String> used) {
    SessionOptions so = new SessionOptions();
    try {
      applyOptions(so, flavor);
      addProviders(so, flavor, used);
      return so;
    } catch (OrtException e) {
      so.close();
      throw new ModelException("onnx-load", flavor.flavor().locate("onnx_session_options"),
          "ONNX Runtime rejects the session options: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      so.close();
      throw e;
    }
  }

  private static void applyOptions(SessionOptions so, OnnxFlavor flavor) throws OrtException {
    for (Map.Entry<String, Object> e : flavor.sessionOptions().entrySet()) {
      String key = e.getKey();
      Object v = e.getValue();
      Location at = flavor.flavor().locate("onnx_session_options", key);
      if (v == null || IGNORED.contains(key)) {
        continue;
      }
      switch (key) {
        case "inter_op_num_threads" -> so.setInterOpNumThreads(intIn(v, at, 0, MAX_THREADS));
        case "intra_op_num_threads" -> so.setIntraOpNumThreads(intIn(v, at, 0, MAX_THREADS));
        case "execution_mode" -> so.setExecutionMode(executionMode(v, at));
        case "graph_optimization_level" -> so.setOptimizationLevel(optLevel(v, at));
        case "enable_cpu_mem_arena" -> so.setCPUArenaAllocator(bool(v, at));
        case "enable_mem_pattern" -> so.setMemoryPatternOptimization(bool(v, at));
        case "use_deterministic_compute" -> so.setDeterministicCompute(bool(v, at));
        case "log_severity_level" -> so.setSessionLogLevel(OrtLoggingLevel.mapFromInt(intIn(v, at, 0, 4)));
        case "logid" -> so.setLoggerId(string(v, at));
        case "extra_session_config" -> SessionConfigEntries.add(so, flavor, v);
        default -> throw bad(flavor.flavor().locate("onnx_session_options", key),
            "unknown ONNX Runtime session option '" + key + "'; known: " + known());
      }
    }
  }

  private static List<String> known() {
    List<String> k = new ArrayList<>(APPLIED);
    k.addAll(IGNORED);
    k.sort(null);
    return k;
  }

  private static void addProviders(SessionOptions so, OnnxFlavor flavor, List<String> used) throws OrtException {
    EnumSet<OrtProvider> available = OrtEnvironment.getAvailableProviders();
    for (String name : flavor.providers()) {
      OrtProvider p = provider(name);
      if (p == null || p == OrtProvider.CPU || !available.contains(p) || used.contains(name)) {
        continue;
      }
      switch (p) {
        case CUDA -> so.addCUDA();
        case ROCM -> so.addROCM();
        case TENSOR_RT -> so.addTensorrt(0);
        case DNNL -> so.addDnnl(true);
        case OPEN_VINO -> so.addOpenVINO("");
        case CORE_ML -> so.addCoreML();
        case XNNPACK -> so.addXnnpack(Map.of());
        case DIRECT_ML -> so.addDirectML(0);
        case ACL -> so.addACL(true);
        case ARM_NN -> so.addArmNN(true);
        case NNAPI -> so.addNnapi();
        case QNN -> so.addQnn(Map.of());
        case WEBGPU -> so.addWebGPU(Map.of());
        default -> {
          continue;
        }
      }
      used.add(name);
    }
    used.add(OrtProvider.CPU.getName());
  }

  private static OrtProvider provider(String name) {
    for (OrtProvider p : OrtProvider.values()) {
      if (p.getName().equals(name)) {
        return p;
      }
    }
    return null;
  }

  private static ExecutionMode executionMode(Object v, Location at) {
    String s = string(v, at).toUpperCase(Locale.ROOT);
    return switch (s) {
      case "SEQUENTIAL" -> ExecutionMode.SEQUENTIAL;
      case "PARALLEL" -> ExecutionMode.PARALLEL;
      default -> throw bad(at, "expected 'sequential' or 'parallel', found '" + v + "'");
    };
  }

  private static OptLevel optLevel(Object v, Location at) {
    // The values of Python's onnxruntime.GraphOptimizationLevel.
    return switch (intIn(v, at, 0, 99)) {
      case 0 -> OptLevel.NO_OPT;
      case 1 -> OptLevel.BASIC_OPT;
      case 2 -> OptLevel.EXTENDED_OPT;
      case 3 -> OptLevel.LAYOUT_OPT;
      case 99 -> OptLevel.ALL_OPT;
      default -> throw bad(at, "expected 0, 1, 2, 3 or 99 (onnxruntime.GraphOptimizationLevel), found " + v);
    };
  }

  private static int intIn(Object v, Location at, int min, int max) {
    if (v instanceof Long l && l >= min && l <= max) {
      return l.intValue();
    }
    throw bad(at, "expected an integer from " + min + " to " + max + ", found " + v);
  }

  private static boolean bool(Object v, Location at) {
    if (v instanceof Boolean b) {
      return b;
    }
    throw bad(at, "expected true or false, found " + v);
  }

  private static String string(Object v, Location at) {
    if (v instanceof String s) {
      return s;
    }
    throw bad(at, "expected a string, found " + v);
  }

  private static ModelException bad(Location at, String problem) {
    return new ModelException("bad-value", at, problem);
  }
}
