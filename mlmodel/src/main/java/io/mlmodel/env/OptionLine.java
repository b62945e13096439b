package io.mlmodel.env;

import io.mlmodel.Location;
import org.jspecify.annotations.Nullable;

/**
 * A pip option line other than {@code -r}, {@code -c} and {@code -e}: {@code --extra-index-url
 * URL}, {@code -i URL}, {@code --find-links DIR}, {@code --pre}.
 *
 * @param option the option as written ({@code --extra-index-url}, {@code -f})
 * @param value its value, or null for a flag
 * @param text the line as written
 * @param location where it is
 */
public record OptionLine(String option, @Nullable String value, String text, Location location)
    implements RequirementLine {}
