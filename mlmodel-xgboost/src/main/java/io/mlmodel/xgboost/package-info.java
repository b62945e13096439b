/**
 * The XGBoost predictor: {@link io.mlmodel.xgboost.XgboostPredictor}, loaded by {@link
 * io.mlmodel.xgboost.XgboostPredictorLoader} through {@code Predictors.load}.
 */
@NullMarked
package io.mlmodel.xgboost;

import io.mlmodel.predict.Predictors;
import org.jspecify.annotations.NullMarked;
