/**
 * The LightGBM predictor: {@link io.mlmodel.lightgbm.LightgbmPredictor}, loaded by {@link
 * io.mlmodel.lightgbm.LightgbmPredictorLoader} through {@code Predictors.load}.
 */
@NullMarked
package io.mlmodel.lightgbm;

import io.mlmodel.predict.Predictors;
import org.jspecify.annotations.NullMarked;
