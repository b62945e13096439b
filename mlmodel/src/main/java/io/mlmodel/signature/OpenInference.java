package io.mlmodel.signature;

import io.mlmodel.Location;
import io.mlmodel.ModelException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A signature as Open Inference Protocol (V2, KServe) model metadata, derived exactly as Seldon
 * MLServer's MLflow runtime derives it ({@code mlserver_mlflow/metadata.py}), so that a Java
 * service and MLServer describe the same model the same way.
 *
 * <ul>
 *   <li>Columns: {@code boolean → BOOL}, {@code integer → INT32}, {@code long → INT64}, {@code float
 *       → FP32}, {@code double → FP64} (content type {@code np}); {@code string}, {@code binary} and
 *       {@code datetime} → {@code BYTES} with content types {@code str}, {@code base64}, {@code
 *       datetime}; array, object, map, any and Spark ML vector columns → {@code BYTES} with {@code
 *       pd_json}. A column's shape is always {@code [-1, 1]}.
 *   <li>Tensors: the numpy dtype maps by name ({@code bool}, {@code int8..64}, {@code uint8..64},
 *       {@code float16/32/64}) and {@code object}, {@code str}, {@code bytes} → {@code BYTES};
 *       content type {@code np}; the spec's shape as is. MLServer has no datatype for {@code
 *       float128}, complex, {@code datetime64} or {@code timedelta64} tensors and fails to load such
 *       a model; {@link #inputs(Schema)} throws {@link ModelException} ({@code bad-dtype}) for them.
 *   <li>Names: an input or output without a name (or with a name Python finds falsy) is called
 *       {@code input-<i>} / {@code output-<i>}.
 * </ul>
 *
 * <pre>{@code
 * List<OpenInference.MetadataTensor> in = OpenInference.inputs(signature.inputs().orElseThrow());
 * in.get(0).toJson();  // {"name": "x", "datatype": "FP64", "shape": [-1, 1], "parameters": {"content_type": "np"}}
 * }</pre>
 */
public final class OpenInference {
  private OpenInference() {}

  /**
   * The Open Inference Protocol tensor datatypes MLServer's MLflow runtime uses; {@link #name()} is
   * the text of the metadata's {@code datatype} field.
   */
  public enum Datatype {
    /** {@code BOOL}: booleans. */
    BOOL,
    /** {@code UINT8}: unsigned 8-bit integers. */
    UINT8,
    /** {@code UINT16}: unsigned 16-bit integers. */
    UINT16,
    /** {@code UINT32}: unsigned 32-bit integers. */
    UINT32,
    /** {@code UINT64}: unsigned 64-bit integers. */
    UINT64,
    /** {@code INT8}: signed 8-bit integers. */
    INT8,
    /** {@code INT16}: signed 16-bit integers. */
    INT16,
    /** {@code INT32}: signed 32-bit integers. */
    INT32,
    /** {@code INT64}: signed 64-bit integers. */
    INT64,
    /** {@code FP16}: 16-bit (half-precision) floats. */
    FP16,
    /** {@code FP32}: 32-bit (single-precision) floats. */
    FP32,
    /** {@code FP64}: 64-bit (double-precision) floats. */
    FP64,
    /** {@code BYTES}: byte strings, also used for text, dates and JSON-encoded values. */
    BYTES
  }

  /**
   * One entry of the {@code inputs} or {@code outputs} list of V2 model metadata.
   *
   * @param name the tensor name
   * @param datatype its datatype
   * @param shape its shape, {@code -1} for a variable dimension
   * @param contentType MLServer's codec hint ({@code parameters.content_type})
   */
  public record MetadataTensor(String name, Datatype datatype, List<Long> shape, String contentType) {
    /**
     * Checks the fields and keeps an unmodifiable copy of the shape.
     *
     * @param name the tensor name
     * @param datatype its datatype
     * @param shape its shape, {@code -1} for a variable dimension
     * @param contentType MLServer's codec hint ({@code parameters.content_type})
     * @throws NullPointerException when an argument or an element of {@code shape} is null
     */
    public MetadataTensor {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(datatype, "datatype");
      shape = List.copyOf(shape);
      Objects.requireNonNull(contentType, "contentType");
    }

    /**
     * This entry as V2 metadata JSON: name, datatype, shape, parameters.content_type.
     *
     * @return one JSON object, keys in that order, with Python's {@code json.dumps} spacing (as in
     *     the class example)
     */
    public String toJson() {
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("name", name);
      d.put("datatype", datatype.name());
      d.put("shape", shape);
      d.put("parameters", Map.of("content_type", contentType));
      return PyJson.write(d);
    }
  }

  /**
   * The V2 datatype of a column of this scalar type.
   *
   * @param type the column's scalar type
   * @return {@code BOOL}, {@code INT32}, {@code INT64}, {@code FP32} or {@code FP64} for the
   *     boolean and numeric types; {@code BYTES} for string, binary and datetime
   */
  public static Datatype datatype(DataType type) {
    return switch (type) {
      case BOOLEAN -> Datatype.BOOL;
      case INTEGER -> Datatype.INT32;
      case LONG -> Datatype.INT64;
      case FLOAT -> Datatype.FP32;
      case DOUBLE -> Datatype.FP64;
      case STRING, BINARY, DATETIME -> Datatype.BYTES;
    };
  }

  /**
   * The V2 datatype of a tensor of this dtype; empty where MLServer has none.
   *
   * @param dtype the tensor's numpy dtype
   * @return the datatype of the same name for bool and the sized integers and floats up to 64
   *     bits, {@code BYTES} for {@code object}, {@code str} and {@code bytes}; empty for {@code
   *     float128}, complex, {@code datetime64} and {@code timedelta64}
   */
  public static Optional<Datatype> datatype(NumpyDtype dtype) {
    return switch (dtype) {
      case BOOL -> Optional.of(Datatype.BOOL);
      case INT8 -> Optional.of(Datatype.INT8);
      case INT16 -> Optional.of(Datatype.INT16);
      case INT32 -> Optional.of(Datatype.INT32);
      case INT64 -> Optional.of(Datatype.INT64);
      case UINT8 -> Optional.of(Datatype.UINT8);
      case UINT16 -> Optional.of(Datatype.UINT16);
      case UINT32 -> Optional.of(Datatype.UINT32);
      case UINT64 -> Optional.of(Datatype.UINT64);
      case FLOAT16 -> Optional.of(Datatype.FP16);
      case FLOAT32 -> Optional.of(Datatype.FP32);
      case FLOAT64 -> Optional.of(Datatype.FP64);
      case OBJECT, STR, BYTES -> Optional.of(Datatype.BYTES);
      default -> Optional.empty();
    };
  }

  /**
   * MLServer's content type for a column of this type: np, str, base64, datetime or pd_json.
   *
   * @param type the column's type
   * @return {@code str} for string, {@code base64} for binary, {@code datetime} for datetime,
   *     {@code np} for the other scalar types, {@code pd_json} for every nested type
   */
  public static String contentType(ColumnType type) {
    if (!(type instanceof DataType t)) {
      return "pd_json";
    }
    return switch (t) {
      case STRING -> "str";
      case BINARY -> "base64";
      case DATETIME -> "datetime";
      default -> "np";
    };
  }

  /**
   * The V2 metadata of a model's inputs (unnamed ones become {@code input-<i>}).
   *
   * @param schema the signature's input schema
   * @return one entry per input, in order, in a new list
   * @throws ModelException with code {@code bad-dtype}, located at {@code
   *     signature.inputs[i].tensor-spec.dtype}, when a tensor's dtype has no V2 datatype
   */
  public static List<MetadataTensor> inputs(Schema schema) {
    return metadata(schema, "input-", "signature.inputs");
  }

  /**
   * The V2 metadata of a model's outputs (unnamed ones become {@code output-<i>}).
   *
   * @param schema the signature's output schema
   * @return one entry per output, in order, in a new list
   * @throws ModelException with code {@code bad-dtype}, located at {@code
   *     signature.outputs[i].tensor-spec.dtype}, when a tensor's dtype has no V2 datatype
   */
  public static List<MetadataTensor> outputs(Schema schema) {
    return metadata(schema, "output-", "signature.outputs");
  }

  /**
   * The request content type MLServer gives the model: {@code dict} for named tensors, {@code np}
   * for an unnamed tensor, {@code pd} for columns.
   *
   * @param schema the signature's input schema
   * @return {@code dict}, {@code np} or {@code pd}
   */
  public static String requestContentType(Schema schema) {
    if (schema.isTensorBased()) {
      return schema.hasInputNames() ? "dict" : "np";
    }
    return "pd";
  }

  private static List<MetadataTensor> metadata(Schema schema, String prefix, String keyPath) {
    List<MetadataTensor> out = new ArrayList<>(schema.size());
    for (int i = 0; i < schema.size(); i++) {
      if (schema.isTensorBased()) {
        TensorSpec t = schema.tensors().get(i);
        int index = i;
        Datatype d = datatype(t.dtype()).orElseThrow(() -> new ModelException("bad-dtype",
            Location.UNKNOWN.withKeyPath(keyPath + "[" + index + "].tensor-spec.dtype"),
            "MLServer has no Open Inference Protocol datatype for numpy dtype '" + t.dtype().numpyName() + "'"));
        out.add(new MetadataTensor(t.nameIsTruthy() ? t.name() : prefix + i, d, t.shape(), "np"));
      } else {
        ColSpec c = schema.columns().get(i);
        Datatype d = c.type() instanceof DataType t ? datatype(t) : Datatype.BYTES;
        out.add(new MetadataTensor(c.nameIsTruthy() ? c.name() : prefix + i, d, List.of(-1L, 1L),
            contentType(c.type())));
      }
    }
    return out;
  }
}
