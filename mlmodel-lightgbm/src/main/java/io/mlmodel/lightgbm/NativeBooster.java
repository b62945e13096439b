package io.mlmodel.lightgbm;

import com.microsoft.ml.lightgbm.SWIGTYPE_p_int;
import com.microsoft.ml.lightgbm.SWIGTYPE_p_p_void;
import com.microsoft.ml.lightgbm.SWIGTYPE_p_void;
import com.microsoft.ml.lightgbm.lightgbmlib;
import io.mlmodel.Location;
import io.mlmodel.ModelException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A booster loaded from a text model, with its class and feature counts and its feature names (the
 * {@code feature_names=} line of the text).
 */
record NativeBooster(GuardedLgbm booster, int numClasses, int numFeatures, List<String> featureNames) {

  static NativeBooster load(String text, Path file, Location at) {
    SWIGTYPE_p_p_void out = lightgbmlib.new_voidpp();
    SWIGTYPE_p_int number = lightgbmlib.new_intp();
    try {
      if (lightgbmlib.LGBM_BoosterLoadModelFromString(text, number, out) != 0) {
        throw new ModelException("lightgbm-load", at,
            "LightGBM cannot load " + file.getFileName() + ": " + lightgbmlib.LGBM_GetLastError());
      }
      SWIGTYPE_p_void handle = lightgbmlib.voidpp_value(out);
      GuardedLgbm guarded = new GuardedLgbm(handle, file);
      try {
        int classes = count(lightgbmlib.LGBM_BoosterGetNumClasses(handle, number), number, file, at);
        int features = count(lightgbmlib.LGBM_BoosterGetNumFeature(handle, number), number, file, at);
        return new NativeBooster(guarded, classes, features, names(text, features));
      } catch (RuntimeException e) {
        guarded.close();
        throw e;
      }
    } finally {
      lightgbmlib.delete_intp(number);
      lightgbmlib.delete_voidpp(out);
    }
  }

  private static int count(int rc, SWIGTYPE_p_int number, Path file, Location at) {
    if (rc != 0) {
      throw new ModelException("lightgbm-load", at,
          "LightGBM cannot read " + file.getFileName() + ": " + lightgbmlib.LGBM_GetLastError());
    }
    return lightgbmlib.intp_value(number);
  }

  private static List<String> names(String text, int features) {
    for (String line : text.lines().limit(64).toList()) {
      if (line.startsWith("feature_names=")) {
        List<String> names = Arrays.asList(line.substring("feature_names=".length()).split(" "));
        return names.size() == features ? List.copyOf(names) : List.of();
      }
      if (line.startsWith("Tree=")) {
        break;
      }
    }
    return List.of();
  }
}
