package io.mlmodel.xgboost;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmodel.data.ColumnTable;
import io.mlmodel.data.PredictOutput;
import io.mlmodel.data.Tensor;
import io.mlmodel.predict.Predictor;
import io.mlmodel.predict.Predictors;
import org.junit.jupiter.api.Test;

/** The five-line example of docs/xgboost-lightgbm.md answers what the doc says. */
class DocExampleTest {

  @Test
  void fiveLineExample() {
    try (Predictor p = Predictors.load(Fixtures.dir("multiclass_json"))) {
      PredictOutput labels = p.predict(ColumnTable.builder().addDoubles("sepal length (cm)", 5.1)
          .addDoubles("sepal width (cm)", 3.5).addDoubles("petal length (cm)", 1.4)
          .addDoubles("petal width (cm)", 0.2).build());
      assertThat(labels).isEqualTo(Tensor.ofLongs(new long[] {0}, 1));
    }
  }
}
