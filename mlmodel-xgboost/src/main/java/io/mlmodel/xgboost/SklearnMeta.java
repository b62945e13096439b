package io.mlmodel.xgboost;

import io.mlmodel.Location;
import io.mlmodel.ModelException;
import io.mlmodel.io.JsonErrors;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The state XGBoost's scikit-learn wrapper keeps in the booster's {@code scikit_learn} attribute
 * ({@code XGBModel.save_model}: the estimator's {@code __dict__} as JSON, where {@code missing} may
 * be {@code NaN}), reduced to what {@code predict} reads.
 *
 * @param nClasses {@code n_classes_}, 0 when absent
 * @param objective the objective, or null
 * @param missing the value the wrapper treats as missing (NaN by default)
 * @param gblinear whether {@code booster} is {@code gblinear}, which ignores the best iteration
 */
record SklearnMeta(int nClasses, @Nullable String objective, float missing, boolean gblinear) {
  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .build();

  static final SklearnMeta NONE = new SklearnMeta(0, null, Float.NaN, false);

  static SklearnMeta parse(@Nullable String attribute, Path file, Location at) {
    if (attribute == null) {
      return NONE;
    }
    JsonNode meta;
    try {
      meta = JSON.readTree(attribute);
    } catch (JacksonException e) {
      throw new ModelException("xgboost-load", at, file.getFileName()
          + ": the scikit_learn attribute is not JSON: " + JsonErrors.problem(e));
    }
    if (meta.has("_le")) {
      throw new ModelException("xgboost-load", at, file.getFileName()
          + " holds a label encoder (use_label_encoder, XGBoost before 1.6), which this predictor does not apply;"
          + " save the model again with XGBoost 1.6 or later");
    }
    JsonNode missing = meta.path("missing");
    float miss = missing.isNumber() ? (float) missing.doubleValue() : Float.NaN;
    JsonNode objective = meta.path("objective");
    return new SklearnMeta(meta.path("n_classes_").asInt(0), objective.isString() ? objective.asString() : null,
        miss, "gblinear".equals(meta.path("booster").asString("")));
  }
}
