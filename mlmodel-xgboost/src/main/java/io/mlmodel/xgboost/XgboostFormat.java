package io.mlmodel.xgboost;

import io.mlmodel.Location;
import io.mlmodel.ModelException;
import java.nio.file.Path;

/**
 * The three files XGBoost writes, told apart by their first bytes as XGBoost's own loader does
 * ({@code Learner::LoadModel}), never by the file's extension: MLflow names every one of them
 * {@code model.xgb} when {@code model_format} is {@code xgb}, and XGBoost 2.1 writes UBJSON there.
 */
public enum XgboostFormat {
  /** The legacy binary format, what XGBoost before 2.1 writes to a {@code .xgb} or {@code .bin} file. */
  LEGACY_BINARY,
  /** JSON: {@code {"learner": ...}}. */
  JSON,
  /** Universal Binary JSON, XGBoost's default from 2.1 on. */
  UBJSON;

  /** The format of a model file's content, or a located {@code xgboost-load} error when it is none. */
  static XgboostFormat sniff(byte[] content, Path file, Location at) {
    if (content.length == 0) {
      throw new ModelException("xgboost-load", at, file.getFileName() + " is empty, not an XGBoost model");
    }
    int first = content[0] & 0xff;
    if (first == '{') {
      int second = content.length > 1 ? content[1] & 0xff : -1;
      if (second == '"' || second == ' ' || second == '\n' || second == '\r' || second == '\t') {
        return JSON;
      }
      if ((second >= 'a' && second <= 'z') || (second >= 'A' && second <= 'Z')) {
        return UBJSON;
      }
      throw new ModelException("xgboost-load", at,
          file.getFileName() + " starts like JSON but is neither XGBoost's JSON nor its UBJSON");
    }
    if (first == 0x80) {
      throw new ModelException("xgboost-load", at, file.getFileName()
          + " is a Python pickle, which no JVM reader can read; save the model with mlflow.xgboost.save_model");
    }
    return LEGACY_BINARY;
  }
}
