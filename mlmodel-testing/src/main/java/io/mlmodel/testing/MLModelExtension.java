package io.mlmodel.testing;

import io.mlmodel.MLModels;
import io.mlmodel.io.Resources;
import io.mlmodel.model.MLModel;
import io.mlmodel.store.ModelLocations;
import io.mlmodel.store.TrackingStore;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The JUnit 5 extension behind {@link MLModelFixture}: resolves annotated parameters of type
 * {@link MLModel}, {@link Path} and {@code Predictor}. Reading errors fail the test with the
 * library's located message. Stateless; safe for parallel test execution.
 */
public final class MLModelExtension implements ParameterResolver {

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    if (!parameter.isAnnotated(MLModelFixture.class)) {
      return false;
    }
    Class<?> type = parameter.getParameter().getType();
    return type == MLModel.class || type == Path.class || PredictorBridge.isPredictorType(type);
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    MLModelFixture fixture = parameter.findAnnotation(MLModelFixture.class).orElseThrow();
    Path folder = folder(fixture);
    Class<?> type = parameter.getParameter().getType();
    if (type == Path.class) {
      return folder;
    }
    MLModel model = MLModels.read(folder);
    if (type == MLModel.class) {
      return model;
    }
    AutoCloseable predictor = PredictorBridge.load(model, type);
    context.getStore(ExtensionContext.Namespace.create(MLModelExtension.class, parameter.getIndex()))
        // Both types: JUnit 5.13 and later close an AutoCloseable (and warn about a CloseableResource
        // alone), older versions only a CloseableResource.
        .put("predictor", (ExtensionContext.Store.CloseableResource & AutoCloseable) predictor::close);
    return predictor;
  }

  /** The folder a fixture annotation names. */
  static Path folder(MLModelFixture fixture) {
    boolean byPath = !fixture.value().isEmpty();
    boolean byResource = !fixture.resource().isEmpty();
    if (byPath == byResource) {
      throw new ExtensionConfigurationException("@MLModelFixture needs exactly one of value (a path or model URI)"
          + " and resource (a class path folder)");
    }
    if (!byPath) {
      return resource(fixture.resource());
    }
    return fixture.trackingUri().isEmpty() ? ModelLocations.resolve(fixture.value())
        : TrackingStore.fromTrackingUri(fixture.trackingUri()).resolve(fixture.value());
  }

  /** A class path folder as a path, also inside a jar. */
  static Path resource(String folder) {
    return Resources.folder(folder, MLModels.MLMODEL, Resources.defaultLoader(MLModelExtension.class))
        .orElseThrow(() -> new ParameterResolutionException("no model folder '" + folder
            + "' on the class path (looked for " + Resources.name(folder, MLModels.MLMODEL) + ")"));
  }
}
