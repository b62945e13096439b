package io.mlmodel.env;

import io.mlmodel.Location;
import io.mlmodel.ModelException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A position in the requirement text; errors point at the column of the problem. */
final class RequirementCursor {
  private final String s;
  private final String line;
  private final Location at;
  private int pos;

  RequirementCursor(String s, String line, Location at) {
    this.s = s;
    this.line = line;
    this.at = at;
  }

  void skipBlanks() {
    while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
      pos++;
    }
  }

  boolean accept(char ch) {
    if (pos < s.length() && s.charAt(pos) == ch) {
      pos++;
      return true;
    }
    return false;
  }

  void require(char ch) {
    if (!accept(ch)) {
      throw unexpected("'" + ch + "'");
    }
  }

  boolean peek(Pattern p) {
    Matcher m = p.matcher(s).region(pos, s.length());
    return m.lookingAt();
  }

  String expect(Pattern p, String what) {
    Matcher m = p.matcher(s).region(pos, s.length());
    if (!m.lookingAt() || m.end() == pos) {
      throw unexpected(what);
    }
    pos = m.end();
    return m.group();
  }

  boolean atEnd() {
    return pos >= s.length();
  }

  String rest() {
    return s.substring(pos);
  }

  ModelException unexpected(String what) {
    Location here = at.line() > 0 && at.column() > 0
        ? new Location(at.file(), at.line(), at.column() + pos, at.keyPath()) : at;
    String found = pos < s.length() ? "'" + s.charAt(pos) + "'" : "the end of the line";
    return RequirementParser.bad(here, line, what + " is expected at column " + (pos + 1) + ", found " + found);
  }
}
