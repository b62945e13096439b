package io.mlmodel.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmodel.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** testdata/invalid: one hand-written broken folder per code, each giving exactly its finding. */
class InvalidFoldersTest {
  static final Path TESTDATA = Path.of(System.getProperty("mlmodel.basedir", ".")).resolve("testdata");
  static final Path INVALID = TESTDATA.resolve("invalid");

  record Expected(String folder, Severity severity, String file, int line, int column, String key, String message) {
    @Override
    public String toString() {
      return folder;
    }
  }

  static List<Expected> expected() throws IOException {
    return Files.readAllLines(INVALID.resolve("EXPECTED.tsv")).stream()
        .filter(l -> !l.startsWith("#") && !l.isBlank())
        .map(l -> l.split("\t", -1))
        .map(c -> new Expected(c[0], Severity.valueOf(c[1].toUpperCase(java.util.Locale.ROOT)), c[2],
            Integer.parseInt(c[3]), Integer.parseInt(c[4]), c[5], c[6]))
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("expected")
  void eachFolderGivesExactlyItsFinding(Expected e) {
    Path dir = INVALID.resolve(e.folder());
    ValidationReport report = Validator.defaults().validate(dir);

    Finding want = new Finding(e.folder(), e.severity(), e.message().replace("{dir}", dir.toString()),
        new Location(dir.resolve(e.file()), e.line(), e.column(), e.key()));
    assertThat(report.findings()).containsExactly(want);
    assertThat(report.hasErrors()).isEqualTo(e.severity() == Severity.ERROR);
  }

  @Test
  void everyFolderHasOneExpectedRow() throws IOException {
    try (Stream<Path> s = Files.list(INVALID)) {
      List<String> folders = s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).toList();
      assertThat(expected()).extracting(Expected::folder).containsExactlyInAnyOrderElementsOf(folders);
    }
  }

  @Test
  void theValidFolderIsClean() {
    assertThat(Validator.defaults().validate(TESTDATA.resolve("valid/minimal")).findings()).isEmpty();
  }
}
