package io.mlmodel.server;

import io.mlmodel.MLModelException;
import io.mlmodel.MLModels;
import io.mlmodel.model.MLModel;
import io.mlmodel.predict.Predictor;
import io.mlmodel.predict.Predictors;
import io.mlmodel.signature.ModelSignature;
import io.mlmodel.store.ModelLocations;
import org.jspecify.annotations.Nullable;

/**
 * One model of the server, by name: loading, then loaded (or failed). Loading happens once; the
 * loaded state is published through a volatile field, so request threads see a model only whole.
 */
final class ServedModel {
  /** What a loaded model serves besides predictions: its documents, built once. */
  record Loaded(Predictor predictor, @Nullable ModelSignature signature, byte[] openApi, byte[] openApiPrefixed,
      byte[] metadata) {}

  private final String name;
  private final String uri;
  private final Cost cost = new Cost();
  private volatile @Nullable Loaded loaded;
  private volatile @Nullable String failure;

  ServedModel(String name, String uri) {
    this.name = name;
    this.uri = uri;
  }

  String name() {
    return name;
  }

  String uri() {
    return uri;
  }

  /** What this model's predictions cost lately, which decides where they run. */
  Cost cost() {
    return cost;
  }

  /** The loaded model, or null while loading or after a failure. */
  @Nullable Loaded loaded() {
    return loaded;
  }

  /** Why loading failed, or null. */
  @Nullable String failure() {
    return failure;
  }

  /**
   * Resolves, reads and loads the model, and builds its OpenAPI and V2 documents.
   *
   * @throws MLModelException when the model cannot be found, read or loaded
   */
  void load() {
    try {
      MLModel model = MLModels.read(ModelLocations.resolve(uri));
      Predictor predictor = Predictors.resolve(model);
      try {
        ModelSignature signature = predictor.signature().orElse(null);
        loaded = new Loaded(predictor, signature, Documents.openApi(model, name, null),
            Documents.openApi(model, name, "/models/" + name), Documents.v2Metadata(model, name));
      } catch (RuntimeException e) {
        predictor.close();
        throw e;
      }
    } catch (RuntimeException e) {
      failure = e.getMessage();
      throw e;
    }
  }

  /** Closes the predictor; the model serves no more. */
  void close() {
    Loaded l = loaded;
    loaded = null;
    if (l != null) {
      l.predictor().close();
    }
  }
}
