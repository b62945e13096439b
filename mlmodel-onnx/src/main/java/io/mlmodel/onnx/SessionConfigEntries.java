package io.mlmodel.onnx;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession.SessionOptions;
import io.mlmodel.Location;
import io.mlmodel.ModelException;
import io.mlmodel.model.OnnxFlavor;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Adds the {@code onnx_session_options.extra_session_config} entries to ONNX Runtime session
 * options, refusing every key that is not known to only tune execution.
 *
 * <p>The model folder may come from anyone, and ONNX Runtime has config keys that make it read or
 * write files wherever their value points ({@code ep.context_file_path}, {@code
 * session.model_external_initializers_file_folder_path}, {@code
 * session.collect_node_memory_stats_to_file}, {@code session.node_partition_config_file}, ...), read
 * the model in another format ({@code session.load_model_format}), or share memory beyond the
 * session ({@code session.use_env_allocators}, {@code session.use_ort_model_bytes_directly}). A
 * deny-list would let through the keys of the next ONNX Runtime release, so this is an allow-list
 * of the keys of ONNX Runtime 1.23's {@code onnxruntime_session_options_config_keys.h} that only
 * change threads, spinning, denormals, numeric precision or graph optimizations.
 */
final class SessionConfigEntries {
  /** Keys that only tune how the graph runs; each reads its value as a number or a list of names. */
  static final Set<String> ALLOWED = Set.of(
      "session.inter_op.allow_spinning", "session.intra_op.allow_spinning", "session.force_spinning_stop",
      "session.intra_op_thread_affinities", "session.dynamic_block_base", "session.set_denormal_as_zero",
      "session.disable_prepacking", "session.x64quantprecision", "session.qdq_matmulnbits_accuracy_level",
      "session.qdqisint8allowed", "session.disable_quant_qdq", "session.enable_quant_qdq_cleanup",
      "session.disable_double_qdq_remover", "session.disable_aot_function_inlining",
      "session.graph_optimizations_loop_level", "session.strict_shape_type_inference",
      "session.allow_released_opsets_only", "session.disable_cpu_ep_fallback",
      "session.use_device_allocator_for_initializers", "optimization.enable_gelu_approximation",
      "optimization.enable_cast_chain_elimination", "optimization.disable_specified_optimizers");

  private SessionConfigEntries() {}

  /** Adds the entries of {@code value}, the {@code extra_session_config} of {@code flavor}. */
  static void add(SessionOptions so, OnnxFlavor flavor, Object value) throws OrtException {
    Location at = flavor.flavor().locate("onnx_session_options", "extra_session_config");
    if (!(value instanceof Map<?, ?> m)) {
      throw new ModelException("bad-value", at,
          "expected a mapping of ONNX Runtime config keys to strings, found " + value);
    }
    for (Map.Entry<?, ?> c : m.entrySet()) {
      Object key = c.getKey();
      Object v = c.getValue();
      Location keyAt = flavor.flavor().locate("onnx_session_options", "extra_session_config", key);
      if (!(key instanceof String name) || !ALLOWED.contains(name)) {
        throw new ModelException("bad-value", keyAt, "ONNX Runtime config key '" + key + "' is refused: only keys"
            + " that tune execution are allowed, not ones that read or write files or share memory; allowed: "
            + new TreeSet<>(ALLOWED));
      }
      if (v instanceof Map || v instanceof List || v == null) {
        throw new ModelException("bad-value", keyAt, "expected a string value for '" + key + "', found " + v);
      }
      so.addConfigEntry(name, String.valueOf(v));
    }
  }
}
