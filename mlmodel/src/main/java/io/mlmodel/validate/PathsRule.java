package io.mlmodel.validate;

import io.mlmodel.ModelException;
import io.mlmodel.io.OnnxExternalData;
import io.mlmodel.model.Flavor;
import io.mlmodel.model.OnnxFlavor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code path-escape} (error): a file named by the MLmodel is absolute or leads out of the model
 * folder, by {@code ..} or through a symbolic link. {@code missing-file} (error): it does not
 * exist. Every reference listed by {@link References} is checked, and so is every file a model
 * file makes its runtime open: the external-data locations of the onnx flavor's model ({@link
 * OnnxExternalData}; a model file that is not a well-formed ONNX protocol buffer is {@code
 * bad-onnx}).
 */
final class PathsRule implements Rule {
  @Override
  public void check(ModelContext context) {
    for (References.Reference r : References.of(context.model())) {
      context.existingFile(r.name(), r.at());
    }
    Optional<Flavor> onnx = context.model().flavor(OnnxFlavor.NAME);
    if (onnx.isPresent() && onnx.get().config().get("data") instanceof String data) {
      Optional<Path> file = context.existingFile(data, onnx.get().locate("data"));
      if (file.isPresent() && Files.isRegularFile(file.get())) {
        try {
          OnnxExternalData.confine(context.dir(), file.get(), onnx.get().locate("data"), context.options());
        } catch (ModelException e) {
          context.report(e);
        }
      }
    }
  }
}
