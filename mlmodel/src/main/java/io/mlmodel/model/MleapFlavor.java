package io.mlmodel.model;

import org.jspecify.annotations.Nullable;

/**
 * The typed view of the {@code mleap} flavor (MLeap; format reference §8.1). Every key it does
 * not name stays in {@link #flavor()}.
 *
 * @param mleapVersion the MLeap version (mleap_version)
 * @param modelData the bundle folder, normally mleap/model (model_data)
 * @param inputSchema the input schema file of very early versions (input_schema)
 * @param flavor the generic view, with every key
 */
public record MleapFlavor(
    @Nullable String mleapVersion,
    @Nullable String modelData,
    @Nullable String inputSchema,
    Flavor flavor) {

  /** The flavor's name. */
  public static final String NAME = "mleap";

  /**
   * Reads the typed view; fails with a located {@code bad-value} error on a wrongly typed key.
   *
   * @param f the {@code mleap} flavor, as read or built; its name is not checked
   * @return the typed view of {@code f}
   * @throws io.mlmodel.ModelException code {@code bad-value} when a key has the wrong type
   */
  public static MleapFlavor from(Flavor f) {
    return new MleapFlavor(
        f.string("mleap_version").orElse(null),
        f.string("model_data").orElse(null),
        f.string("input_schema").orElse(null),
        f);
  }
}
