package io.mlmodel.spark.internal.convert;

import io.mlmodel.signature.AnyType;
import io.mlmodel.signature.ArrayType;
import io.mlmodel.signature.ColumnType;
import io.mlmodel.signature.MapType;
import io.mlmodel.signature.NumpyDtype;
import io.mlmodel.signature.ObjectType;
import io.mlmodel.signature.Property;
import io.mlmodel.signature.SparkMLVectorType;
import io.mlmodel.signature.TensorSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/**
 * The Spark SQL type of each MLflow type, as {@code mlflow.pyfunc.spark_udf} derives its result
 * type ({@code DataType.to_spark}, {@code _convert_spec_type_to_spark_type}), extended to the
 * types it leaves out: maps become {@code map<string, V>}, {@code Any} a string of JSON, a Spark ML
 * vector {@code array<double>}, and a tensor of shape {@code (-1, d1, ..., dk)} a value per row
 * nested {@code k} arrays deep (a scalar for {@code (-1,)}).
 */
final class SparkTypes {
  private SparkTypes() {}

  static DataType of(ColumnType type) {
    if (type instanceof io.mlmodel.signature.DataType d) {
      return switch (d) {
        case BOOLEAN -> DataTypes.BooleanType;
        case INTEGER -> DataTypes.IntegerType;
        case LONG -> DataTypes.LongType;
        case FLOAT -> DataTypes.FloatType;
        case DOUBLE -> DataTypes.DoubleType;
        case STRING -> DataTypes.StringType;
        case BINARY -> DataTypes.BinaryType;
        case DATETIME -> DataTypes.TimestampType;
      };
    } else if (type instanceof ArrayType a) {
      return DataTypes.createArrayType(of(a.items()), true);
    } else if (type instanceof ObjectType o) {
      List<StructField> fields = new ArrayList<>();
      for (Property p : o.properties()) {
        fields.add(DataTypes.createStructField(p.name(), of(p.type()), true));
      }
      return DataTypes.createStructType(fields);
    } else if (type instanceof MapType m) {
      return DataTypes.createMapType(DataTypes.StringType, of(m.values()), true);
    } else if (type instanceof SparkMLVectorType) {
      return DataTypes.createArrayType(DataTypes.DoubleType, false);
    } else if (type instanceof AnyType) {
      return DataTypes.StringType;
    }
    throw new IllegalArgumentException("unknown MLflow type " + type);
  }

  /** The type of one row of a tensor: its dtype nested once per dimension after the first. */
  static DataType of(TensorSpec spec) {
    DataType t = element(spec.dtype()).orElseThrow(() -> new IllegalArgumentException(
        "tensor dtype " + spec.dtype().numpyName() + " has no Spark type"));
    for (int i = 1; i < spec.rank(); i++) {
      t = DataTypes.createArrayType(t, false);
    }
    return t;
  }

  /** The Spark type of one element of a numpy dtype, if there is one. */
  static Optional<DataType> element(NumpyDtype dtype) {
    if (dtype.kind() == 'M') {
      return Optional.of(DataTypes.TimestampType);
    }
    return Optional.ofNullable(switch (dtype) {
      case BOOL -> DataTypes.BooleanType;
      case INT8 -> DataTypes.ByteType;
      case INT16, UINT8 -> DataTypes.ShortType;
      case INT32, UINT16 -> DataTypes.IntegerType;
      case INT64, UINT32, UINT64 -> DataTypes.LongType;
      case FLOAT16, FLOAT32 -> DataTypes.FloatType;
      case FLOAT64 -> DataTypes.DoubleType;
      case STR -> DataTypes.StringType;
      case BYTES -> DataTypes.BinaryType;
      default -> null;
    });
  }
}
