package io.mlmodel.validate;

import io.mlmodel.Location;
import io.mlmodel.ModelException;
import io.mlmodel.signature.SignatureParser;
import io.mlmodel.yaml.KeyPath;
import io.mlmodel.yaml.YamlDocument;
import java.util.Map;
import java.util.function.Function;

/**
 * The signature, read with MLflow's rules by {@link SignatureParser}: {@code bad-signature}
 * (error: not a mapping of JSON strings, invalid JSON, inconsistent specs), {@code unknown-type}
 * (error: a column or param type MLflow does not know), {@code bad-dtype} (error: a tensor dtype
 * MLflow does not know). Inputs, outputs and params are read separately, so a problem in each is
 * reported. {@code no-signature} (info): without a signature nothing checks what a client sends.
 */
final class SignatureRule implements Rule {
  private static final String[] PARTS = {"inputs", "outputs", "params"};

  @Override
  public void check(ModelContext context) {
    YamlDocument doc = context.document();
    Object signature = doc.root() instanceof Map<?, ?> root ? root.get("signature") : null;
    if (signature == null) {
      context.info("no-signature", doc.locate(KeyPath.ROOT), "the model has no signature: inputs are passed to it unchecked "
          + "and no schema can be exported");
      return;
    }
    Function<String, Location> locate = key -> doc.locate(key.isEmpty() ? KeyPath.of("signature") : KeyPath.of("signature", key));
    if (signature instanceof Map<?, ?> map) {
      for (String part : PARTS) {
        Object value = map.get(part);
        if (value != null && !"".equals(value)) {
          parse(context, Map.of(part, value), locate);
        }
      }
    }
    parse(context, signature, locate);
  }

  private static void parse(ModelContext context, Object signature, Function<String, Location> locate) {
    try {
      SignatureParser.fromYaml(signature, locate, context.options());
    } catch (ModelException e) {
      context.report(e);
    }
  }
}
