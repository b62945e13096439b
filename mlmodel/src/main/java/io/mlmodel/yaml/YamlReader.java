package io.mlmodel.yaml;

import io.mlmodel.LimitExceededException;
import io.mlmodel.Location;
import io.mlmodel.ModelException;
import io.mlmodel.ReadOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.Schema;

/**
 * Reads one YAML document the way MLflow does ({@code yaml.safe_load}, YAML 1.1 typing), hardened
 * against hostile input. Values come back as plain, unmodifiable Java objects:
 *
 * <table>
 *   <caption>Value types</caption>
 *   <tr><th>YAML</th><th>Java</th></tr>
 *   <tr><td>null, {@code ~}, empty</td><td>{@code null}</td></tr>
 *   <tr><td>bool ({@code true}, {@code yes}, {@code On}...)</td><td>{@link Boolean}</td></tr>
 *   <tr><td>int (decimal, {@code 0b}, octal {@code 0123}, {@code 0x}, {@code 1:30}, {@code 1_000})</td>
 *       <td>{@link Long}, or {@link java.math.BigInteger} when it does not fit</td></tr>
 *   <tr><td>float (needs a dot, or {@code .inf}/{@code .nan})</td><td>{@link Double}</td></tr>
 *   <tr><td>timestamp</td><td>{@link java.time.LocalDateTime} without a zone, {@link
 *       java.time.OffsetDateTime} with one; a date alone is a {@link java.time.LocalDate}</td></tr>
 *   <tr><td>{@code !!binary}</td><td>{@code byte[]}</td></tr>
 *   <tr><td>string</td><td>{@link String}</td></tr>
 *   <tr><td>sequence ({@code !!omap}, {@code !!pairs}: two-element lists)</td><td>{@link java.util.List}</td></tr>
 *   <tr><td>mapping</td><td>{@link java.util.Map} in document order (keys are any scalar)</td></tr>
 *   <tr><td>{@code !!set}</td><td>{@link java.util.Set}</td></tr>
 * </table>
 *
 * <p>Refused, each as a {@link ModelException} with a location: bytes that are not UTF-8 or hold
 * control characters ({@code encoding}), syntax errors ({@code yaml-syntax}), duplicate keys
 * ({@code duplicate-key}), any tag but the standard ones ({@code unsafe-tag}), and anything over a
 * {@link ReadOptions} limit ({@code limit}, a {@link LimitExceededException}). A UTF-8 byte order
 * mark and CRLF line ends are accepted. Stateless and thread-safe.
 */
public final class YamlReader {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final Schema SCHEMA = new Schema() {
    @Override
    public ScalarResolver getScalarResolver() {
      return PyYamlResolver.INSTANCE;
    }

    @Override
    public Map<Tag, ConstructNode> getSchemaTagConstructors() {
      return Map.of();
    }
  };

  private YamlReader() {}

