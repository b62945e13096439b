package io.mlmodel.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a terminal line may not receive from a model's text, and what it keeps. */
class ControlCharsTest {

  @Test
  void controlCharactersAreEscapedAndALineBreakKeptWhenAsked() {
    assertThat(ControlChars.escape("a\nb\u001b[2J\u007f\u0085", false)).isEqualTo("a\\u000ab\\u001b[2J\\u007f\\u0085");
    assertThat(ControlChars.escape("a\nb\tc", true)).isEqualTo("a\nb\\u0009c");
  }

  @Test
  void bidirectionalFormattingCharactersAreEscaped() {
    // regression (CVE-2021-42574, "Trojan Source"): these passed through, so a key, value or
    // column name could reorder what a line of inspect showed
    String each = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c";
    assertThat(ControlChars.escape(each, false)).isEqualTo("\\u202a\\u202b\\u202c\\u202d\\u202e"
        + "\\u2066\\u2067\\u2068\\u2069\\u200e\\u200f\\u061c");
    assertThat(ControlChars.escape("x\u202egpj.exe\n", true)).isEqualTo("x\\u202egpj.exe\n");
  }

  @Test
  void textWithNothingToEscapeIsReturnedItself() {
    // right-to-left letters, their neighbours in the blocks, emoji: shown as they are
    String text = "عمود שם \u061b\u061d \u200d\u2010 \u2029\u2065\u206a \ud83d\ude00 naïve";
    assertThat(ControlChars.escape(text, false)).isSameAs(text);
    assertThat(ControlChars.escape("", true)).isSameAs("");
  }
}
