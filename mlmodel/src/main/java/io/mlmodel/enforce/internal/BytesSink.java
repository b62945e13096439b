package io.mlmodel.enforce.internal;

import io.mlmodel.data.BinaryColumn;
import io.mlmodel.data.Column;
import io.mlmodel.data.internal.DataAccess;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * bytes targets (MLflow's {@code binary}). A JSON string is base64 text, decoded as Python's {@code
 * base64.decodebytes} does (line breaks and other non-alphabet characters ignored). MLflow decodes
 * only in the {@code dataframe_split}/{@code dataframe_records} forms and passes the base64 text
 * itself as the bytes in {@code inputs}/{@code instances}; that happens here only when {@code
 * decode} is false (MLflow mode on those forms).
 */
final class BytesSink extends Sink {
  private final boolean decode;
  private byte[][] values = new byte[16][];

  BytesSink(boolean decode) {
    this.decode = decode;
  }

  @Override
  public String target() {
    return "bytes";
  }

  private void put(byte[] v) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = v;
  }

  @Override
  public void addNull() {
    put(null);
  }

  @Override
  public void addBoolean(boolean v) {
    throw cannot(v, "bytes");
  }

  @Override
  public void addLong(long v) {
    throw cannot(v, "bytes");
  }

  @Override
  public void addBig(BigInteger v) {
    throw cannot(v, "bytes");
  }

  @Override
  public void addDouble(double v) {
    throw cannot(v, "bytes");
  }

  @Override
  public void addString(String v) {
    put(decode ? decodeBase64(v) : v.getBytes(StandardCharsets.UTF_8));
  }

  static byte[] decodeBase64(String v) {
    StringBuilder clean = new StringBuilder(v.length());
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/' || c == '=') {
        clean.append(c);
      }
    }
    int eq = clean.indexOf("=");
    String body = eq < 0 ? clean.toString() : clean.substring(0, eq);
    if (body.length() % 4 == 1 || eq >= 0 && (eq + (clean.length() - eq)) % 4 != 0) {
      throw new ConversionException("Incorrect padding in base64 text " + PyRepr.str(PyRepr.clip(v)));
    }
    if (eq < 0 && body.length() % 4 != 0) {
      throw new ConversionException("Incorrect padding in base64 text " + PyRepr.str(PyRepr.clip(v)));
    }
    try {
      return Base64.getDecoder().decode(body);
    } catch (IllegalArgumentException e) {
      throw new ConversionException("invalid base64 text " + PyRepr.str(PyRepr.clip(v)));
    }
  }

  @Override
  public void addOther(Object v) {
    if (v instanceof byte[] b) {
      put(b.clone());
      return;
    }
    throw cannot(v, "bytes");
  }

  @Override
  public Column column(String name) {
    return DataAccess.column(BinaryColumn.class, name, Arrays.copyOf(values, size));
  }

  @Override
  public Object storage() {
    return Arrays.copyOf(values, size);
  }
}
