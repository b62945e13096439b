package io.mlmodel.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The typed view of the {@code transformers} flavor (Hugging Face transformers; format reference §8.1). Every key it does
 * not name stays in {@link #flavor()}.
 *
 * @param transformersVersion the transformers version (transformers_version)
 * @param task the pipeline task, such as text-classification (task)
 * @param instanceType the pipeline class (instance_type)
 * @param framework pt or tf (framework)
 * @param torchDtype the torch dtype, such as torch.bfloat16 (torch_dtype)
 * @param pipelineModelType the model class (pipeline_model_type)
 * @param sourceModelName the hub id of the model (source_model_name)
 * @param sourceModelRevision the hub revision, when the weights were not saved (source_model_revision)
 * @param modelBinary the folder of saved weights, normally model (model_binary)
 * @param inferenceTask llm/v1/completions, llm/v1/chat or llm/v1/embeddings (inference_task)
 * @param code the folder of copied code paths (code)
 * @param components the saved pipeline components, such as tokenizer
 * @param flavor the generic view, with every key
 */
public record TransformersFlavor(
    @Nullable String transformersVersion,
    @Nullable String task,
    @Nullable String instanceType,
    @Nullable String framework,
    @Nullable String torchDtype,
    @Nullable String pipelineModelType,
    @Nullable String sourceModelName,
    @Nullable String sourceModelRevision,
    @Nullable String modelBinary,
    @Nullable String inferenceTask,
    @Nullable String code,
    List<String> components,
    Flavor flavor) {

  /** The flavor's name. */
  public static final String NAME = "transformers";

  /**
   * Reads the typed view; fails with a located {@code bad-value} error on a wrongly typed key.
   *
   * @param f the {@code transformers} flavor, as read or built; its name is not checked
   * @return the typed view of {@code f}; {@code components} is empty when absent or null
   * @throws io.mlmodel.ModelException code {@code bad-value} when a key has the wrong type
   */
  public static TransformersFlavor from(Flavor f) {
    return new TransformersFlavor(
        f.string("transformers_version").orElse(null),
        f.string("task").orElse(null),
        f.string("instance_type").orElse(null),
        f.string("framework").orElse(null),
        f.string("torch_dtype").orElse(null),
        f.string("pipeline_model_type").orElse(null),
        f.string("source_model_name").orElse(null),
        f.string("source_model_revision").orElse(null),
        f.string("model_binary").orElse(null),
        f.string("inference_task").orElse(null),
        f.string("code").orElse(null),
        f.strings("components").orElse(List.of()),
        f);
  }
}
