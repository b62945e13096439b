package io.mlmodel.server;

import io.mlmodel.InputException;
import io.mlmodel.Location;
import io.mlmodel.data.Tensor;
import io.mlmodel.signature.NumpyDtype;
import io.mlmodel.signature.OpenInference;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One V2 tensor ({@code name}, {@code shape}, {@code datatype}, {@code data} flat or nested) to
 * and from a {@link Tensor} ({@link V2Columns} for table columns). {@code BYTES} data are strings.
 * Stateless.
 */
final class V2Tensors {
  private V2Tensors() {}

  /**
   * One input of a request, {@code at} its place in it ({@code inputs[0]}); a field it needs that is
   * missing or of the wrong JSON type is a {@link V2Json#INVALID} error, as MLServer's validation.
   */
  static Tensor decode(JsonNode in, String at) {
    V2Json.required(in, "shape", at + ".", JsonNode::isArray, "a list");
    V2Json.required(in, "datatype", at + ".", JsonNode::isString, "a string");
    V2Json.required(in, "data", at + ".", v -> true, "any value");
    String name = in.path("name").asString("");
    String key = "inputs." + name;
    List<Long> dims = new ArrayList<>();
    // exact, as a shape of large dimensions overflows a long (and then could even seem to match)
    BigInteger size = BigInteger.ONE;
    for (JsonNode d : in.get("shape")) {
      if (!d.canConvertToLong() || d.asLong() < 0) {
        throw bad(key, "shape must be a list of non-negative integers: " + in.get("shape"));
      }
      dims.add(d.asLong());
      size = size.multiply(BigInteger.valueOf(d.asLong()));
    }
    List<JsonNode> data = new ArrayList<>();
    flatten(in.get("data"), data);
    if (!size.equals(BigInteger.valueOf(data.size()))) {
      throw bad(key, "shape " + dims + " needs " + size + " elements but data has " + data.size());
    }
    long[] shape = dims.stream().mapToLong(Long::longValue).toArray();
    String type = in.get("datatype").asString();
    int n = data.size();
    try {
      return switch (type) {
        case "BOOL" -> {
          boolean[] a = new boolean[n];
          for (int i = 0; i < n; i++) {
            a[i] = V2Values.bool(data.get(i), key);
          }
          yield Tensor.wrap(NumpyDtype.BOOL, a, shape);
        }
        case "INT8", "UINT8", "INT16", "UINT16", "INT32", "UINT32", "INT64", "UINT64" -> integers(type, data, key, shape);
        case "FP16", "FP32" -> {
          float[] a = new float[n];
          for (int i = 0; i < n; i++) {
            a[i] = (float) V2Values.floating(data.get(i), type, key);
          }
          yield Tensor.wrap(type.equals("FP16") ? NumpyDtype.FLOAT16 : NumpyDtype.FLOAT32, a, shape);
        }
        case "FP64" -> {
          double[] a = new double[n];
          for (int i = 0; i < n; i++) {
            a[i] = V2Values.floating(data.get(i), type, key);
          }
          yield Tensor.wrap(NumpyDtype.FLOAT64, a, shape);
        }
        case "BYTES" -> {
          String[] a = new String[n];
          for (int i = 0; i < n; i++) {
            a[i] = data.get(i).isString() ? data.get(i).asString() : data.get(i).toString();
          }
          yield Tensor.wrap(NumpyDtype.STR, a, shape);
        }
        default -> throw bad(key, "unknown datatype '" + type + "'");
      };
    } catch (IllegalArgumentException e) {
      throw bad(key, e.getMessage());
    }
  }

  private static Tensor integers(String type, List<JsonNode> data, String key, long[] shape) {
    int n = data.size();
    long[] v = new long[n];
    for (int i = 0; i < n; i++) {
      v[i] = V2Values.integer(data.get(i), type, key);
    }
    NumpyDtype dtype = NumpyDtype.valueOf(type);
    return switch (dtype.bytesPerElement()) {
      case 1 -> {
        byte[] a = new byte[n];
        for (int i = 0; i < n; i++) {
          a[i] = (byte) v[i];
        }
        yield Tensor.wrap(dtype, a, shape);
      }
      case 2 -> {
        short[] a = new short[n];
        for (int i = 0; i < n; i++) {
          a[i] = (short) v[i];
        }
        yield Tensor.wrap(dtype, a, shape);
      }
      case 4 -> {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
          a[i] = (int) v[i];
        }
        yield Tensor.wrap(dtype, a, shape);
      }
      default -> Tensor.wrap(dtype, v, shape);
    };
  }

  static ObjectNode encode(String name, Tensor t) {
    ObjectNode o = Documents.JSON.createObjectNode().put("name", name);
    ArrayNode shape = o.putArray("shape");
    for (long d : t.shape()) {
      shape.add(d);
    }
    OpenInference.Datatype type = OpenInference.datatype(t.dtype()).orElse(OpenInference.Datatype.BYTES);
    o.put("datatype", type.name());
    o.putObject("parameters").put("content_type", "np");
    ArrayNode data = o.putArray("data");
    for (int i = 0; i < t.size(); i++) {
      add(data, t.getObject(i));
    }
    return o;
  }

  static void add(ArrayNode data, @Nullable Object v) {
    if (v == null) {
      data.addNull();
    } else if (v instanceof Boolean b) {
      data.add(b);
    } else if (v instanceof Float f) {
      data.add(f.doubleValue());
    } else if (v instanceof Double d) {
      data.add(d);
    } else if (v instanceof Number n) {
      data.add(n.longValue());
    } else if (v instanceof byte[] b) {
      data.add(java.util.Base64.getEncoder().encodeToString(b));
    } else {
      data.add(v.toString());
    }
  }

  private static void flatten(JsonNode n, List<JsonNode> out) {
    if (n.isArray()) {
      for (JsonNode e : n) {
        flatten(e, out);
      }
    } else {
      out.add(n);
    }
  }

  private static InputException bad(String key, String problem) {
    return new InputException("bad-request", new Location(null, 0, 0, key), null, problem);
  }
}
