package io.mlmodel.spark.internal.exec;

import io.mlmodel.InputException;
import io.mlmodel.Location;
import io.mlmodel.signature.Schema;
import io.mlmodel.signature.SignatureParser;
import io.mlmodel.spark.BadRowPolicy;
import io.mlmodel.spark.internal.convert.InputPlan;
import io.mlmodel.spark.internal.convert.OutputPlan;
import io.mlmodel.spark.internal.convert.RowBatch;
import io.mlmodel.spark.internal.convert.SparkOut;
import io.mlmodel.spark.internal.ship.ShippedModel;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.catalyst.CatalystTypeConverters;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * The SQL form of scoring: one struct argument, matched to the signature by field name, one row
 * per call. The input plan is made from the struct's schema at the first call (a UDF does not see
 * its argument's type before), then kept.
 *
 * <p>Internal: public for {@code SparkScoring}, which makes it; not API.
 */
public final class ScoringUdf implements UDF1<Object, @Nullable Object> {
  private static final long serialVersionUID = 1L;

  private final ShippedModel model;
  private final @Nullable String inputs;
  private final OutputPlan output;
  private final SparkOut out;
  private final Map<String, Object> params;
  private final BadRowPolicy policy;
  private transient @Nullable StructType planned;
  private transient @Nullable BatchScorer scorer;

  public ScoringUdf(ShippedModel model, @Nullable Schema inputs, OutputPlan output, SparkOut out,
      Map<String, Object> params, BadRowPolicy policy) {
    this.model = model;
    this.inputs = inputs == null ? null : inputs.toJson();
    this.output = output;
    this.out = out;
    this.params = params;
    this.policy = policy;
  }

  /**
   * @param arg the struct of the model's inputs (an external {@code Row}); null gives null. The UDF
   *     is untyped, so SQL lets any argument through: anything but a struct is refused here, with a
   *     message, rather than failing Spark's cast to {@code Row}.
   */
  @Override
  public @Nullable Object call(@Nullable Object arg) {
    if (arg == null) {
      return null;
    }
    if (!(arg instanceof Row row)) {
      throw new InputException("schema-mismatch", Location.UNKNOWN, null, "the scoring UDF takes one struct argument"
          + " whose fields are the model's inputs, as in f(struct(a, b)) or f(struct(*)); it was given a value of"
          + " Java class " + arg.getClass().getName());
    }
    BatchScorer s = scorer(row.schema());
    return s.score(RowBatch.of(row.schema(), List.of(toInternal(row))), PartitionScorer.currentPartition(), -1)
        .predictions().get(0);
  }

  private static InternalRow toInternal(Row row) {
    return (InternalRow) CatalystTypeConverters.createToCatalystConverter(row.schema()).apply(row);
  }

  private synchronized BatchScorer scorer(StructType schema) {
    if (scorer == null || !schema.equals(planned)) {
      InputPlan plan = InputPlan.of(schema, inputs == null ? null : SignatureParser.parseSchema(inputs, Location.UNKNOWN));
      scorer = new BatchScorer(model, plan, output, out, params, policy);
      planned = schema;
    }
    return scorer;
  }
}
