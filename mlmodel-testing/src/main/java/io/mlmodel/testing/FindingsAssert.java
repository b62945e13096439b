package io.mlmodel.testing;

import io.mlmodel.validate.Finding;
import io.mlmodel.validate.Severity;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on the findings of the validator ({@link io.mlmodel.validate.Validator}):
 * {@code assertThat(model).validation().hasNoErrors()}, {@code
 * assertThat(report).hasFinding("path-escape", "flavors.onnx.data")}. A failure lists every
 * finding in the compiler style ({@code file:line:col: key: severity: message [code]}).
 */
public class FindingsAssert extends AbstractAssert<FindingsAssert, List<Finding>> {

  /**
   * Assertions on {@code actual}; tests get them from {@link MLModelAssertions}, subclasses call this.
   *
   * @param actual the findings under test
   */
  protected FindingsAssert(List<Finding> actual) {
    super(List.copyOf(actual), FindingsAssert.class);
  }

  /**
   * There are no findings at all, not even warnings or notes.
   *
   * @return this assertion, for chaining
   */
  public FindingsAssert isClean() {
    isNotNull();
    if (!actual.isEmpty()) {
      failWithMessage("%nExpecting no findings but there are %d:%n%s", actual.size(), list(actual));
    }
    return this;
  }

  /**
   * No finding is an error (MLflow can load and serve the model).
   *
   * @return this assertion, for chaining
   */
  public FindingsAssert hasNoErrors() {
    List<Finding> errors = of(Severity.ERROR);
    if (!errors.isEmpty()) {
      failWithMessage("%nExpecting no errors but there are %d:%n%s", errors.size(), list(errors));
    }
    return this;
  }

  /**
   * At least one finding is an error.
   *
   * @return this assertion, for chaining
   */
  public FindingsAssert hasErrors() {
    if (of(Severity.ERROR).isEmpty()) {
      failWithMessage("%nExpecting errors but there are none; findings:%n%s", list(actual));
    }
    return this;
  }

  /**
   * Some finding has this code.
   *
   * @param code a finding code from docs/validation.md, such as {@code missing-file}
   * @return this assertion, for chaining
   */
  public FindingsAssert hasFinding(String code) {
    isNotNull();
    if (actual.stream().noneMatch(f -> f.code().equals(code))) {
      failWithMessage("%nExpecting a finding [%s] but the findings are:%n%s", code, list(actual));
    }
    return this;
  }

  /**
   * Some finding has this code at this key path ({@code flavors.onnx.data}).
   *
   * @param code a finding code from docs/validation.md
   * @param keyPath the dotted path of the MLmodel key the finding is about, compared exactly
   * @return this assertion, for chaining
   */
  public FindingsAssert hasFinding(String code, String keyPath) {
    isNotNull();
    if (actual.stream().noneMatch(f -> f.code().equals(code) && f.location().keyPath().equals(keyPath))) {
      failWithMessage("%nExpecting a finding [%s] at %s but the findings are:%n%s", code, keyPath, list(actual));
    }
    return this;
  }

  /**
   * Some finding has this code and a message containing {@code text}.
   *
   * @param code a finding code from docs/validation.md
   * @param text a part of the message, compared case-sensitively
   * @return this assertion, for chaining
   */
  public FindingsAssert hasFindingContaining(String code, String text) {
    isNotNull();
    if (actual.stream().noneMatch(f -> f.code().equals(code) && f.message().contains(text))) {
      failWithMessage("%nExpecting a finding [%s] saying \"%s\" but the findings are:%n%s", code, text, list(actual));
    }
    return this;
  }

  /**
   * No finding has this code.
   *
   * @param code a finding code from docs/validation.md
   * @return this assertion, for chaining
   */
  public FindingsAssert doesNotHaveFinding(String code) {
    isNotNull();
    List<Finding> found = actual.stream().filter(f -> f.code().equals(code)).toList();
    if (!found.isEmpty()) {
      failWithMessage("%nExpecting no finding [%s] but there are:%n%s", code, list(found));
    }
    return this;
  }

  /**
   * The findings' codes are exactly these (in any order, repeats ignored).
   *
   * @param codes the expected codes; none means no findings at all
   * @return this assertion, for chaining
   */
  public FindingsAssert hasOnlyCodes(String... codes) {
    isNotNull();
    Set<String> want = new TreeSet<>(List.of(codes));
    Set<String> have = actual.stream().map(Finding::code).collect(Collectors.toCollection(TreeSet::new));
    if (!want.equals(have)) {
      failWithMessage("%nExpecting exactly the codes %s but they are %s:%n%s", want, have, list(actual));
    }
    return this;
  }

  private List<Finding> of(Severity severity) {
    isNotNull();
    return actual.stream().filter(f -> f.severity() == severity).toList();
  }

  private static String list(List<Finding> findings) {
    if (findings.isEmpty()) {
      return "  (none)";
    }
    return findings.stream().map(f -> "  " + f).collect(Collectors.joining("\n"));
  }
}
