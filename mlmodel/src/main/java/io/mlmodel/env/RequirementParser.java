package io.mlmodel.env;

import io.mlmodel.Location;
import io.mlmodel.ModelException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses pip requirement lines the way pip reads a requirements file: comments ({@code #} at the
 * start or after a blank) and blank lines dropped, {@code \}-continued lines joined, option lines
 * recognized, everything else a PEP 508 requirement or a URL/path. Stateless.
 */
final class RequirementParser {
  private static final Pattern COMMENT = Pattern.compile("(^|\\s+)#.*$");
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?");
  private static final Pattern OPERATOR = Pattern.compile("~=|===|==|!=|<=|>=|<|>");
  private static final Pattern VERSION = Pattern.compile("[^\\s,;)]+");
  private static final Pattern TRAILING_OPTION = Pattern.compile("\\s--?[A-Za-z]");
  private static final Pattern ARCHIVE = Pattern.compile(".*\\.(whl|zip|tar\\.gz|tgz|tar\\.bz2)$");
  private static final Pattern URL = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://.*");

  private RequirementParser() {}

  /** Every meaningful line of a requirements file's text. */
  static List<RequirementLine> parseFile(String text, Path file) {
    List<RequirementLine> out = new ArrayList<>();
    String[] physical = text.split("\r\n|\n|\r", -1);
    for (int i = 0; i < physical.length; i++) {
      int startLine = i + 1;
      StringBuilder logical = new StringBuilder(physical[i]);
      while (endsWithBackslash(logical) && i + 1 < physical.length) {
        logical.setLength(logical.length() - 1);
        logical.append(physical[++i]);
      }
      if (endsWithBackslash(logical)) {
        // pip drops a continuation backslash on the last line.
        logical.setLength(logical.length() - 1);
      }
      String raw = logical.toString();
      String line = COMMENT.matcher(raw).replaceFirst("").strip();
      if (line.isEmpty()) {
        continue;
      }
      int column = raw.indexOf(line.charAt(0)) + 1;
      out.add(parseLine(line, new Location(file, startLine, column, "")));
    }
    return List.copyOf(out);
  }

  private static boolean endsWithBackslash(StringBuilder s) {
    return s.length() > 0 && s.charAt(s.length() - 1) == '\\';
  }

  /** One line (already without comment), located at {@code at}. */
  static RequirementLine parseLine(String text, Location at) {
    String line = text.strip();
    if (line.startsWith("-")) {
      return option(line, at);
    }
    if (URL.matcher(line).matches() || line.startsWith(".") || line.startsWith("/")
        || (line.contains("/") && !line.contains("@") && !line.contains(";"))
        || ARCHIVE.matcher(line.split("\\s+")[0]).matches()) {
      return new DirectReference(line.split("\\s+")[0], false, line, at);
    }
    return requirement(line, at);
  }

  private static RequirementLine option(String line, Location at) {
    int end = 0;
    while (end < line.length() && !Character.isWhitespace(line.charAt(end)) && line.charAt(end) != '=') {
      end++;
    }
    String option = line.substring(0, end);
    String value = end < line.length() ? line.substring(end + 1).strip() : null;
    if (value == null && option.length() > 2 && !option.startsWith("--")) {
      value = option.substring(2);
      option = option.substring(0, 2);
    }
    if (value != null && value.isEmpty()) {
      value = null;
    }
    switch (option) {
      case "-r", "--requirement", "-c", "--constraint" -> {
        if (value == null) {
          throw bad(at, line, "'" + option + "' needs a file name");
        }
        FileReference.Kind kind = option.equals("-r") || option.equals("--requirement")
            ? FileReference.Kind.REQUIREMENTS : FileReference.Kind.CONSTRAINTS;
        return new FileReference(kind, value, line, at);
      }
      case "-e", "--editable" -> {
        if (value == null) {
          throw bad(at, line, "'" + option + "' needs a path or URL");
        }
        return new DirectReference(value, true, line, at);
      }
      default -> {
        return new OptionLine(option, value, line, at);
      }
    }
  }

  private static Requirement requirement(String line, Location at) {
    List<String> options = new ArrayList<>();
    String spec = line;
    Matcher trailing = TRAILING_OPTION.matcher(line);
    if (trailing.find()) {
      spec = line.substring(0, trailing.start()).strip();
      for (String option : line.substring(trailing.start()).strip().split("\\s+")) {
        options.add(option);
      }
    }
    RequirementCursor c = new RequirementCursor(spec, line, at);
    String name = c.expect(NAME, "a distribution name");
    c.skipBlanks();
    List<String> extras = new ArrayList<>();
    if (c.accept('[')) {
      c.skipBlanks();
      if (!c.accept(']')) {
        do {
          c.skipBlanks();
          extras.add(c.expect(NAME, "an extra name"));
          c.skipBlanks();
        } while (c.accept(','));
        c.require(']');
      }
      c.skipBlanks();
    }
    List<Specifier> specifiers = new ArrayList<>();
    String url = null;
    if (c.accept('@')) {
      c.skipBlanks();
      url = c.expect(Pattern.compile("[^\\s;]+"), "a URL");
      c.skipBlanks();
    } else {
      boolean parenthesized = c.accept('(');
      c.skipBlanks();
      if (c.peek(OPERATOR)) {
        do {
          c.skipBlanks();
          String operator = c.expect(OPERATOR, "a version operator");
          c.skipBlanks();
          specifiers.add(new Specifier(operator, c.expect(VERSION, "a version")));
          c.skipBlanks();
        } while (c.accept(','));
      }
      if (parenthesized) {
        c.require(')');
        c.skipBlanks();
      }
    }
    String marker = null;
    if (c.accept(';')) {
      marker = c.rest().strip();
      if (marker.isEmpty()) {
        throw bad(at, line, "an environment marker is expected after ';'");
      }
    } else if (!c.atEnd()) {
      throw c.unexpected("a version operator, ';' or the end of the line");
    }
    return new Requirement(name, extras, specifiers, marker, url, options, line, at);
  }

  static ModelException bad(Location at, String line, String problem) {
    return new ModelException("bad-requirement", at, "invalid requirement '" + line + "': " + problem);
  }
}
