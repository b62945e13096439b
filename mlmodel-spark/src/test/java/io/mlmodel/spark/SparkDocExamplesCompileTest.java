package io.mlmodel.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java examples that need Spark compile as pasted: every {@code ```java} block after the
 * comment {@code <!-- compiled in mlmodel-spark -->} in README.md and docs/*.md (those of
 * docs/spark.md), with the imports it shows, against this module's test class path, by javac in
 * this JVM. The CLI's DocExamplesCompileTest compiles every other block and leaves these out.
 * A block is either its own classes or statements of a method body.
 */
class SparkDocExamplesCompileTest {
  private static final Pattern BLOCK =
      Pattern.compile("<!-- compiled in mlmodel-spark -->\\s*\\n```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern TYPE =
      Pattern.compile("(?:public\\s+)?(?:final\\s+)?(?:class|record|interface|enum)\\s+(\\w+)");

  @Test
  void everySparkExampleCompiles(@TempDir Path tmp) throws IOException {
    Path root = Path.of(System.getProperty("mlmodel.basedir", ".")).resolve("..").toAbsolutePath().normalize();
    List<Path> pages = new ArrayList<>(List.of(root.resolve("README.md")));
    try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    List<String> args = new ArrayList<>(List.of("-proc:none", "-nowarn", "-d", tmp.toString(), "-cp", classPath()));
    StringBuilder where = new StringBuilder();
    int n = 0;
    for (Path page : pages) {
      String text = Files.readString(page);
      Matcher m = BLOCK.matcher(text);
      while (m.find()) {
        StringBuilder imports = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (String line : m.group(1).split("\n", -1)) {
          (line.startsWith("import ") ? imports : body).append(line).append('\n');
        }
        String code = body.toString().strip();
        Matcher type = TYPE.matcher(code);
        boolean declaresType = type.lookingAt();
        String name = declaresType ? type.group(1) : "SparkDocExample" + (++n);
        String unit = declaresType
            ? imports + "\n" + code + "\n"
            : imports + "\nclass " + name + " {\n  void run() throws Exception {\n" + code + "\n  }\n}\n";
        args.add(Files.writeString(tmp.resolve(name + ".java"), unit).toString());
        int line = 1 + (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count();
        where.append(name).append(".java is the example at ").append(root.relativize(page)).append(':')
            .append(line).append('\n');
      }
    }
    assertThat(where.toString()).as("the examples compiled here").contains("at docs/spark.md:");

    StringWriter out = new StringWriter();
    int exit = ToolProvider.findFirst("javac").orElseThrow()
        .run(new PrintWriter(out), new PrintWriter(out), args.toArray(String[]::new));
    List<String> failures = exit == 0 ? List.of() : List.of(out + "\n" + where);
    assertThat(failures).as("the Spark examples of the docs compile").isEmpty();
  }

  /** Surefire runs tests from a manifest-only jar; the real class path is in this property. */
  private static String classPath() {
    String cp = System.getProperty("surefire.test.class.path");
    return cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path", "") + File.pathSeparator;
  }
}
