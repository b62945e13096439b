package io.mlmodel.env;

import io.mlmodel.Location;

/**
 * A requirement given as a URL or a local path rather than a name ({@code
 * https://host/pkg-1.0-py3-none-any.whl}, {@code ./wheels/pkg.whl}, {@code git+https://...}), or an
 * editable one ({@code -e path}). Wheeled models (MLflow's {@code add_libraries_to_model}) write
 * such lines.
 *
 * @param target the URL or path as written
 * @param editable whether it came with {@code -e} / {@code --editable}
 * @param text the line as written
 * @param location where it is
 */
public record DirectReference(String target, boolean editable, String text, Location location)
    implements RequirementLine {}
