package modulecheck;

import io.mlmodel.MLModels;
import io.mlmodel.model.MLModel;
import io.mlmodel.predict.Predictors;
import java.nio.file.Path;

/**
 * Run in a child JVM by {@code ModuleDescriptorTest} with the library on the module path: reads a
 * model through the exported API and lists the predictor loaders found by the module's {@code uses}.
 * It lives outside io.mlmodel because a class-path class may not share a package with a module.
 */
public final class ModuleSmoke {
  private ModuleSmoke() {}

  public static void main(String[] args) {
    MLModel model = MLModels.read(Path.of(args[0]));
    System.out.println("module=" + MLModel.class.getModule().getName());
    System.out.println("flavors=" + model.flavors().keySet());
    System.out.println("signature=" + model.signature().isPresent());
    System.out.println("loaders=" + Predictors.registry());
  }
}
