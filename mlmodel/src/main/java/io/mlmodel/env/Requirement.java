package io.mlmodel.env;

import io.mlmodel.Location;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A PEP 508 requirement: {@code name[extra,...] specifiers ; marker} or {@code name[extra] @ url ;
 * marker}, plus any per-requirement pip options that follow it ({@code --hash=sha256:...}).
 *
 * @param name the distribution name as written
 * @param extras the extras, in order, as written
 * @param specifiers the version clauses, in order (empty when unpinned or a URL requirement)
 * @param marker the environment marker after {@code ;}, trimmed, or null
 * @param url the URL after {@code @}, or null
 * @param options per-requirement pip options, each as written ({@code --hash=sha256:ab})
 * @param text the line as written
 * @param location where it is
 */
public record Requirement(
    String name,
    List<String> extras,
    List<Specifier> specifiers,
    @Nullable String marker,
    @Nullable String url,
    List<String> options,
    String text,
    Location location) implements RequirementLine {

  /**
   * Keeps unmodifiable copies of the lists.
   *
   * @param name the distribution name as written
   * @param extras the extras, in order, as written; no null entry
   * @param specifiers the version clauses, in order; no null entry
   * @param marker the environment marker after {@code ;}, trimmed, or null
   * @param url the URL after {@code @}, or null
   * @param options per-requirement pip options, each as written; no null entry
   * @param text the line as written
   * @param location where it is
   * @throws NullPointerException when a list holds a null
   */
  public Requirement {
    extras = List.copyOf(extras);
    specifiers = List.copyOf(specifiers);
    options = List.copyOf(options);
  }

  /**
   * The name normalized as PEP 503 does ({@code Scikit_Learn} and {@code scikit-learn} are the
   * same distribution): lower case, each run of {@code -}, {@code _}, {@code .} one {@code -}.
   *
   * @return {@link #normalize(String) normalize(name())}, such as {@code scikit-learn}
   */
  public String normalizedName() {
    return normalize(name);
  }

  /**
   * PEP 503 normalization of a distribution name.
   *
   * @param name a distribution name, as written
   * @return {@code name} in lower case (root locale), each run of {@code -}, {@code _} and {@code .}
   *     replaced by one {@code -}
   */
  public static String normalize(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-");
  }

  /**
   * The version pinned with a single {@code ==} clause (not a wildcard), or null.
   *
   * @return the version of the only specifier when it is {@code ==} and does not end in {@code *};
   *     null when there are no specifiers or several, or the one is another operator or a wildcard
   */
  public @Nullable String pinnedVersion() {
    if (specifiers.size() == 1 && specifiers.get(0).operator().equals("==")
        && !specifiers.get(0).version().endsWith("*")) {
      return specifiers.get(0).version();
    }
    return null;
  }
}
