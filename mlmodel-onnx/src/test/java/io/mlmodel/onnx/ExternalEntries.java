package io.mlmodel.onnx;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Rewrites the external-data entries of a small ONNX model's initializers (ModelProto.graph 7,
 * GraphProto.initializer 5, TensorProto.external_data 13, key 1 and value 2 of each entry), so
 * that tests can give testdata/onnx/external_data hostile locations, offsets and lengths of any
 * size. A protocol buffers reader and writer of its own, independent of the code under test.
 */
final class ExternalEntries {
  private final byte[] in;
  private int pos;
  private int tensor;

  private ExternalEntries(byte[] in) {
    this.in = in;
  }

  /** {@code model} with the i-th initializer's external data entries replaced by {@code entries[i]}. */
  static byte[] replace(byte[] model, List<Map<String, String>> entries) {
    return new ExternalEntries(model).rewrite(0, model.length, 0, entries);
  }

  private byte[] rewrite(int from, int to, int level, List<Map<String, String>> entries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pos = from;
    while (pos < to) {
      long tag = varint();
      int field = (int) (tag >>> 3);
      int type = (int) (tag & 7);
      int start = pos;
      if (type == 0) {
        varint();
      } else if (type == 2) {
        int len = (int) varint();
        int body = pos;
        pos += len;
        boolean descend = (level == 0 && field == 7) || (level == 1 && field == 5);
        if (descend) {
          int after = pos;
          byte[] inner = rewrite(body, body + len, level + 1, entries);
          pos = after;
          write(out, tag);
          write(out, inner.length);
          out.writeBytes(inner);
          continue;
        }
        if (level == 2 && field == 13) {
          continue;
        }
      } else {
        pos += type == 1 ? 8 : 4;
      }
      write(out, tag);
      out.write(in, start, pos - start);
    }
    if (level == 2) {
      entries.get(tensor++).forEach((k, v) -> {
        byte[] entry = entry(k, v);
        write(out, 13 << 3 | 2);
        write(out, entry.length);
        out.writeBytes(entry);
      });
    }
    return out.toByteArray();
  }

  private static byte[] entry(String key, String value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int f = 1; f <= 2; f++) {
      byte[] s = (f == 1 ? key : value).getBytes(StandardCharsets.UTF_8);
      write(out, f << 3 | 2);
      write(out, s.length);
      out.writeBytes(s);
    }
    return out.toByteArray();
  }

  private long varint() {
    long v = 0;
    for (int shift = 0; ; shift += 7) {
      byte b = in[pos++];
      v |= (long) (b & 0x7F) << shift;
      if (b >= 0) {
        return v;
      }
    }
  }

  private static void write(ByteArrayOutputStream out, long v) {
    while ((v & ~0x7FL) != 0) {
      out.write((int) (v & 0x7F) | 0x80);
      v >>>= 7;
    }
    out.write((int) v);
  }
}
