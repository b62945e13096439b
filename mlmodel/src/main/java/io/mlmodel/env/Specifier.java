package io.mlmodel.env;

/**
 * One version clause of a PEP 508 requirement, such as {@code >=1.2} or {@code ==2.0.*}.
 *
 * @param operator one of {@code ~=}, {@code ==}, {@code !=}, {@code <=}, {@code >=}, {@code <},
 *     {@code >}, {@code ===}
 * @param version the version as written (it may end in {@code .*} after {@code ==} or {@code !=})
 */
public record Specifier(String operator, String version) {
  @Override
  public String toString() {
    return operator + version;
  }
}
