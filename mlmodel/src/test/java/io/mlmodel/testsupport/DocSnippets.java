package io.mlmodel.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Keeps the Java examples of a docs/ page true: each {@code ```java} block that follows a comment
 * {@code <!-- test: path/To/SomeTest.java -->} must appear, line by line (indentation aside), in
 * that test source, which runs it. Import lines are left out of the comparison: the test has its
 * own, and DocExamplesCompileTest checks that the example's own imports compile.
 */
public final class DocSnippets {
  private static final Pattern BLOCK = Pattern.compile(
      "<!-- test: (\\S+) -->\\s*\\n(?:<!-- continues -->\\s*\\n)?```java\\n(.*?)```", Pattern.DOTALL);

  private DocSnippets() {}

  /** Checks every tagged block of {@code doc} (relative to the project) and returns how many there were. */
  public static int check(String doc) {
    Path base = TestData.basedir();
    String text = read(base.resolve(doc));
    Matcher m = BLOCK.matcher(text);
    int count = 0;
    while (m.find()) {
      List<String> source = trimmed(read(testSource(base, m.group(1))));
      List<String> snippet = trimmed(m.group(2));
      assertThat(containsInOrder(source, snippet))
          .as("the example in %s tagged %s appears in that test, line by line:%n%s", doc, m.group(1), m.group(2))
          .isTrue();
      count++;
    }
    return count;
  }

  /** The test file in whichever module of the reactor holds it. */
  private static Path testSource(Path base, String relative) {
    try (Stream<Path> modules = Files.list(base)) {
      return modules.map(m -> m.resolve("src/test/java").resolve(relative)).filter(Files::isRegularFile)
          .findFirst().orElseThrow(() -> new AssertionError("no module has the test " + relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean containsInOrder(List<String> source, List<String> snippet) {
    outer:
    for (int start = 0; start + snippet.size() <= source.size(); start++) {
      for (int i = 0; i < snippet.size(); i++) {
        if (!source.get(start + i).equals(snippet.get(i))) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  private static List<String> trimmed(String text) {
    List<String> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isBlank() && !line.strip().startsWith("import ")) {
        out.add(line.strip());
      }
    }
    return out;
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
