package io.mlmodel.spark.internal.exec;

import io.mlmodel.InputException;
import io.mlmodel.Location;
import io.mlmodel.MLModelException;
import io.mlmodel.ModelException;
import io.mlmodel.data.PredictOutput;
import io.mlmodel.enforce.Params;
import io.mlmodel.predict.Predictor;
import io.mlmodel.spark.BadRowPolicy;
import io.mlmodel.spark.internal.convert.InputPlan;
import io.mlmodel.spark.internal.convert.OutputPlan;
import io.mlmodel.spark.internal.convert.OutputValues;
import io.mlmodel.spark.internal.convert.Predictions;
import io.mlmodel.spark.internal.convert.RowBatch;
import io.mlmodel.spark.internal.convert.SparkOut;
import io.mlmodel.spark.internal.ship.ShippedModel;
import java.io.Serializable;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Scores one batch of rows: builds the model input, predicts (the predictor enforces the signature)
 * and splits the output into one prediction per row. When the batch fails, its rows are scored one
 * by one to find the rows at fault, which then fail the task or get an error, as the policy says.
 *
 * <p>Internal: public for {@code SparkScoring}, which makes it; not API.
 *
 * @param model the shipped model
 * @param input which columns feed the model
 * @param output the prediction column's type and sources
 * @param out the conversion to Spark values
 * @param params the params given to every prediction (plain values)
 * @param policy what a bad row does
 */
public record BatchScorer(ShippedModel model, InputPlan input, OutputPlan output, SparkOut out,
    Map<String, Object> params, BadRowPolicy policy) implements Serializable {

  /**
   * The predictions of {@code rows}, and the error of each row that has one.
   *
   * @param predictions one per row, null where the row failed
   * @param errors one per row, null where the row scored; null when no row failed
   */
  record Scored(Predictions predictions, @Nullable String @Nullable [] errors) {}

  /** Scores {@code rows}, the first of which is row {@code firstRow} of its partition (-1: unknown). */
  Scored score(RowBatch rows, int partition, long firstRow) {
    Predictor p = model.predictor();
    try {
      return new Scored(predict(p, rows), null);
    } catch (MLModelException batchError) {
      if (rows.size() == 1) {
        return bad(batchError, partition, firstRow);
      }
    }
    Object[] predictions = new Object[rows.size()];
    String[] errors = new String[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      try {
        predictions[i] = predict(p, rows.slice(i)).get(0);
      } catch (MLModelException e) {
        errors[i] = bad(e, partition, firstRow < 0 ? -1 : firstRow + i).errors()[0];
      }
    }
    return new Scored(Predictions.boxed(predictions, output.type()), errors);
  }

  private Predictions predict(Predictor p, RowBatch rows) {
    PredictOutput result = p.predict(input.batch(rows, out.zoneId()), Params.of(params));
    Predictions floating = Predictions.floating(result, rows.size(), output);
    if (floating != null) {
      return floating;
    }
    try {
      return Predictions.boxed(OutputValues.rows(result, rows.size(), output, out), output.type());
    } catch (ClassCastException | IllegalArgumentException e) {
      throw new ModelException("bad-output", Location.UNKNOWN, "the model's output does not convert to the"
          + " prediction column's type " + output.type().simpleString() + ": " + e.getMessage());
    }
  }

  private Scored bad(MLModelException e, int partition, long row) {
    if (policy == BadRowPolicy.FAIL) {
      String field = e instanceof InputException ie ? ie.field().orElse(null) : null;
      String where = "partition " + partition + (row < 0 ? "" : ", row " + row);
      throw new InputException(e.code(), new Location(null, 0, 0, where),
          field, e.problem(), e);
    }
    return new Scored(Predictions.boxed(new Object[1], output.type()), new String[] {e.problem()});
  }
}
