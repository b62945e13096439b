package io.mlmodel.model;

import io.mlmodel.Location;
import io.mlmodel.ModelException;
import io.mlmodel.ReadOptions;
import io.mlmodel.signature.ModelSignature;
import io.mlmodel.signature.SignatureParser;
import io.mlmodel.yaml.YamlDocument;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Builds an {@link MLModel} from a parsed document with MLflow's loading semantics (format
 * reference §2.3): no key is required, unknown keys are kept, and only what MLflow itself refuses
 * at load time is refused here. Type problems that MLflow only meets later (a list where a string
 * belongs) surface from the typed getters and from the validator, not from reading.
 */
public final class ModelReader {
  private ModelReader() {}

  /**
   * The model described by {@code document}, which came from {@code directory}/MLmodel, read with
   * {@link ReadOptions#defaults()}.
   *
   * @param document the parsed {@code MLmodel} file; its file name, lines and columns locate errors
   * @param directory the model folder the file came from, against which the model resolves its side
   *     files (environment files, input examples); null when there is none, as for a file read from
   *     a stream
   * @return the model, keeping every key of the document
   * @throws io.mlmodel.ModelException code {@code not-a-mapping} when the document is not a YAML
   *     mapping; {@code bad-value} when a top-level key is not a string, {@code flavors} is not a
   *     mapping of mappings or {@code env_vars} is not a list of strings; and the located signature
   *     error when {@code signature} is a mapping that does not parse
   */
  public static MLModel read(YamlDocument document, @Nullable Path directory) {
    return read(document, directory, ReadOptions.defaults());
  }

  /**
   * Same, with the limits that also bound the signature's JSON.
   *
   * @param document the parsed {@code MLmodel} file; its file name, lines and columns locate errors
   * @param directory the model folder the file came from, against which the model resolves its side
   *     files (environment files, input examples); null when there is none, as for a file read from
   *     a stream
   * @param options the limits for the signature's JSON, kept for the side files the model reads later
   * @return the model, keeping every key of the document
   * @throws io.mlmodel.ModelException code {@code not-a-mapping} when the document is not a YAML
   *     mapping; {@code bad-value} when a top-level key is not a string, {@code flavors} is not a
   *     mapping of mappings or {@code env_vars} is not a list of strings; and the located signature
   *     error when {@code signature} is a mapping that does not parse
   *     (a {@link io.mlmodel.LimitExceededException} when that JSON exceeds {@code options})
   */
  public static MLModel read(YamlDocument document, @Nullable Path directory, ReadOptions options) {
    Locator locator = Locator.of(document);
    Object root = document.root();
    if (!(root instanceof Map<?, ?> map)) {
      throw new ModelException("not-a-mapping", locator.at(),
          "an MLmodel file must be a YAML mapping of keys such as flavors and signature, found "
              + Values.describe(root));
    }
    return build(map, directory, locator, options);
  }

  static MLModel build(Map<?, ?> map, @Nullable Path directory, Locator locator, ReadOptions options) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : map.entrySet()) {
      if (!(e.getKey() instanceof String key)) {
        throw new ModelException("bad-value", locator.keyAt(e.getKey()), "top-level keys must be strings, found "
            + Values.describe(e.getKey()) + " '" + e.getKey() + "'; MLflow cannot load this file");
      }
      values.put(key, e.getValue());
    }
    Map<String, Flavor> flavors = flavors(values.get("flavors"), locator);
    // MLflow's env_vars setter refuses anything but a list of strings at load time.
    Values.strings(values.get("env_vars"), () -> locator.at("env_vars"));
    // MLflow parses the signature while loading, so a broken one fails the load; a signature
    // that is not a mapping is not parsed by MLflow either and stays a plain value.
    ModelSignature signature = null;
    Object sig = values.get("signature");
    if (sig instanceof Map) {
      signature = SignatureParser.fromYaml(sig,
          key -> key.isEmpty() ? locator.at("signature") : locator.at("signature", key), options);
    }
    return new MLModel(directory, values, flavors, signature, locator, options);
  }

  private static Map<String, Flavor> flavors(@Nullable Object raw, Locator locator) {
    Map<String, Flavor> flavors = new LinkedHashMap<>();
    if (raw == null) {
      return flavors;
    }
    Locator below = locator.below("flavors");
    Map<String, Object> m = Values.stringMap(raw, () -> locator.at("flavors"), below::keyAt);
    for (Map.Entry<String, Object> e : m.entrySet()) {
      Object config = e.getValue();
      Locator flavorLocator = below.below(e.getKey());
      Map<String, Object> c = config == null ? Map.of()
          : Values.stringMap(config, () -> below.at(e.getKey()), flavorLocator::keyAt);
      flavors.put(e.getKey(), new Flavor(e.getKey(), c, flavorLocator));
    }
    return flavors;
  }
}
