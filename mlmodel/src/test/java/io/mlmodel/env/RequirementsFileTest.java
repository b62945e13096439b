package io.mlmodel.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmodel.Location;
import io.mlmodel.ModelException;
import io.mlmodel.ReadOptions;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequirementsFileTest {
  private static final Path FILE = Path.of("requirements.txt");

  private static RequirementsFile forms() {
    return RequirementsFile.read(EnvTestData.dir("requirement_forms").resolve("requirements.txt"), ReadOptions.defaults());
  }

  private static Requirement requirement(String text) {
    return (Requirement) RequirementsFile.parse(text, FILE).lines().get(0);
  }

  @Test
  void commentsAndBlankLinesAreSkippedAndLinesKeepTheirNumbers() {
    List<RequirementLine> lines = forms().lines();
    assertThat(lines).hasSize(20);
    assertThat(lines.get(0).text()).isEqualTo("mlflow[gateway]==2.12.2");
    assertThat(lines.get(0).location()).isEqualTo(new Location(forms().file(), 2, 1, ""));
    assertThat(lines.get(8).location().line()).isEqualTo(12);
  }

  @Test
  void extrasSpecifiersAndMarkersAreParsed() {
    List<Requirement> reqs = forms().requirements();
    assertThat(reqs.get(0)).extracting(Requirement::name, Requirement::extras, Requirement::specifiers)
        .containsExactly("mlflow", List.of("gateway"), List.of(new Specifier("==", "2.12.2")));
    assertThat(reqs.get(1).specifiers()).containsExactly(new Specifier(">=", "1.2"), new Specifier("<", "1.6"));
    assertThat(reqs.get(2).specifiers()).containsExactly(new Specifier(">=", "1.5"), new Specifier("<", "3"));
    assertThat(reqs.get(3).specifiers()).containsExactly(new Specifier("==", "1.26.*"));
    assertThat(reqs.get(3).pinnedVersion()).isNull();
    assertThat(reqs.get(3).marker()).isEqualTo("python_version < \"3.12\" and platform_system != \"Windows\"");
    assertThat(reqs.get(4)).extracting(Requirement::name, Requirement::extras, Requirement::specifiers)
        .containsExactly("requests", List.of("security", "socks"), List.of(new Specifier("~=", "2.31")));
  }

  @Test
  void urlRequirementKeepsNameUrlAndMarker() {
    Requirement torch = forms().requirements().get(5);
    assertThat(torch.name()).isEqualTo("torch");
    assertThat(torch.url()).isEqualTo("https://download.pytorch.org/whl/cpu/torch-2.1.0%2Bcpu-cp311-cp311-linux_x86_64.whl");
    assertThat(torch.specifiers()).isEmpty();
    assertThat(torch.marker()).isEqualTo("sys_platform == \"linux\"");
  }

  @Test
  void continuedLineIsJoinedAndItsHashOptionKept() {
    Requirement xgb = forms().requirements().get(6);
    assertThat(xgb.pinnedVersion()).isEqualTo("1.7.6");
    assertThat(xgb.options()).containsExactly("--hash=sha256:0123456789abcdef");
    assertThat(xgb.location().line()).isEqualTo(8);
    assertThat(forms().requirements().get(7).specifiers()).containsExactly(new Specifier("===", "1.1build1"));
  }

  @Test
  void requirementAndConstraintReferencesAreKeptInBothSpellings() {
    List<FileReference> refs = forms().lines().stream().filter(FileReference.class::isInstance)
        .map(FileReference.class::cast).toList();
    assertThat(refs).extracting(FileReference::kind, FileReference::path).containsExactly(
        org.assertj.core.groups.Tuple.tuple(FileReference.Kind.REQUIREMENTS, "other-requirements.txt"),
        org.assertj.core.groups.Tuple.tuple(FileReference.Kind.REQUIREMENTS, "more.txt"),
        org.assertj.core.groups.Tuple.tuple(FileReference.Kind.CONSTRAINTS, "constraints.txt"),
        org.assertj.core.groups.Tuple.tuple(FileReference.Kind.CONSTRAINTS, "constraints2.txt"));
  }

  @Test
  void directReferencesAndOptionsAreNotRequirements() {
    List<RequirementLine> lines = forms().lines();
    assertThat(lines.get(12)).isEqualTo(new DirectReference("./local_pkg", true, "-e ./local_pkg", lines.get(12).location()));
    assertThat(lines.get(13)).isInstanceOfSatisfying(OptionLine.class, o -> {
      assertThat(o.option()).isEqualTo("--extra-index-url");
      assertThat(o.value()).isEqualTo("https://pypi.example.org/simple");
    });
    assertThat(lines.get(14)).isInstanceOfSatisfying(OptionLine.class, o -> assertThat(o.value()).isEqualTo("wheels/"));
    assertThat(lines.get(15)).isInstanceOfSatisfying(OptionLine.class, o -> assertThat(o.value()).isNull());
    assertThat(lines.subList(16, 19)).extracting(RequirementLine::text).containsExactly(
        "wheels/mypkg-0.1-py3-none-any.whl",
        "https://example.org/pkgs/otherpkg-1.0.tar.gz",
        "git+https://github.com/org/repo.git@v1.0#egg=repo");
    assertThat(lines.subList(16, 19)).allMatch(DirectReference.class::isInstance);
    assertThat(lines.get(19)).isInstanceOfSatisfying(Requirement.class, r -> {
      assertThat(r.name()).isEqualTo("tqdm");
      assertThat(r.location().column()).isEqualTo(2);
    });
  }

  @Test
  void crlfLinesParse() {
    RequirementsFile constraints = RequirementsFile.read(
        EnvTestData.dir("requirement_forms").resolve("constraints.txt"), ReadOptions.defaults());
    assertThat(constraints.requirements()).extracting(Requirement::text).containsExactly("urllib3<2.1", "numpy<2");
  }

  @Test
  void namesAreComparedPep503Normalized() {
    assertThat(requirement("Scikit_Learn.Extra==1").normalizedName()).isEqualTo("scikit-learn-extra");
    assertThat(RequirementsFile.parse("mlflow\nScikit_learn>=1", FILE).find("scikit-learn")).isPresent();
  }

  @Test
  void hashInsideAWordIsNotAComment() {
    assertThat(RequirementsFile.parse("pkg @ https://h/x.whl#sha256=ab", FILE).lines().get(0))
        .isInstanceOfSatisfying(Requirement.class, r -> assertThat(r.url()).isEqualTo("https://h/x.whl#sha256=ab"));
  }

  @Test
  void badLinesAreLocatedErrors() {
    assertThatThrownBy(() -> RequirementsFile.parse("ok\n  pkg[extra", FILE))
        .isInstanceOf(ModelException.class)
        .hasMessage("requirements.txt:2:12: invalid requirement 'pkg[extra': ']' is expected at column 10, found the end of the line");
    assertThatThrownBy(() -> RequirementsFile.parse("pkg==", FILE))
        .hasMessage("requirements.txt:1:6: invalid requirement 'pkg==': a version is expected at column 6, found the end of the line");
    assertThatThrownBy(() -> RequirementsFile.parse("-r", FILE))
        .hasMessage("requirements.txt:1:1: invalid requirement '-r': '-r' needs a file name");
    assertThatThrownBy(() -> RequirementsFile.parse("pkg ;", FILE))
        .hasMessage("requirements.txt:1:1: invalid requirement 'pkg ;': an environment marker is expected after ';'");
  }

  @Test
  void continuationBackslashOnTheLastLineIsDropped() {
    assertThat(RequirementsFile.parse("numpy==1.26.4 \\", FILE).requirements().get(0).pinnedVersion()).isEqualTo("1.26.4");
  }

  @Test
  void utf16FileWithByteOrderMarkIsRead(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
    Path file = tmp.resolve("requirements.txt");
    java.nio.file.Files.write(file, "mlflow==2.9.2\r\npandas\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
    byte[] body = java.nio.file.Files.readAllBytes(file);
    byte[] withBom = new byte[body.length + 2];
    withBom[0] = (byte) 0xFF;
    withBom[1] = (byte) 0xFE;
    System.arraycopy(body, 0, withBom, 2, body.length);
    java.nio.file.Files.write(file, withBom);
    assertThat(RequirementsFile.read(file, ReadOptions.defaults()).requirements())
        .extracting(Requirement::text).containsExactly("mlflow==2.9.2", "pandas");
  }

  @Test
  void shortOptionGluedToItsValue() {
    assertThat(RequirementsFile.parse("-rbase.txt", FILE).lines().get(0))
        .isEqualTo(new FileReference(FileReference.Kind.REQUIREMENTS, "base.txt", "-rbase.txt", new Location(FILE, 1, 1, "")));
  }
}