  /** Reads {@code file}, refusing it before reading when it is larger than the limit. */
  public static YamlDocument read(Path file, ReadOptions options) {
    try {
      long size = Files.size(file);
      if (size > options.maxBytes()) {
        throw new LimitExceededException(Location.of(file), "the file is " + size
            + " bytes, more than the limit of " + options.maxBytes() + " (ReadOptions.maxBytes)");
      }
      return parse(Files.readAllBytes(file), file, options);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Reads at most the limit from {@code in} (which is not closed); {@code file} names it in errors. */
  public static YamlDocument read(InputStream in, @Nullable Path file, ReadOptions options) {
    return parse(readBounded(in, file, options.maxBytes()), file, options);
  }

  /** Reads a stream fully, failing with a limit error when it is longer than {@code max}. */
  public static byte[] readBounded(InputStream in, @Nullable Path file, long max) {
    try {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
      if (bytes.length > max) {
        throw new LimitExceededException(Location.of(file), "the input is more than "
            + max + " bytes (ReadOptions.maxBytes)");
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + (file == null ? "input" : file) + ": " + e.getMessage(), e);
    }
  }

  /** Parses {@code bytes}, which must be UTF-8 (a byte order mark is skipped). */
  public static YamlDocument parse(byte[] bytes, @Nullable Path file, ReadOptions options) {
    if (bytes.length > options.maxBytes()) {
      throw new LimitExceededException(Location.of(file), "the input is " + bytes.length
          + " bytes, more than the limit of " + options.maxBytes() + " (ReadOptions.maxBytes)");
    }
    String text = decode(bytes, file);
    // Let the bytes go before parsing: at the size limit they are a third of the peak heap.
    bytes = null;
    return parseText(text, file, options);
  }

  /** Parses text that is already decoded. */
  public static YamlDocument parseText(String text, @Nullable Path file, ReadOptions options) {
    String current = text;
    for (int fixed = 0; ; fixed++) {
      try {
        return parseOnce(current, file, options);
      } catch (EscapeRetry retry) {
        if (fixed == LineSeparatorEscapes.MAX_SCALARS) {
          throw new LimitExceededException(Location.of(file), "more than " + LineSeparatorEscapes.MAX_SCALARS
              + " double-quoted scalars use the \\L or \\P escapes");
        }
        current = retry.text;
      }
    }
  }

  /** The text with one more scalar's \L and \P escapes replaced, to be parsed again. */
  private static final class EscapeRetry extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient String text;

    EscapeRetry(String text) {
      super(null, null, false, false);
      this.text = text;
    }
  }

  private static YamlDocument parseOnce(String text, @Nullable Path file, ReadOptions options) {
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      throw new ModelException("encoding", at(file, text, nul), "the file contains a NUL character; it is not a text file");
    }
    LoadSettings settings = LoadSettings.builder()
        .setSchema(SCHEMA)
        .setLabel(file == null ? "<input>" : file.toString())
        .setMaxAliasesForCollections(options.maxAliases())
        .setCodePointLimit(options.maxCodePoints())
        .setAllowRecursiveKeys(false)
        .setAllowNonScalarKeys(false)
        .setUseMarks(true)
        // snakeyaml-engine copies its whole look-ahead window on every buffer refill, so a scalar
        // of n characters costs n * n / bufferSize copies: with the default 1,024 a 4 MB scalar
        // took half a minute. The whole text in one refill (up to 1 Mi chars) makes that linear.
        .setBufferSize(Math.max(1024, Math.min(text.length() + 1, 1 << 20)))
        .build();
    NodeConverter converter = new NodeConverter(file, options.maxNodes(), options.maxCodePoints());
    Node node;
    StreamReader reader = new StreamReader(settings, text);
    try {
      var parser = new DepthLimitingParser(new ParserImpl(settings, reader), options, file);
      Optional<Node> single = new Composer(settings, parser).getSingleNode();
      node = single.orElse(null);
    } catch (MarkedYamlEngineException e) {
      String fixed = LineSeparatorEscapes.fix(text, e);
      if (fixed != null) {
        throw new EscapeRetry(fixed);
      }
      throw translate(e, file);
    } catch (ReaderException e) {
      throw new ModelException("encoding", at(file, text, e.getPosition()),
          "the file contains the control character U+" + String.format("%04X", e.getCodePoint())
              + ", which YAML does not allow", e);
    } catch (YamlEngineException e) {
      String message = String.valueOf(e.getMessage());
      if (message.contains("aliases")) {
        throw new LimitExceededException(Location.of(file), "the document uses more than "
            + options.maxAliases() + " aliases of collections (ReadOptions.maxAliases)");
      }
      if (message.contains("code points")) {
        throw new LimitExceededException(Location.of(file), "the document is longer than "
            + options.maxCodePoints() + " code points (ReadOptions.maxCodePoints)");
      }
      throw new ModelException("yaml-syntax", Location.of(file), "invalid YAML: " + message, e);
    } catch (NumberFormatException e) {
      // snakeyaml-engine 3.2 parses the hex digits of an escape without checking them first: a
      // unicode escape cut short by the end of the file, or an 8-digit one beyond int, escapes as this.
      Location at = reader.getMark()
          .map(m -> new Location(file, m.getLine() + 1, m.getColumn() + 1, ""))
          .orElse(Location.of(file));
      throw new ModelException("yaml-syntax", at,
          "invalid YAML: a \\x, \\u or \\U escape in a double-quoted scalar is cut short or out of range", e);
    } catch (StackOverflowError e) {
      throw new LimitExceededException(Location.of(file), "the document is nested too deeply for this thread's stack");
    }
    Object root = node == null ? null : converter.convert(node);
    return new YamlDocument(file, root, node, converter);
  }

  private static String decode(byte[] bytes, @Nullable Path file) {
    int start = bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2] ? 3 : 0;
    if (isAscii(bytes, start)) {
      // What MLflow writes (PyYAML escapes everything else): nothing to check, nothing to decode.
      return new String(bytes, start, bytes.length - start, StandardCharsets.ISO_8859_1);
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    // Checked in small chunks, then decoded by String itself: a CharsetDecoder.decode of the whole
    // input would hold a char[] twice the size of the file on top of the bytes and the string.
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer chunk = CharBuffer.allocate(Math.max(16, Math.min(8192, bytes.length)));
    try {
      while (true) {
        CoderResult r = decoder.decode(in, chunk, true);
        if (r.isError()) {
          r.throwException();
        }
        chunk.clear();
        if (r.isUnderflow()) {
          r = decoder.flush(chunk);
          if (r.isError()) {
            r.throwException();
          }
          break;
        }
      }
      return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      int offset = firstBadByte(bytes, start);
      String before = new String(bytes, start, offset - start, StandardCharsets.UTF_8);
      throw new ModelException("encoding", at(file, before, before.length()),
          "the file is not valid UTF-8 (byte 0x" + String.format("%02X", bytes[offset] & 0xFF)
              + " at offset " + offset + "); MLflow writes MLmodel files as UTF-8", e);
    }
  }

  private static boolean isAscii(byte[] bytes, int start) {
    for (int i = start; i < bytes.length; i++) {
      if (bytes[i] < 0) {
        return false;
      }
    }
    return true;
  }

  private static int firstBadByte(byte[] bytes, int start) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    decoder.decode(in, out, true);
    return in.position();
  }

  private static Location at(@Nullable Path file, String text, int offset) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new Location(file, line, column, "");
  }

  private static ModelException translate(MarkedYamlEngineException e, @Nullable Path file) {
    Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
    Location at = mark.map(m -> new Location(file, m.getLine() + 1, m.getColumn() + 1, ""))
        .orElse(Location.of(file));
    String problem = e.getProblem() == null ? "" : e.getProblem();
    String context = e.getContext() == null ? "" : e.getContext();
    String sentence = "invalid YAML: " + (context.isEmpty() ? problem : context + ", " + problem);
    return new ModelException("yaml-syntax", at, sentence, e);
  }
}
