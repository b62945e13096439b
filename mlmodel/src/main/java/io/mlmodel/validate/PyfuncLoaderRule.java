package io.mlmodel.validate;

import io.mlmodel.model.Flavor;
import io.mlmodel.model.PythonFunctionFlavor;

/**
 * {@code pyfunc-no-loader} (error): a {@code python_function} flavor with neither {@code
 * loader_module} nor {@code python_model}, which {@code mlflow.pyfunc.load_model} cannot load.
 */
final class PyfuncLoaderRule implements Rule {
  @Override
  public void check(ModelContext context) {
    Flavor f = context.model().flavor(PythonFunctionFlavor.NAME).orElse(null);
    if (f == null) {
      return;
    }
    if (f.get("loader_module").isEmpty() && f.get("python_model").isEmpty()) {
      context.error("pyfunc-no-loader", f.locate(), "the python_function flavor has neither loader_module nor "
          + "python_model, so mlflow.pyfunc.load_model cannot load the model");
    }
  }
}
