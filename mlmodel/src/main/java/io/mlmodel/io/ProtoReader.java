package io.mlmodel.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A minimal protocol buffers wire-format reader over one message's bytes: fields are read in
 * order, and a length-delimited field can be opened as a nested reader without copying. Only
 * what {@link OnnxExternalData} needs; malformed input is a {@link Malformed}, never an index
 * error. Not thread-safe (it has a position); cheap to create.
 */
final class ProtoReader {
  static final int VARINT = 0;
  static final int FIXED64 = 1;
  static final int LENGTH_DELIMITED = 2;
  static final int START_GROUP = 3;
  static final int END_GROUP = 4;
  static final int FIXED32 = 5;

  /** The bytes are not a well-formed protocol buffers message. */
  static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;

    Malformed(String message) {
      super(message, null, false, false);
    }
  }

  private final ByteBuffer buf;
  private int field;
  private int wireType;

  ProtoReader(ByteBuffer buf) {
    this.buf = buf;
  }

  /** Moves to the next field; false at the end of the message. */
  boolean next() throws Malformed {
    if (!buf.hasRemaining()) {
      return false;
    }
    long tag = varint();
    field = (int) (tag >>> 3);
    wireType = (int) (tag & 7);
    if (field <= 0 || tag >>> 3 > Integer.MAX_VALUE) {
      throw new Malformed("field number " + (tag >>> 3) + " at byte " + buf.position());
    }
    return true;
  }

  int field() {
    return field;
  }

  int wireType() {
    return wireType;
  }

  /** The current length-delimited field as a reader of its own bytes. */
  ProtoReader message() throws Malformed {
    return new ProtoReader(bytes());
  }

  /** The current length-delimited field as UTF-8 text, bytes that are not UTF-8 replaced by U+FFFD. */
  String string() throws Malformed {
    return StandardCharsets.UTF_8.decode(bytes()).toString();
  }

  /**
   * The current length-delimited field as UTF-8 text, refusing bytes that are not UTF-8 rather than
   * replacing them: for file names, so that the text names the same file as the bytes do.
   */
  String strictString() throws Malformed {
    int start = buf.position();
    ByteBuffer b = bytes();
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(b).toString();
    } catch (CharacterCodingException e) {
      throw new Malformed("field " + field + " at byte " + start + " is not UTF-8 text");
    }
  }

  /** The current varint field's value. */
  long varintValue() throws Malformed {
    expect(VARINT);
    return varint();
  }

  /** Skips the current field's value. */
  void skip() throws Malformed {
    switch (wireType) {
      case VARINT -> varint();
      case FIXED64 -> advance(8);
      case LENGTH_DELIMITED -> bytes();
      case FIXED32 -> advance(4);
      case START_GROUP -> skipGroup();
      default -> throw new Malformed("wire type " + wireType + " of field " + field + " at byte " + buf.position());
    }
  }

  /** Skips a (deprecated, still valid) group, iteratively so that nesting cannot overflow the stack. */
  private void skipGroup() throws Malformed {
    int open = 1;
    while (open > 0) {
      if (!next()) {
        throw new Malformed("the message ends inside a group");
      }
      if (wireType == START_GROUP) {
        open++;
      } else if (wireType == END_GROUP) {
        open--;
      } else {
        skip();
      }
    }
  }

  private ByteBuffer bytes() throws Malformed {
    expect(LENGTH_DELIMITED);
    long length = varint();
    if (length < 0 || length > buf.remaining()) {
      // A length of 2^63 or more is negative as a long; it must not reach slice().
      throw new Malformed("field " + field + " is " + Long.toUnsignedString(length) + " bytes long but only "
          + buf.remaining() + " remain");
    }
    ByteBuffer slice = buf.slice(buf.position(), (int) length);
    buf.position(buf.position() + (int) length);
    return slice;
  }

  private void expect(int type) throws Malformed {
    if (wireType != type) {
      throw new Malformed("field " + field + " has wire type " + wireType + ", expected " + type);
    }
  }

  private void advance(int n) throws Malformed {
    if (buf.remaining() < n) {
      throw new Malformed("the message ends inside field " + field);
    }
    buf.position(buf.position() + n);
  }

  private long varint() throws Malformed {
    long value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (!buf.hasRemaining()) {
        throw new Malformed("the message ends inside a varint");
      }
      byte b = buf.get();
      value |= (long) (b & 0x7F) << shift;
      if (b >= 0) {
        return value;
      }
    }
    throw new Malformed("a varint longer than 10 bytes at byte " + buf.position());
  }
}
