package io.mlmodel.store;

import java.util.Locale;

/**
 * {@code models:/<name>/<version>}, {@code models:/<name>/<stage>}, {@code models:/<name>/latest}
 * or {@code models:/<name>@<alias>}: a version of a registered model.
 *
 * @param name the registered model name, not blank
 * @param kind which of the four forms this is
 * @param selector the version number (digits), the stage, the alias, or {@code latest}
 */
public record ModelsUri(String name, Kind kind, String selector) implements ModelUri {

  /** How the version is chosen. */
  public enum Kind {
    /** An exact version number: {@code models:/iris/3}. */
    VERSION,
    /** The newest version in a stage: {@code models:/iris/Production}. */
    STAGE,
    /** The newest version: {@code models:/iris/latest}. */
    LATEST,
    /** The version an alias points at: {@code models:/iris@champion}. */
    ALIAS
  }

  /**
   * Checks that the selector fits the kind.
   *
   * @param name the registered model name, not blank
   * @param kind which of the four forms this is
   * @param selector the version number (digits only), the stage, the alias, or {@code latest} (in
   *     any case) for {@link Kind#LATEST}; not blank
   * @throws IllegalArgumentException when {@code name} or {@code selector} is blank, a {@link
   *     Kind#VERSION} selector is not all digits, or a {@link Kind#LATEST} selector is not {@code
   *     latest}
   */
  public ModelsUri {
    if (name.isBlank() || selector.isBlank()) {
      throw new IllegalArgumentException("name and selector must not be blank");
    }
    if (kind == Kind.VERSION && !UriParser.isDigits(selector)) {
      throw new IllegalArgumentException("a version must be digits: " + selector);
    }
    if (kind == Kind.LATEST && !selector.toLowerCase(Locale.ROOT).equals("latest")) {
      throw new IllegalArgumentException("LATEST takes the selector 'latest': " + selector);
    }
  }

  /**
   * The version number of a {@link Kind#VERSION} URI.
   *
   * @return the selector's digits as a number
   * @throws IllegalStateException when {@link #kind()} is not {@link Kind#VERSION}
   * @throws NumberFormatException when the digits do not fit in a {@code long}; only possible for a
   *     record built directly, since {@link ModelUri#parse} refuses versions of more than 18 digits
   */
  public long version() {
    if (kind != Kind.VERSION) {
      throw new IllegalStateException(uri() + " names no version number");
    }
    return Long.parseLong(selector);
  }

  @Override
  public String uri() {
    return "models:/" + name + (kind == Kind.ALIAS ? "@" : "/") + selector;
  }
}
