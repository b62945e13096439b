package io.mlmodel.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The typed view of the {@code pytorch} flavor (PyTorch; format reference §8.1). Every key it does
 * not name stays in {@link #flavor()}.
 *
 * @param modelData the folder holding model.pth, normally data (model_data)
 * @param pytorchVersion the torch version (pytorch_version)
 * @param code the folder of copied code paths (code)
 * @param extraFiles the paths of extra_files entries
 * @param flavor the generic view, with every key
 */
public record PytorchFlavor(
    @Nullable String modelData,
    @Nullable String pytorchVersion,
    @Nullable String code,
    List<String> extraFiles,
    Flavor flavor) {

  /** The flavor's name. */
  public static final String NAME = "pytorch";

  /**
   * Reads the typed view; fails with a located {@code bad-value} error on a wrongly typed key.
   *
   * @param f the {@code pytorch} flavor, as read or built; its name is not checked
   * @return the typed view of {@code f}; {@code extraFiles} is empty when absent or null
   * @throws io.mlmodel.ModelException code {@code bad-value} when a key has the wrong type, or an {@code extra_files}
   *     entry is not a mapping with a string {@code path}
   */
  public static PytorchFlavor from(Flavor f) {
    return new PytorchFlavor(
        f.string("model_data").orElse(null),
        f.string("pytorch_version").orElse(null),
        f.string("code").orElse(null),
        extraFiles(f),
        f);
  }

  private static List<String> extraFiles(Flavor f) {
    Object raw = f.config().get("extra_files");
    if (raw == null) {
      return List.of();
    }
    if (!(raw instanceof List<?> entries)) {
      throw Values.wrongType(f.locate("extra_files"), "a list of {path: ...} entries", raw);
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      Map<String, Object> entry = Values.stringMap(entries.get(i), f.locate("extra_files", i), k -> f.locate("extra_files"));
      String path = Values.string(entry.get("path"), f.locate("extra_files", i, "path"));
      if (path == null) {
        throw Values.wrongType(f.locate("extra_files", i, "path"), "a path", null);
      }
      out.add(path);
    }
    return List.copyOf(out);
  }
}
