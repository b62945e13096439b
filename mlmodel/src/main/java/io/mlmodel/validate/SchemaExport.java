package io.mlmodel.validate;

import static io.mlmodel.validate.JsonSchemas.F;

import io.mlmodel.ModelException;
import io.mlmodel.model.MLModel;
import io.mlmodel.signature.ModelSignature;
import io.mlmodel.signature.OpenInference;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a model accepts, from its signature, as a machine-readable document (docs/schema-export.md):
 *
 * <ul>
 *   <li>{@link #toJson}: the signature as JSON, each part in MLflow's own {@code to_dict} form;
 *   <li>{@link #toOpenApi}: an OpenAPI 3.1 document of MLflow's scoring server, {@code POST
 *       /invocations} with the {@code dataframe_split}, {@code dataframe_records}, {@code
 *       instances} and {@code inputs} request forms and {@code params};
 *   <li>{@link #toOpenInference}: Open Inference Protocol (V2, KServe) model metadata, derived as
 *       Seldon MLServer's MLflow runtime derives it.
 * </ul>
 *
 * <pre>{@code
 * MLModel model = MLModels.read(Path.of("model"));
 * Files.writeString(Path.of("openapi.json"), SchemaExport.toOpenApi(model, "churn model"));
 * }</pre>
 *
 * <p>Every method fails with a {@link ModelException} of code {@code no-signature} when the model
 * has none; {@link #toOpenInference} also with {@code bad-dtype} for a tensor MLServer cannot
 * describe. A signature the parser refuses ({@code bad-signature}, {@code unknown-type}, {@code
 * bad-dtype}) already failed when the model was read or built. Output is pretty-printed JSON with
 * a final newline. Stateless and thread-safe.
 */
public final class SchemaExport {
  private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private SchemaExport() {}

  /**
   * The model's signature, as read with the model (MLflow's rules).
   *
   * @param model the model whose signature is exported
   * @return the signature parsed when the model was read
   * @throws ModelException code {@code no-signature} when the model has no signature, located at
   *     the model's MLmodel
   */
  public static ModelSignature signature(MLModel model) {
    return Objects.requireNonNull(model, "model").signature().orElseThrow(() -> new ModelException("no-signature",
        model.locate(), "the model has no signature, so there is no schema to export"));
  }

  /**
   * {@code {"inputs": [...], "outputs": [...], "params": [...]}}, null for an absent part.
   *
   * @param model the model whose signature is exported
   * @return the JSON text, pretty-printed, with a final newline
   * @throws ModelException code {@code no-signature} when the model has no signature
   */
  public static String toJson(MLModel model) {
    ModelSignature s = signature(model);
    ObjectNode o = F.objectNode();
    o.set("inputs", s.inputs().map(x -> JsonSchemas.value(x.toDict())).orElse(F.nullNode()));
    o.set("outputs", s.outputs().map(x -> JsonSchemas.value(x.toDict())).orElse(F.nullNode()));
    o.set("params", s.params().map(x -> JsonSchemas.value(x.toDict())).orElse(F.nullNode()));
    return write(o);
  }

  /**
   * The OpenAPI 3.1 document of MLflow's scoring endpoint for this model.
   *
   * @param model the model whose signature is exported; its {@code model_id}, else its {@code
   *     model_uuid}, else {@code unversioned} becomes {@code info.version}
   * @param title the API title ({@code info.title}), such as the model's name
   * @return the OpenAPI document as JSON text, pretty-printed, with a final newline
   * @throws ModelException code {@code no-signature} when the model has no signature
   */
  public static String toOpenApi(MLModel model, String title) {
    Objects.requireNonNull(title, "title");
    String version = model.modelId().or(model::modelUuid).orElse("unversioned");
    return write(OpenApiDocument.build(signature(model), title, version));
  }

  /**
   * Writes {@link #toOpenApi} to {@code out} as it is generated, without the whole document in
   * memory: the document names each column up to seven times, so a signature of long names (MLflow
   * accepts any length) makes a document several times the size of the MLmodel file. The writer is
   * flushed, not closed; an {@link java.io.IOException} is rethrown as {@link
   * java.io.UncheckedIOException}.
   *
   * @param model the model whose signature is exported, as for {@link #toOpenApi}
   * @param title the API title ({@code info.title}), such as the model's name
   * @param out where the document goes; flushed and left open
   * @throws ModelException code {@code no-signature} when the model has no signature; nothing is
   *     written then
   * @throws java.io.UncheckedIOException when writing to {@code out} fails; part of the document
   *     may have been written
   */
  public static void writeOpenApi(MLModel model, String title, java.io.Writer out) {
    Objects.requireNonNull(title, "title");
    String version = model.modelId().or(model::modelUuid).orElse("unversioned");
    ObjectNode doc = OpenApiDocument.build(signature(model), title, version);
    try {
      JSON.writeValue(new java.io.FilterWriter(out) {
        @Override
        public void close() throws java.io.IOException {
          flush(); // Jackson closes its target; the caller's writer stays open
        }
      }, doc);
      out.write('\n');
      out.flush();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (tools.jackson.core.exc.JacksonIOException e) {
      throw new java.io.UncheckedIOException(e.getCause());
    }
  }

  /**
   * The V2 model metadata MLServer serves at {@code GET /v2/models/{name}} for this model: {@code
   * name}, {@code versions} and {@code platform} as for a model-settings file that sets neither,
   * {@code inputs} and {@code outputs} from the signature, and {@code parameters.content_type},
   * the codec MLServer picks for requests ({@code pd}, {@code np} or {@code dict}). Where MLServer
   * fails to load the model (no inputs or no outputs in the signature) the list is empty here.
   *
   * @param model the model whose signature is exported
   * @param name the model name, written as {@code name}
   * @return the metadata as JSON text, pretty-printed, with a final newline
   * @throws ModelException code {@code no-signature} when the model has no signature, or {@code
   *     bad-dtype} when a tensor's numpy dtype has no Open Inference Protocol datatype (such as
   *     {@code float128} or {@code datetime64}), as MLServer then fails to load the model
   */
  public static String toOpenInference(MLModel model, String name) {
    Objects.requireNonNull(name, "name");
    ModelSignature s = signature(model);
    ObjectNode o = F.objectNode().put("name", name);
    o.putArray("versions");
    o.put("platform", "");
    o.set("inputs", tensors(s.inputs().map(OpenInference::inputs).orElse(List.of())));
    o.set("outputs", tensors(s.outputs().map(OpenInference::outputs).orElse(List.of())));
    s.inputs().ifPresent(in -> o.putObject("parameters").put("content_type", OpenInference.requestContentType(in)));
    return write(o);
  }

  private static ArrayNode tensors(List<OpenInference.MetadataTensor> tensors) {
    ArrayNode a = F.arrayNode();
    for (OpenInference.MetadataTensor t : tensors) {
      ObjectNode n = a.addObject().put("name", t.name()).put("datatype", t.datatype().name());
      ArrayNode shape = n.putArray("shape");
      t.shape().forEach(shape::add);
      n.putObject("parameters").put("content_type", t.contentType());
    }
    return a;
  }

  private static String write(ObjectNode node) {
    return JSON.writeValueAsString(node) + "\n";
  }
}
