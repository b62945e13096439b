package io.mlmodel.onnx;

import io.mlmodel.InputException;
import io.mlmodel.Location;
import io.mlmodel.data.Column;
import io.mlmodel.data.ColumnTable;
import io.mlmodel.data.PredictInput;
import io.mlmodel.data.Tensor;
import io.mlmodel.data.TensorMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps a model input onto the graph's inputs the way mlflow.onnx's {@code _OnnxModelWrapper} does:
 * named tensors by name; a single tensor to the graph's only input; a table column by column when
 * the graph has several inputs, or as one 2-d tensor of all its columns ({@code DataFrame.values})
 * when it has one.
 */
final class Feeds {
  private Feeds() {}

  /**
   * The tensors to feed, by graph input name. {@code aliases} maps signature input names to graph
   * input names where the two differ by position.
   */
  static Map<String, Tensor> of(PredictInput input, List<String> graphInputs, Map<String, String> aliases) {
    if (graphInputs.size() == 1 && input instanceof TensorMap m && m.size() == 1
        && m.tensors().containsKey(graphInputs.get(0))) {
      return m.tensors();
    }
    Map<String, Tensor> feed = new LinkedHashMap<>();
    if (input instanceof TensorMap m) {
      m.tensors().forEach((name, t) -> feed.put(graphName(name, graphInputs, aliases), t));
    } else if (input instanceof Tensor t) {
      if (graphInputs.size() != 1) {
        throw new InputException("schema-mismatch", Location.UNKNOWN, null,
            "Unable to map numpy array input to the expected model input. Numpy arrays can only be used as input"
                + " for MLflow ONNX models that have a single input. This model requires " + graphInputs.size()
                + " inputs. Please pass in data as either a dictionary or a DataFrame with the following tensors: "
                + Names.py(graphInputs) + ".");
      }
      feed.put(graphInputs.get(0), t);
    } else if (input instanceof ColumnTable table) {
      if (graphInputs.size() > 1) {
        for (String name : graphInputs) {
          Column c = table.column(name).or(() -> aliasColumn(table, name, aliases))
              .orElseThrow(() -> new InputException("schema-mismatch", Location.UNKNOWN.withKeyPath(name), name,
                  "Model is missing inputs " + Names.py(List.of(name)) + "."));
          feed.put(name, ColumnTensors.toTensor(c));
        }
      } else {
        feed.put(graphInputs.get(0), ColumnTensors.values(table));
      }
    }
    for (String name : graphInputs) {
      if (!feed.containsKey(name)) {
        throw new InputException("schema-mismatch", Location.UNKNOWN.withKeyPath(name), name,
            "Model is missing inputs " + Names.py(graphInputs.stream().filter(n -> !feed.containsKey(n)).toList())
                + ".");
      }
    }
    return feed;
  }

  private static java.util.Optional<Column> aliasColumn(ColumnTable table, String graphName, Map<String, String> aliases) {
    return aliases.entrySet().stream().filter(e -> e.getValue().equals(graphName)).findFirst()
        .flatMap(e -> table.column(e.getKey()));
  }

  private static String graphName(String name, List<String> graphInputs, Map<String, String> aliases) {
    if (graphInputs.contains(name)) {
      return name;
    }
    String alias = aliases.get(name);
    if (alias != null) {
      return alias;
    }
    throw new InputException("schema-mismatch", Location.UNKNOWN.withKeyPath(name), name,
        "Unknown input name '" + name + "'; the ONNX model's inputs are " + Names.py(graphInputs) + ".");
  }
}
