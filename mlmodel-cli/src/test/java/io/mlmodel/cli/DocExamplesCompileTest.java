package io.mlmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmodel.testsupport.TestData;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Java example of README.md and docs/*.md compiles as pasted: with the imports it shows,
 * against the test class path (the library, JUnit 5 and AssertJ), by javac in this JVM (through
 * {@code java.util.spi.ToolProvider}, so that the test module need not read {@code java.compiler}).
 */
class DocExamplesCompileTest {

  static Stream<String> pages() throws IOException {
    List<String> pages = new ArrayList<>(List.of("README.md"));
    try (Stream<Path> docs = Files.list(TestData.basedir().resolve("docs"))) {
      docs.map(p -> "docs/" + p.getFileName()).filter(p -> p.endsWith(".md")).sorted().forEach(pages::add);
    }
    return pages.stream();
  }

  @ParameterizedTest
  @MethodSource("pages")
  void everyJavaExampleCompiles(String page, @TempDir Path tmp) throws IOException {
    List<DocExamples> examples = DocExamples.of(page);
    ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow();
    List<String> args = new ArrayList<>(List.of("-proc:none", "-nowarn", "-d", tmp.toString(), "-cp", classPath()));
    StringBuilder where = new StringBuilder();
    for (DocExamples ex : examples) {
      Path file = Files.writeString(tmp.resolve(ex.name() + ".java"), ex.source());
      args.add(file.toString());
      where.append(ex.name()).append(".java is the example at ").append(page).append(':').append(ex.line()).append('\n');
    }
    StringWriter out = new StringWriter();
    // One javac run per page: an example may use a class another example of the page declares.
    int exit = examples.isEmpty() ? 0 : javac.run(new PrintWriter(out), new PrintWriter(out), args.toArray(String[]::new));
    List<String> failures = exit == 0 ? List.of() : List.of(out + "\n" + where);
    assertThat(failures).as("the %s Java examples of %s compile", examples.size(), page).isEmpty();
  }

  /** Surefire runs tests from a manifest-only jar; the real class path is in this property. */
  private static String classPath() {
    String cp = System.getProperty("surefire.test.class.path");
    return cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path", "") + File.pathSeparator;
  }
}
