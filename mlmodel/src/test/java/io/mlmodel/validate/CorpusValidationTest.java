package io.mlmodel.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmodel.testsupport.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real folders: MLflow's own fixtures validate without errors or warnings; each corpus folder
 * gives exactly the errors and warnings listed, by hand, in corpus-findings.tsv.
 */
class CorpusValidationTest {
  /** Model data and code: the corpus copied none of these files (see corpus-findings.tsv). */
  private static final Pattern NOT_COPIED = Pattern.compile("flavors\\.[^.]+\\.(?!env\\b).+");

  static List<SharedData.Case> fixtures() {
    return SharedData.fixtures();
  }

  static List<SharedData.Case> corpus() {
    return SharedData.allModels().stream().filter(c -> c.name().startsWith("corpus/")).toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void mlflowFixturesHaveNoErrorsOrWarnings(SharedData.Case c) {
    ValidationReport report = Validator.defaults().validate(c.model());
    assertThat(report.findings()).filteredOn(f -> f.severity() != Severity.INFO).isEmpty();
    assertThat(report.hasErrors()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void corpusFoldersHaveExactlyTheirKnownProblems(SharedData.Case c) throws IOException {
    String folder = c.model().getFileName().toString();
    List<String> expected = expected().stream()
        .filter(row -> row.startsWith(folder + "\t"))
        .map(row -> String.join("\t", List.of(row.split("\t")).subList(1, 4)))
        .toList();

    List<String> actual = Validator.defaults().validate(c.model()).findings().stream()
        .filter(f -> f.severity() != Severity.INFO)
        .filter(f -> !(f.code().equals("missing-file") && NOT_COPIED.matcher(f.location().keyPath()).matches()))
        .map(f -> f.severity().label() + "\t" + f.code() + "\t" + f.location().keyPath())
        .toList();

    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
  }

  private static List<String> expected() throws IOException {
    try (InputStream in = CorpusValidationTest.class.getResourceAsStream("corpus-findings.tsv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.startsWith("#") && !l.isBlank())
          .toList();
    }
  }
}
