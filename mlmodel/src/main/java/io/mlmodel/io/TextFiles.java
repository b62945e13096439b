package io.mlmodel.io;

import io.mlmodel.LimitExceededException;
import io.mlmodel.Location;
import io.mlmodel.ModelException;
import io.mlmodel.ReadOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a side file as UTF-8 text under the {@link ReadOptions} byte limit. MLflow writes every
 * text file of a model as UTF-8; a byte order mark is skipped. Stateless and thread-safe.
 */
public final class TextFiles {
  private TextFiles() {}

  /**
   * The bytes of {@code file}, refused before reading when larger than {@link
   * ReadOptions#maxBytes()}.
   *
   * @param file the file to read
   * @param options gives the byte limit, {@link ReadOptions#maxBytes()}
   * @return a new array holding the whole file, byte order mark included
   * @throws LimitExceededException when the file is too large
   * @throws UncheckedIOException when it cannot be read
   */
  public static byte[] readBytes(Path file, ReadOptions options) {
    try {
      long size = Files.size(file);
      if (size > options.maxBytes()) {
        throw new LimitExceededException(Location.of(file), "the file is " + size
            + " bytes, more than the limit of " + options.maxBytes() + " (ReadOptions.maxBytes)");
      }
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * The text of {@code file}.
   *
   * @param file the file to read
   * @param options gives the byte limit, {@link ReadOptions#maxBytes()}, checked before reading
   * @return the file decoded as UTF-8, without a leading byte order mark; line ends are kept
   * @throws ModelException code {@code encoding} (located at the first bad byte) when it is not
   *     UTF-8, or code {@code limit} (a {@link LimitExceededException}) when it is too large
   * @throws UncheckedIOException when it cannot be read
   */
  public static String read(Path file, ReadOptions options) {
    return decode(readBytes(file, options), file);
  }

  /**
   * Refuses a text of more than {@link ReadOptions#maxLines()} lines before it is split: every
   * line becomes at least one object, so the line count, not the byte count, bounds the heap
   * (issue 16: 800,000 short lines in 4 MB ran out of a 64 MB heap).
   *
   * <p>A line ends at {@code \n}, {@code \r\n}, a lone {@code \r} or the end of the text; a text
   * that ends with a line end has no further empty line, and an empty text has none.
   *
   * @param text the text to check
   * @param file the file the text came from, which the error names
   * @param options gives the line limit, {@link ReadOptions#maxLines()}
   * @throws LimitExceededException when there are more lines than that
   */
  public static void checkLines(String text, Path file, ReadOptions options) {
    long lines = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean end = c == '\n' || c == '\r' && (i + 1 == n || text.charAt(i + 1) != '\n') || i + 1 == n;
      if (end && ++lines > options.maxLines()) {
        throw new LimitExceededException(Location.of(file), "the file has more than " + options.maxLines()
            + " lines (ReadOptions.maxLines)");
      }
    }
  }

  /**
   * Decodes UTF-8 {@code bytes}, skipping a byte order mark; {@code file} names them in errors.
   * Applies no limit and reads nothing from the file system.
   *
   * @param bytes the bytes to decode; not modified
   * @param file the file the bytes came from, used only in the error's {@link Location}
   * @return the decoded text, without a leading byte order mark
   * @throws ModelException code {@code encoding}, located at the line and column of the first
   *     byte that is not valid UTF-8
   */
  public static String decode(byte[] bytes, Path file) {
    int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length - start + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int bad = in.position();
      out.flip();
      String before = out.toString();
      int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
      int column = before.length() - before.lastIndexOf('\n');
      throw new ModelException("encoding", new Location(file, line, column, ""),
          "the file is not valid UTF-8 (byte 0x" + String.format("%02X", bytes[bad] & 0xFF)
              + " at offset " + bad + ")");
    }
    decoder.flush(out);
    out.flip();
    return out.toString();
  }
}
