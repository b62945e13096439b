package io.mlmodel.enforce;

import io.mlmodel.InputException;
import io.mlmodel.data.ColumnTable;
import io.mlmodel.data.PredictInput;
import io.mlmodel.data.Tensor;
import io.mlmodel.data.TensorMap;
import io.mlmodel.enforce.internal.ColumnEnforcer;
import io.mlmodel.enforce.internal.ParamEnforcer;
import io.mlmodel.enforce.internal.Tables;
import io.mlmodel.enforce.internal.TensorEnforcer;
import io.mlmodel.request.RequestValidator;
import io.mlmodel.request.ScoringRequests;
import io.mlmodel.signature.ModelSignature;
import io.mlmodel.signature.ParamSchema;
import io.mlmodel.signature.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * MLflow's schema enforcement at predict time ({@code PyFuncModel.predict}: {@code
 * _enforce_schema} then {@code _enforce_params_schema}; format reference §5), for inputs built in
 * Java or decoded from a scoring request by {@link ScoringRequests}. A predictor calls this before
 * running its model; {@link RequestValidator} calls the same code without a model.
 *
 * <p>What it does, in MLflow's order: a column-based schema checks column presence (missing
 * required columns fail, optional ones may be absent, extra ones are dropped with a warning),
 * puts the columns in schema order and checks and converts each column's type; a tensor-based
 * schema checks tensor presence, shape and exact dtype; then params get their defaults and are
 * checked against their types and shapes. There is no output enforcement (MLflow has none).
 *
 * <p>A failure is an {@link InputException}: code {@code schema-mismatch} for the input (its
 * {@code field()} names the column or tensor), {@code bad-param} for params; messages are MLflow's
 * where MLflow has one. Stateless and thread-safe.
 *
 * <pre>{@code
 * EnforcedInput in = Enforcement.enforce(table, Map.of("temperature", 0.2), signature,
 *     EnforcementOptions.defaults());
 * }</pre>
 */
public final class Enforcement {
  private Enforcement() {}

  /**
   * Enforces the input schema and params schema of {@code signature}.
   *
   * @param input the data
   * @param params the params given (plain values, as decoded from JSON or built in Java); may be empty
   * @param signature the model's signature; a part it lacks is not enforced
   * @param options safe or MLflow conversions
   * @return the converted input and params, and MLflow's warnings
   * @throws InputException when the input or a param does not satisfy the signature
   */
  public static EnforcedInput enforce(PredictInput input, Map<String, ?> params, @Nullable ModelSignature signature,
      EnforcementOptions options) {
    List<String> warnings = new ArrayList<>();
    Schema schema = signature == null ? null : signature.inputs().orElse(null);
    PredictInput converted = schema == null ? input : enforceInput(input, schema, options, warnings);
    ParamSchema ps = signature == null ? null : signature.params().orElse(null);
    Params p = ParamEnforcer.enforce(params, ps, options, warnings);
    return new EnforcedInput(converted, p, warnings);
  }

  /**
   * Enforces an input schema alone (MLflow's {@code mlflow.models.validate_schema}). The warnings
   * MLflow would log (extra inputs dropped) are not returned.
   *
   * @param input the data
   * @param schema the input schema, column- or tensor-based
   * @param options safe or MLflow conversions
   * @return the converted input: for a column-based schema a {@link ColumnTable} (a tensor input is
   *     first made a table, as pandas does) with its columns in schema order and extra ones dropped;
   *     for a tensor-based schema the tensors, checked for dtype and shape, extra ones dropped
   * @throws InputException code {@code schema-mismatch} when the input does not satisfy the schema
   */
  public static PredictInput enforceInput(PredictInput input, Schema schema, EnforcementOptions options) {
    return enforceInput(input, schema, options, new ArrayList<>());
  }

  /**
   * Enforces a params schema alone; null schema drops every param. The warnings MLflow would log
   * (unknown params ignored) are not returned.
   *
   * @param params the params given (plain values, as decoded from JSON or built in Java); may be empty
   * @param schema the params schema, or null when the model declares none
   * @param options safe or MLflow conversions
   * @return the params in schema order, converted to their declared types, absent ones with their
   *     defaults and unknown ones dropped; empty when {@code schema} is null
   * @throws InputException code {@code bad-param} when a given param does not satisfy its type or
   *     shape; the message lists every such param
   */
  public static Params enforceParams(Map<String, ?> params, @Nullable ParamSchema schema, EnforcementOptions options) {
    return ParamEnforcer.enforce(params, schema, options, new ArrayList<>());
  }

  static PredictInput enforceInput(PredictInput input, Schema schema, EnforcementOptions o, List<String> warnings) {
    if (schema.isTensorBased()) {
      return TensorEnforcer.enforce(input, schema, o, warnings);
    }
    return ColumnEnforcer.enforce(asTable(input), schema, o, warnings);
  }

  /** §5.1: what pandas makes of an ndarray or a dict of ndarrays for a column-based schema. */
  private static ColumnTable asTable(PredictInput input) {
    if (input instanceof ColumnTable t) {
      return t;
    }
    if (input instanceof Tensor t) {
      return Tables.fromTensor(t);
    }
    return Tables.fromTensorMap((TensorMap) input);
  }
}
