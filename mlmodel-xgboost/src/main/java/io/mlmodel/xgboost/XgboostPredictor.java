package io.mlmodel.xgboost;

import io.mlmodel.MLModelException;
import io.mlmodel.ModelException;
import io.mlmodel.data.ColumnTable;
import io.mlmodel.data.PredictInput;
import io.mlmodel.data.PredictOutput;
import io.mlmodel.enforce.EnforcedInput;
import io.mlmodel.enforce.Enforcement;
import io.mlmodel.enforce.EnforcementOptions;
import io.mlmodel.enforce.Params;
import io.mlmodel.model.MLModel;
import io.mlmodel.model.XgboostFlavor;
import io.mlmodel.predict.Predictor;
import io.mlmodel.predict.Predictors;
import io.mlmodel.signature.ModelSignature;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs a model's {@code xgboost} flavor on xgboost4j and answers what {@code
 * mlflow.pyfunc.load_model(dir).predict(input)} answers. Get one with {@code Predictors.load(dir)}
 * or {@code Predictors.resolve(model, XgboostPredictor.class)}:
 *
 * <pre>{@code
 * try (Predictor p = Predictors.load(Path.of("testdata/xgboost/multiclass_json"))) {
 *   PredictOutput labels = p.predict(ColumnTable.builder().addDoubles("sepal length (cm)", 5.1)
 *       .addDoubles("sepal width (cm)", 3.5).addDoubles("petal length (cm)", 1.4)
 *       .addDoubles("petal width (cm)", 0.2).build());   // an int64 tensor: [0]
 * }
 * }</pre>
 *
 * <p><b>Loading.</b> The file the flavor's {@code data} key names is read whatever its extension:
 * its first bytes tell the legacy binary format, JSON or UBJSON ({@link #format()}), as XGBoost's
 * own loader tells them. {@code model_class} (default {@code xgboost.core.Booster}) decides what a
 * prediction is.
 *
 * <p><b>Predicting.</b> After the signature is enforced as {@code PyFuncModel.predict} enforces it,
 * a table's columns are taken by the booster's feature names when it has them (XGBoost refuses
 * any other set of names), else in order; a 2-d tensor is taken as it is. Numbers become float32;
 * NaN and null are missing values, which the trees send their default way. A {@code Booster} or a
 * regressor answers float32 values, 1-d when the objective gives one value per row, else (rows,
 * values); a classifier answers int64 class labels ({@code XGBClassifier.predict}). The
 * scikit-learn models predict up to their best iteration when early stopping recorded one. Params
 * {@code output_margin} and {@code iteration_range}, when the signature declares them, are applied.
 *
 * <p><b>Where the trees run.</b> The native call costs ~100 µs at any batch, so up to 4,096 tree
 * walks (rows times trees) of a {@code gbtree} model with numerical splits and a usual objective run
 * on a Java walk of the trees the runtime exports: XGBoost's answers (to one float32 ulp after {@code expf}).
 *
 * <p><b>Thread safety.</b> One instance predicts from any number of threads at once. {@link
 * #close()} waits for running predictions, frees the native booster, and makes later calls throw
 * {@link IllegalStateException}.
 */
public final class XgboostPredictor implements Predictor {
  private final MLModel model;
  private final BoosterModel booster;
  private final Optional<ModelSignature> signature;
  private final boolean typeHint;

  private XgboostPredictor(MLModel model, BoosterModel booster) {
    this.model = model;
    this.booster = booster;
    this.signature = model.signature();
    this.typeHint = model.isSignatureFromTypeHint().orElse(false);
  }

  static XgboostPredictor open(MLModel model) {
    XgboostFlavor flavor = XgboostFlavor.from(model.flavor(XgboostFlavor.NAME).orElseThrow(
        () -> new ModelException("missing-key", model.locateKey("flavors"), "the model has no xgboost flavor")));
    BoosterModel loaded = BoosterModel.load(model, flavor);
    try {
      return new XgboostPredictor(model, loaded);
    } catch (MLModelException | IllegalStateException e) {
      loaded.booster().close();
      throw e;
    }
  }

  @Override
  public MLModel model() {
    return model;
  }

  /** {@return the booster file} */
  public Path modelFile() {
    return booster.file();
  }

  /** {@return the booster file's format, as its content tells} */
  public XgboostFormat format() {
    return booster.format();
  }

  /** {@return the Python class MLflow would load the booster into, such as {@code xgboost.sklearn.XGBClassifier}} */
  public String modelClass() {
    return booster.modelClass();
  }

  /** {@return the booster's feature names, in order; empty when it was trained without names} */
  public List<String> featureNames() {
    return booster.featureNames();
  }

  /** The booster and its tree walk, whose route tests and benchmarks force or query. */
  GuardedBooster runtime() {
    return booster.booster();
  }

  @Override
  public PredictOutput predict(PredictInput input, Params params) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(params, "params");
    booster.booster().checkOpen();
    EnforcedInput enforced = enforce(input, params);
    CallParams call = CallParams.of(enforced.params(), booster.iterations(), booster.rounds());
    Features.Matrix x = Features.of(enforced.input(), booster.featureNames(), booster.numFeatures());
    if (x.rows() == 0) {
      return Outputs.empty(booster.kind(), call.margin());
    }
    Outputs.checkSize(x.rows(), booster.groups());
    float[][] raw = booster.booster().predict(x.data(), x.rows(), x.cols(), booster.meta().missing(),
        call.iterations(), call.margin());
    return Outputs.of(booster.kind(), booster.meta(), raw, call.margin());
  }

  private EnforcedInput enforce(PredictInput input, Params params) {
    if (signature.isEmpty()) {
      return new EnforcedInput(input, params, List.of());
    }
    EnforcementOptions options = EnforcementOptions.defaults();
    if (typeHint) {
      Params p = Enforcement.enforceParams(params.asMap(), signature.get().params().orElse(null), options);
      return new EnforcedInput(input, p, List.of());
    }
    return Enforcement.enforce(input, params.asMap(), signature.get(), options);
  }

  /** Waits for running predictions, then frees the native booster. Idempotent. */
  @Override
  public void close() {
    booster.booster().close();
  }

  @Override
  public String toString() {
    return "XgboostPredictor[" + booster.file() + ", " + booster.format() + ", " + booster.modelClass() + "]";
  }
}
