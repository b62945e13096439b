package io.mlmodel.io;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes the few ONNX protocol buffer messages the external-data tests need, field numbers from
 * onnx.proto (ModelProto.graph 7, training_info 20, functions 25; GraphProto.node 1, initializer
 * 5, sparse_initializer 15; NodeProto.attribute 5; AttributeProto.t 5, g 6, graphs 11;
 * TensorProto.name 8, external_data 13, data_location 14). Independent of the reader under test.
 */
final class OnnxProto {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  static OnnxProto message() {
    return new OnnxProto();
  }

  OnnxProto bytes(int field, byte[] value) {
    varint((long) field << 3 | 2);
    varint(value.length);
    out.writeBytes(value);
    return this;
  }

  OnnxProto string(int field, String value) {
    return bytes(field, value.getBytes(StandardCharsets.UTF_8));
  }

  OnnxProto message(int field, OnnxProto value) {
    return bytes(field, value.toBytes());
  }

  OnnxProto number(int field, long value) {
    varint((long) field << 3);
    varint(value);
    return this;
  }

  byte[] toBytes() {
    return out.toByteArray();
  }

  /** A float tensor whose data is at {@code location} (ONNX's EXTERNAL data_location). */
  static OnnxProto externalTensor(String name, String location) {
    return message().string(8, name).number(2, 1)
        .message(13, message().string(1, "location").string(2, location))
        .message(13, message().string(1, "offset").string(2, "0"))
        .number(14, 1);
  }

  /** A graph holding {@code initializer}. */
  static OnnxProto graphWith(OnnxProto initializer) {
    return message().string(2, "g").message(5, initializer);
  }

  /** A graph whose one If node holds {@code branch} as its then_branch attribute. */
  static OnnxProto graphWithSubgraph(OnnxProto branch) {
    OnnxProto attribute = message().string(1, "then_branch").message(6, branch).number(20, 5);
    return message().string(2, "g").message(1, message().string(4, "If").message(5, attribute));
  }

  /** A model of IR version 8 with this main graph. */
  static byte[] model(OnnxProto graph) {
    return message().number(1, 8).message(7, graph).toBytes();
  }

  private void varint(long v) {
    while ((v & ~0x7FL) != 0) {
      out.write((int) (v & 0x7F) | 0x80);
      v >>>= 7;
    }
    out.write((int) v);
  }
}
