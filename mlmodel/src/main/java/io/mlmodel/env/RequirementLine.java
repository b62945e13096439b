package io.mlmodel.env;

import io.mlmodel.Location;

/**
 * One meaningful line of a pip requirements file (requirements.txt, constraints.txt), or one
 * entry of a pip list in conda.yaml or python_env.yaml. Comments and blank lines are not lines;
 * continued lines ({@code \} at the end) are joined into one.
 *
 * <ul>
 *   <li>{@link Requirement}: a PEP 508 requirement ({@code scikit-learn[alldeps]>=1.2; python_version>"3.8"}
 *       or {@code pkg @ https://...});
 *   <li>{@link FileReference}: {@code -r other.txt} or {@code -c constraints.txt};
 *   <li>{@link DirectReference}: a bare URL, a local path or wheel, or {@code -e target};
 *   <li>{@link OptionLine}: any other pip option ({@code --extra-index-url URL}, {@code --pre}).
 * </ul>
 */
public sealed interface RequirementLine permits Requirement, FileReference, DirectReference, OptionLine {

  /**
   * The line as written, continuations joined, comment and surrounding blanks removed.
   *
   * @return the line's text, never empty; for a YAML list entry, the entry's string without
   *     surrounding blanks
   */
  String text();

  /**
   * Where the line starts: file, line and column (or the YAML position of a list entry).
   *
   * @return the location of the line's first character (of its first physical line when
   *     continued), or of the YAML list entry
   */
  Location location();
}
