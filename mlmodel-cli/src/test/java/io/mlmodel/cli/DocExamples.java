package io.mlmodel.cli;

import io.mlmodel.testsupport.TestData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code ```java} blocks of a Markdown page, each turned into a compilation unit as a reader
 * would paste it: its own import lines, then either its own classes (a block that declares a type),
 * members of a class (a block of methods), or statements of a method body. A block after the
 * comment {@code <!-- continues -->} goes on from the block before it (the same variables), and
 * its imports join those of that block. A block after the comment
 * {@code <!-- compiled in mlmodel-spark -->} is left out: it needs Spark, which is not on this
 * module's class path, and {@code SparkDocExamplesCompileTest} of mlmodel-spark compiles it.
 *
 * @param doc the page, relative to the project
 * @param line the line of the page the block starts at
 * @param name the class the unit declares
 * @param source the unit
 */
record DocExamples(String doc, int line, String name, String source) {
  private static final Pattern BLOCK = Pattern.compile(
      "(<!-- compiled in mlmodel-spark -->\\s*\\n)?(<!-- continues -->\\s*\\n)?```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern TYPE = Pattern.compile(
      "(?m)^(?:@\\w+(?:\\([^)]*\\))?\\s+)*(?:public\\s+)?(?:final\\s+)?(?:class|record|interface|enum)\\s+(\\w+)");
  private static final Pattern MEMBER = Pattern.compile("(?s)^(?:@\\w+(?:\\([^)]*\\))?\\s+)*(?:static\\s+)?void\\s+\\w+\\(");

  /** Every block of {@code doc}, as compilation units. */
  static List<DocExamples> of(String doc) {
    String text = read(TestData.basedir().resolve(doc));
    Matcher m = BLOCK.matcher(text);
    List<DocExamples> out = new ArrayList<>();
    StringBuilder imports = new StringBuilder();
    StringBuilder body = new StringBuilder();
    int n = 0;
    while (m.find()) {
      if (m.group(1) != null || m.group(2) == null) {
        imports.setLength(0);
        body.setLength(0);
      }
      if (m.group(1) != null) {
        continue;   // nothing is kept: a block continuing this one misses its variables, so it is marked too
      }
      for (String line : m.group(3).split("\n", -1)) {
        (line.startsWith("import ") ? imports : body).append(line).append('\n');
      }
      int line = 1 + (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count();
      String name = "DocExample" + (++n);
      Matcher type = TYPE.matcher(body);
      String code = body.toString().strip();
      String unit;
      if (type.find() && type.start() == body.indexOf(code)) {
        name = type.group(1);
        unit = imports + "\n" + code + "\n";
      } else if (MEMBER.matcher(code).find()) {
        unit = imports + "\nclass " + name + " {\n" + code + "\n}\n";
      } else {
        unit = imports + "\nclass " + name + " {\n  void run() throws Exception {\n" + code + "\n  }\n}\n";
      }
      out.add(new DocExamples(doc, line, name, unit));
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
