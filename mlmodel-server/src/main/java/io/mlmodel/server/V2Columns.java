package io.mlmodel.server;

import io.mlmodel.data.Column;
import io.mlmodel.data.ColumnTable;
import io.mlmodel.data.Tensor;
import io.mlmodel.signature.OpenInference;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * V2 tensors as the columns of a table, for MLServer's {@code pd} codec: a request's tensor of one
 * value per row to a {@link Column}, and a predicted column to a V2 output. Stateless.
 */
final class V2Columns {
  private V2Columns() {}

  /** The tensor as a table column: it must hold one value per row ({@code [n]} or {@code [n, 1]}). */
  static Column column(String name, Tensor t) {
    if (t.rank() > 2 || (t.rank() == 2 && t.dim(1) != 1)) {
      throw V2Values.bad("inputs." + name, "a column input must have shape [n] or [n, 1], not "
          + java.util.Arrays.toString(t.shape()));
    }
    Tensor flat = t.reshape(t.size());
    ColumnTable.Builder b = ColumnTable.builder();
    switch (t.dtype()) {
      case BOOL -> b.addBooleans(name, flat.toBooleanArray());
      case FLOAT16, FLOAT32 -> b.addFloats(name, flat.toFloatArray());
      case FLOAT64 -> b.addDoubles(name, flat.toDoubleArray());
      case INT64 -> b.addLongs(name, flat.toLongArray());
      case UINT32, UINT64 -> b.addLongs(name, longs(flat, name));
      case INT8, UINT8, INT16, UINT16, INT32 -> b.addInts(name, ints(flat));
      case STR -> b.addStrings(name, flat.toStringArray());
      default -> throw V2Values.bad("inputs." + name, "a " + t.dtype().numpyName() + " tensor has no column form");
    }
    return b.build().columns().get(0);
  }

  /** The elements of a narrow integer tensor, widened (the unsigned ones by value, not by bits). */
  private static int[] ints(Tensor flat) {
    int[] a = new int[flat.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = ((Number) java.util.Objects.requireNonNull(flat.getObject(i))).intValue();
    }
    return a;
  }

  /** The elements of a uint32 or uint64 tensor as longs; a uint64 beyond a long's range has no column form. */
  private static long[] longs(Tensor flat, String name) {
    long[] a = new long[flat.size()];
    for (int i = 0; i < a.length; i++) {
      Object v = flat.getObject(i);
      if (!(v instanceof Long || v instanceof Integer)) {
        throw V2Values.bad("inputs." + name, "a column holds integers up to " + Long.MAX_VALUE + ", not " + v);
      }
      a[i] = ((Number) v).longValue();
    }
    return a;
  }

  /** A predicted column as a V2 output of shape {@code [n, 1]}. */
  static ObjectNode encode(Column c) {
    OpenInference.Datatype type = switch (c.dtypeName()) {
      case "float64" -> OpenInference.Datatype.FP64;
      case "float32" -> OpenInference.Datatype.FP32;
      case "int64" -> OpenInference.Datatype.INT64;
      case "int32" -> OpenInference.Datatype.INT32;
      case "bool" -> OpenInference.Datatype.BOOL;
      default -> OpenInference.Datatype.BYTES;
    };
    ObjectNode o = Documents.JSON.createObjectNode().put("name", c.name());
    o.putArray("shape").add(c.size()).add(1);
    o.put("datatype", type.name());
    o.putObject("parameters").put("content_type", type == OpenInference.Datatype.BYTES ? "str" : "np");
    ArrayNode data = o.putArray("data");
    for (int i = 0; i < c.size(); i++) {
      V2Tensors.add(data, c.getObject(i));
    }
    return o;
  }
}
