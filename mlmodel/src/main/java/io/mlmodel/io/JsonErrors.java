package io.mlmodel.io;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * What a JSON parse failure says, in the parser's words but without Jackson's own names: its
 * redacted source ({@code (start marker at [Source: REDACTED (`StreamReadFeature...` disabled);
 * byte offset: #UNKNOWN])}), its advice to enable a feature, the setting a limit comes from, and
 * its token names ({@code
 * VALUE_STRING}). Those mean nothing to whoever wrote the JSON, leak the implementation, and used to
 * reach request answers, CLI errors and validation findings. Every JSON reader of this project's
 * modules builds its message from {@link #problem(JacksonException)}. Stateless and thread-safe.
 *
 * <pre>{@code
 * catch (JacksonException e) {
 *   throw new InputException("bad-request", at, null, "not valid JSON: " + JsonErrors.problem(e));
 * }
 * }</pre>
 */
public final class JsonErrors {
  /** Jackson's location within its message: the redacted source, with or without a marker. */
  private static final Pattern SOURCE = Pattern.compile(
      " ?\\((?:start marker at|for \\w+ starting at) \\[Source:[^\\]]*\\]\\)| ?\\[Source:[^\\]]*\\]");
  /** Jackson's advice to turn a feature on ({@code : enable `JsonReadFeature.X` to allow}). */
  private static final Pattern ENABLE = Pattern.compile(": enable `[^`]*` to allow");
  /** Where a constraint's limit comes from ({@code (50000, from `StreamReadConstraints.getMaxNameLength()`)}). */
  private static final Pattern SETTING = Pattern.compile(", from `[^`]*`");
  private static final Pattern TOKEN = Pattern.compile("\\b(?:JsonToken\\.)?([A-Z]+(?:_[A-Z]+)+)\\b");
  private static final Map<String, String> TOKENS = Map.of("VALUE_STRING", "a string", "VALUE_NUMBER_INT", "a number",
      "VALUE_NUMBER_FLOAT", "a number", "PROPERTY_NAME", "a property name", "START_OBJECT", "an object",
      "START_ARRAY", "a list", "END_OBJECT", "'}'", "END_ARRAY", "']'");
  /** What a message must not carry once cleaned: Java and Jackson names. */
  private static final Pattern JAVA = Pattern.compile("`|\\b[A-Z]+_[A-Z_]+\\b|\\bjava\\.|jackson|Feature\\b|Exception");

  /** What {@link #problem(JacksonException)} says when none of the parser's words can be kept. */
  public static final String UNREADABLE = "not valid JSON";

  private JsonErrors() {}

  /**
   * Whether {@code e} is the parser's nesting-depth check, which each reader reports with its own
   * depth setting.
   *
   * @param e a constraint failure thrown by a Jackson parser
   * @return true when {@code e} reports arrays and objects nested deeper than the parser allows
   */
  public static boolean isNestingDepth(StreamConstraintsException e) {
    return String.valueOf(e.getOriginalMessage()).contains("nesting depth");
  }

  /**
   * The problem a parse failure reports, fit for a message to the author of the JSON.
   *
   * @param e a failure thrown by a Jackson parser or reader
   * @return Jackson's original message without its source, feature advice, limit settings and
   *     token names (tokens
   *     become words: {@code VALUE_STRING} is "a string"); {@link #UNREADABLE} when nothing readable
   *     is left or a Java or Jackson name would remain. Never empty; the location is not included,
   *     so that each caller states it in its own form.
   */
  public static String problem(JacksonException e) {
    String text = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    text = SETTING.matcher(ENABLE.matcher(SOURCE.matcher(text).replaceAll("")).replaceAll("")).replaceAll("");
    Matcher m = TOKEN.matcher(text);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(b, Matcher.quoteReplacement(TOKENS.getOrDefault(m.group(1), m.group())));
    }
    text = m.appendTail(b).toString().strip();
    return text.isEmpty() || JAVA.matcher(text).find() ? UNREADABLE : text;
  }
}
