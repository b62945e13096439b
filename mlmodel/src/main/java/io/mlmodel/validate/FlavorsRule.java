package io.mlmodel.validate;

import io.mlmodel.model.Flavor;
import io.mlmodel.model.KnownFlavor;
import io.mlmodel.model.MLModel;

/**
 * {@code no-flavors} (error): nothing can load a model without flavors; a file named MLmodel that
 * holds an MLproject looks like this. {@code unknown-flavor} (info): a flavor MLflow does not ship,
 * which only its own plugin can load.
 */
final class FlavorsRule implements Rule {
  @Override
  public void check(ModelContext context) {
    MLModel model = context.model();
    if (model.flavors().isEmpty()) {
      boolean present = model.toMap().containsKey("flavors");
      context.error("no-flavors", present ? model.locate("flavors") : model.locate(),
          present ? "'flavors' is empty: no flavor can load this model"
              : "there is no 'flavors' key: no flavor can load this model (is this an MLmodel file at all?)");
    }
    for (Flavor f : model.flavors().values()) {
      if (KnownFlavor.byName(f.name()).isEmpty()) {
        context.info("unknown-flavor", f.locate(),
            "'" + f.name() + "' is not a flavor MLflow ships; only its own plugin can load it");
      }
    }
  }
}
