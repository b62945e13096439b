package io.mlmodel.xgboost;

import java.util.Map;
import java.util.Optional;

/**
 * The objectives whose output transform {@link TreeEnsemble} applies itself, each as XGBoost 3.0
 * computes it in float32: {@code PredTransform} for a value prediction and {@code ProbToMargin} for
 * the base score ({@code src/objective/regression_loss.h}, {@code regression_obj.cu}, {@code
 * multiclass_obj.cu}, {@code hinge.cu}; {@code common::Sigmoid} and {@code common::Softmax} in
 * {@code src/common/math.h}). Objectives not named here run on the native runtime only.
 */
enum Objective {
  /** No transform: squared, squared-log, absolute, pseudo-Huber and quantile errors, rankers, logitraw. */
  IDENTITY,
  /** {@code common::Sigmoid}; the base score goes through {@code -logf(1 / p - 1)}. */
  LOGISTIC,
  /** {@code expf} of the margin; the base score goes through {@code logf}: Poisson, gamma, Tweedie. */
  EXP,
  /** {@code binary:hinge}: 1 where the margin is above 0, else 0. */
  HINGE,
  /** {@code multi:softprob}: {@code common::Softmax} over each row's classes. */
  SOFTPROB,
  /** {@code multi:softmax}: the index of the row's largest margin, one value a row. */
  SOFTMAX;

  private static final Map<String, Objective> NAMES = Map.ofEntries(
      Map.entry("reg:squarederror", IDENTITY), Map.entry("reg:linear", IDENTITY),
      Map.entry("reg:squaredlogerror", IDENTITY), Map.entry("reg:absoluteerror", IDENTITY),
      Map.entry("reg:pseudohubererror", IDENTITY), Map.entry("reg:quantileerror", IDENTITY),
      Map.entry("binary:logitraw", IDENTITY), Map.entry("rank:pairwise", IDENTITY),
      Map.entry("rank:ndcg", IDENTITY), Map.entry("rank:map", IDENTITY),
      Map.entry("reg:logistic", LOGISTIC), Map.entry("binary:logistic", LOGISTIC),
      Map.entry("count:poisson", EXP), Map.entry("reg:gamma", EXP), Map.entry("reg:tweedie", EXP),
      Map.entry("binary:hinge", HINGE), Map.entry("multi:softprob", SOFTPROB), Map.entry("multi:softmax", SOFTMAX));

  static Optional<Objective> of(String name) {
    return Optional.ofNullable(NAMES.get(name));
  }

  /** {@code ObjFunction::ProbToMargin}, in float as XGBoost computes it. */
  float probToMargin(float baseScore) {
    return switch (this) {
      case LOGISTIC -> -logf(1.0f / baseScore - 1.0f);
      case EXP -> logf(baseScore);
      default -> baseScore;
    };
  }

  /** How many values a row's value prediction has, for {@code groups} margins a row. */
  int width(int groups) {
    return this == SOFTMAX ? 1 : groups;
  }

  /** {@code PredTransform} of one row's margins, in place; not for {@link #SOFTMAX}, which picks an index. */
  void transform(float[] row) {
    switch (this) {
      case LOGISTIC -> {
        for (int i = 0; i < row.length; i++) {
          row[i] = sigmoid(row[i]);
        }
      }
      case EXP -> {
        for (int i = 0; i < row.length; i++) {
          row[i] = expf(row[i]);
        }
      }
      case HINGE -> {
        for (int i = 0; i < row.length; i++) {
          row[i] = row[i] > 0.0f ? 1.0f : 0.0f;
        }
      }
      case SOFTPROB -> softmax(row);
      default -> { }
    }
  }

  /** {@code common::Sigmoid(float)}: the clamp keeps {@code expf} finite; the epsilon cannot change a sum above 1. */
  static float sigmoid(float x) {
    float clamped = Math.min(-x, 88.7f);
    float denom = expf(clamped) + 1.0f + 1e-16f;
    return 1.0f / denom;
  }

  /** {@code common::Softmax}: max by {@code fmaxf} (a NaN loses), exponentials summed in double, divided in float. */
  static void softmax(float[] row) {
    float wmax = row[0];
    for (int i = 1; i < row.length; i++) {
      wmax = Float.isNaN(row[i]) ? wmax : Float.isNaN(wmax) ? row[i] : Math.max(row[i], wmax);
    }
    double wsum = 0.0;
    for (int i = 0; i < row.length; i++) {
      row[i] = expf(row[i] - wmax);
      wsum += row[i];
    }
    for (int i = 0; i < row.length; i++) {
      row[i] /= (float) wsum;
    }
  }

  // float exp and log through double, correctly rounded but for a double rounding at a float
  // midpoint; glibc's expf (0.502 ulp) is not always, so a value may differ from XGBoost's by 1 ulp
  private static float expf(float x) {
    return (float) Math.exp(x);
  }

  private static float logf(float x) {
    return (float) Math.log(x);
  }
}
