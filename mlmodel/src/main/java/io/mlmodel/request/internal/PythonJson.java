package io.mlmodel.request.internal;

import java.io.OutputStream;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.JsonRecyclerPools;

/**
 * Jackson generators that write the bytes of Python's {@code json.dumps} with its defaults, as
 * MLflow's scoring server sends them: {@code ", "} and {@code ": "} between items and {@code
 * ensure_ascii}, every character outside printable ASCII (U+007F included) as a lower-case {@code
 * \\uXXXX} escape, a character above U+FFFF as its surrogate pair; {@code /} is not escaped. Floats
 * are the caller's: {@link ValueWriter} in MLflow style writes Python's {@code repr} of each
 * ({@link io.mlmodel.enforce.internal.PyFloat}). Thread-safe; each generator is for one thread. Internal.
 */
public final class PythonJson {
  /** Buffers per thread, as for the request parsers: answers are written on many threads at once. */
  private static final JsonFactory FACTORY = JsonFactory.builder().recyclerPool(JsonRecyclerPools.threadLocalPool())
      .enable(JsonWriteFeature.ESCAPE_NON_ASCII).disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
      .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES).characterEscapes(new Escapes()).build();
  private static final ObjectWriteContext CONTEXT = new Context();

  private PythonJson() {}

  /** A generator writing UTF-8 (all ASCII) to {@code out}; closing it closes {@code out}. */
  public static JsonGenerator generator(OutputStream out) {
    return FACTORY.createGenerator(CONTEXT, out);
  }

  /** JSON's escapes, and U+007F as {@code \\u007f}: Python's printable ASCII ends at '~'. */
  private static final class Escapes extends CharacterEscapes {
    private final int[] codes = standardAsciiEscapesForJSON();

    Escapes() {
      codes[0x7f] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return codes;
    }

    @Override
    public @Nullable SerializableString getEscapeSequence(int ch) {
      return null;
    }
  }

  private static final class Context extends ObjectWriteContext.Base {
    private final PrettyPrinter separators = new Separators();

    @Override
    public PrettyPrinter getPrettyPrinter() {
      return separators;
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  }

  /** Python's default separators; no line breaks or indentation. Stateless, so shared. */
  private static final class Separators implements PrettyPrinter {
    private static final SerializableString ITEM = new SerializedString(", ");
    private static final SerializableString KEY = new SerializedString(": ");

    @Override
    public void writeRootValueSeparator(JsonGenerator g) {
      g.writeRaw(' ');
    }

    @Override
    public void writeStartObject(JsonGenerator g) {
      g.writeRaw('{');
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) {
      g.writeRaw('}');
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) {
      g.writeRaw(ITEM);
    }

    @Override
    public void writeObjectNameValueSeparator(JsonGenerator g) {
      g.writeRaw(KEY);
    }

    @Override
    public void writeStartArray(JsonGenerator g) {
      g.writeRaw('[');
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) {
      g.writeRaw(']');
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) {
      g.writeRaw(ITEM);
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) {
      // nothing between '[' and the first value
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) {
      // nothing between '{' and the first entry
    }
  }
}
