package io.mlmodel.lightgbm;

import io.mlmodel.InputException;
import io.mlmodel.Location;
import io.mlmodel.ModelException;
import io.mlmodel.data.ColumnTable;
import io.mlmodel.data.PredictInput;
import io.mlmodel.data.PredictOutput;
import io.mlmodel.data.Tensor;
import io.mlmodel.enforce.EnforcedInput;
import io.mlmodel.enforce.Enforcement;
import io.mlmodel.enforce.EnforcementOptions;
import io.mlmodel.enforce.Params;
import io.mlmodel.model.LightgbmFlavor;
import io.mlmodel.model.MLModel;
import io.mlmodel.predict.Predictor;
import io.mlmodel.predict.Predictors;
import io.mlmodel.signature.ModelSignature;
import io.mlmodel.signature.NumpyDtype;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs a model's {@code lightgbm} flavor saved from a {@code lightgbm.Booster} (the text {@code
 * model.lgb}) on lightgbm4j, and answers what {@code mlflow.pyfunc.load_model(dir).predict(input)}
 * answers: {@code Booster.predict(data)}, float64, 1-d for one value per row (regression, binary
 * probability) and (rows, classes) for multi-class probabilities. Get one with {@code
 * Predictors.load(dir)} or {@code Predictors.resolve(model, LightgbmPredictor.class)}:
 *
 * <pre>{@code
 * try (Predictor p = Predictors.load(Path.of("testdata/lightgbm/binary"))) {
 *   PredictOutput probability = p.predict(ColumnTable.builder().addDoubles("x0", 0.5)
 *       .addDoubles("x1", Double.NaN).addDoubles("x2", -1).addDoubles("x3", 2).build());
 * }
 * }</pre>
 *
 * <p>After the signature is enforced as {@code PyFuncModel.predict} enforces it, a table's columns
 * are taken by the model's feature names when it has all of them, else in order; NaN and null are
 * missing values. MLflow's wrapper passes no params to LightGBM, and neither does this predictor.
 *
 * <p><b>Thread safety.</b> One instance predicts from any number of threads at once. {@link
 * #close()} waits for running predictions, frees the native booster, and makes later calls throw
 * {@link IllegalStateException}.
 */
public final class LightgbmPredictor implements Predictor {
  private final MLModel model;
  private final Path file;
  private final GuardedLgbm booster;
  private final List<String> featureNames;
  private final int numFeatures;
  private final int numClasses;
  private final Optional<ModelSignature> signature;
  private final boolean typeHint;

  private LightgbmPredictor(MLModel model, Path file, NativeBooster loaded) {
    this.model = model;
    this.file = file;
    this.booster = loaded.booster();
    this.featureNames = loaded.featureNames();
    this.numFeatures = loaded.numFeatures();
    this.numClasses = loaded.numClasses();
    this.signature = model.signature();
    this.typeHint = model.isSignatureFromTypeHint().orElse(false);
  }

  static LightgbmPredictor open(MLModel model) {
    LightgbmFlavor flavor = LightgbmFlavor.from(model.flavor(LightgbmFlavor.NAME).orElseThrow(
        () -> new ModelException("missing-key", model.locateKey("flavors"), "the model has no lightgbm flavor")));
    Location at = flavor.flavor().locate("data");
    Path file = ModelText.resolve(model, flavor.data(), at);
    NativeBooster loaded = NativeBooster.load(TextModelCheck.check(ModelText.read(file, at), file), file, at);
    try {
      return new LightgbmPredictor(model, file, loaded);
    } catch (RuntimeException e) {
      loaded.booster().close();
      throw e;
    }
  }

  @Override
  public MLModel model() {
    return model;
  }

  /** {@return the text model file} */
  public Path modelFile() {
    return file;
  }

  /** {@return the model's feature names, in training order} */
  public List<String> featureNames() {
    return featureNames;
  }

  /** {@return how many values each row gets: the number of classes of a multi-class model, else 1} */
  public int numClasses() {
    return numClasses;
  }

  @Override
  public PredictOutput predict(PredictInput input, Params params) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(params, "params");
    booster.checkOpen();
    Rows.Matrix x = Rows.of(enforce(input, params).input(), featureNames, numFeatures);
    if (x.rows() == 0) {
      return numClasses > 1 ? Tensor.ofDoubles(new double[0], 0, numClasses) : Tensor.ofDoubles(new double[0], 0);
    }
    if ((long) x.rows() * numClasses > Integer.MAX_VALUE - 8) {
      throw new InputException("limit", Location.UNKNOWN, null, "the input has " + x.rows() + " rows and the model "
          + numClasses + " classes, more values than one prediction answers");
    }
    double[] out = booster.predict(x.data(), x.rows(), x.cols());
    return numClasses > 1 ? Tensor.wrap(NumpyDtype.FLOAT64, out, x.rows(), numClasses)
        : Tensor.wrap(NumpyDtype.FLOAT64, out, x.rows());
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
    booster.close();
  }

  @Override
  public String toString() {
    return "LightgbmPredictor[" + file + ", " + numFeatures + " features, " + numClasses + " classes]";
  }
}
