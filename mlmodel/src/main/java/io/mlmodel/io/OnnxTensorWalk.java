package io.mlmodel.io;

import io.mlmodel.LimitExceededException;
import io.mlmodel.Location;
import java.util.ArrayList;
import java.util.List;

/**
 * The walk from an ONNX {@code ModelProto} down to every {@code TensorProto} that may hold
 * external data, decoding only the fields on the way (field numbers of onnx.proto): the main graph
 * and the graphs in node attributes ({@code If}, {@code Loop}, {@code Scan}...), sparse tensors,
 * functions (their nodes and default attributes) and training graphs. Each tensor's {@code
 * location} entries are added to {@code out} as (tensor name, location) pairs, in file order,
 * unchecked: {@link OnnxExternalData#confine} checks them. Subgraphs nested deeper than {@code
 * maxDepth} are a {@link LimitExceededException} at {@code at}. One walk per file. Internal.
 *
 * @param out where the pairs are added
 * @param maxDepth how deep subgraphs may nest ({@code ReadOptions.maxDepth})
 * @param at where the MLmodel names the ONNX file, for the limit's error
 */
record OnnxTensorWalk(List<String[]> out, int maxDepth, Location at) {
  /** Walks the {@code ModelProto} that {@code r} reads. */
  void model(ProtoReader r) throws ProtoReader.Malformed {
    while (r.next()) {
      switch (r.field()) {
        case 7 -> graph(r.message(), 1);
        case 20 -> graphsOf(r.message(), 1);
        case 25 -> function(r.message(), 1);
        default -> r.skip();
      }
    }
  }

  private void graphsOf(ProtoReader trainingInfo, int depth) throws ProtoReader.Malformed {
    while (trainingInfo.next()) {
      if (trainingInfo.field() == 1 || trainingInfo.field() == 2) {
        graph(trainingInfo.message(), depth);
      } else {
        trainingInfo.skip();
      }
    }
  }

  private void function(ProtoReader r, int depth) throws ProtoReader.Malformed {
    while (r.next()) {
      if (r.field() == 7) {
        node(r.message(), depth);
      } else if (r.field() == 11) {
        // attribute_proto: default attribute values, which may hold tensors like a node's attributes.
        attribute(r.message(), depth);
      } else {
        r.skip();
      }
    }
  }

  private void graph(ProtoReader r, int depth) throws ProtoReader.Malformed {
    if (depth > maxDepth) {
      throw new LimitExceededException(at, "the ONNX model nests subgraphs more than " + maxDepth
          + " levels deep (ReadOptions.maxDepth)");
    }
    while (r.next()) {
      switch (r.field()) {
        case 1 -> node(r.message(), depth);
        case 5 -> tensor(r.message());
        case 15 -> sparse(r.message());
        default -> r.skip();
      }
    }
  }

  private void node(ProtoReader r, int depth) throws ProtoReader.Malformed {
    while (r.next()) {
      if (r.field() == 5) {
        attribute(r.message(), depth);
      } else {
        r.skip();
      }
    }
  }

  private void attribute(ProtoReader r, int depth) throws ProtoReader.Malformed {
    while (r.next()) {
      switch (r.field()) {
        case 5, 10 -> tensor(r.message());
        case 6, 11 -> graph(r.message(), depth + 1);
        case 22, 23 -> sparse(r.message());
        default -> r.skip();
      }
    }
  }

  private void sparse(ProtoReader r) throws ProtoReader.Malformed {
    while (r.next()) {
      if (r.field() == 1 || r.field() == 2) {
        tensor(r.message());
      } else {
        r.skip();
      }
    }
  }

  private void tensor(ProtoReader r) throws ProtoReader.Malformed {
    String name = "";
    List<String> locations = new ArrayList<>();
    while (r.next()) {
      if (r.field() == 8 && r.wireType() == ProtoReader.LENGTH_DELIMITED) {
        name = r.string();
      } else if (r.field() == 13) {
        entry(r.message(), locations);
      } else {
        r.skip();
      }
    }
    for (String location : locations) {
      out.add(new String[] {name, location});
    }
  }

  private static void entry(ProtoReader r, List<String> locations) throws ProtoReader.Malformed {
    String key = null;
    String value = null;
    while (r.next()) {
      if (r.field() == 1) {
        key = r.string();
      } else if (r.field() == 2) {
        value = r.strictString();
      } else {
        r.skip();
      }
    }
    if ("location".equals(key)) {
      locations.add(value == null ? "" : value);
    }
  }
}
