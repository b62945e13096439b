package io.mlmodel.validate;

import io.mlmodel.Location;
import io.mlmodel.yaml.KeyPath;
import io.mlmodel.yaml.YamlDocument;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code legacy-optional} (warning): a column spec of the signature's inputs or outputs holds the
 * key {@code optional}, which MLflow 2.4 to 2.7 wrote before {@code required}. MLflow 2.x reads it
 * ({@code required = not optional}, as this library does) but MLflow 3 refuses the signature, so the
 * model stops loading there; {@code mlmodel format} rewrites the key as {@code required}. A
 * signature that is not valid JSON is {@link SignatureRule}'s to report, not this rule's.
 */
final class LegacyOptionalRule implements Rule {
  private static final JsonMapper JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

  @Override
  public void check(ModelContext context) {
    YamlDocument doc = context.document();
    if (!(doc.root() instanceof Map<?, ?> root) || !(root.get("signature") instanceof Map<?, ?> signature)) {
      return;
    }
    for (String part : new String[] {"inputs", "outputs"}) {
      if (!(signature.get(part) instanceof String text)) {
        continue;
      }
      JsonNode specs;
      try {
        specs = JSON.readTree(text);
      } catch (JacksonException e) {
        continue;
      }
      if (!specs.isArray()) {
        continue;
      }
      Location at = doc.locate(KeyPath.of("signature", part));
      for (int i = 0; i < specs.size(); i++) {
        JsonNode spec = specs.get(i);
        if (spec.isObject() && spec.has("optional")) {
          String path = KeyPath.withKey("signature." + part + "[" + i + "]", "optional");
          String column = spec.path("name").isString() ? "column '" + spec.get("name").asString() + "'" : "column " + i;
          context.warning("legacy-optional", at.withKeyPath(path), column + " uses the legacy key 'optional' (written by"
              + " MLflow 2.4 to 2.7): MLflow 2.x reads it as required = not optional, but MLflow 3 refuses the"
              + " signature; 'mlmodel format' rewrites it as 'required'");
        }
      }
    }
  }
}
