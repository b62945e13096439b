package io.mlmodel.xgboost;

import io.mlmodel.Location;
import io.mlmodel.ModelException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Reads the sizes a legacy binary model file declares before XGBoost does. XGBoost's legacy
 * reader sizes its vectors and strings by the file's counts before reading them ({@code
 * nodes_.resize(num_nodes)}, a string's {@code resize(len)}), so a small file declaring a tree of
 * 500 million nodes, or a 16 GB objective name, made it allocate and fill that much. Each count is
 * checked here against the bytes left: {@code binf}, the learner parameters (136 bytes), the
 * objective and booster names, then for {@code gbtree} and {@code dart} the booster parameters
 * (160 bytes), each tree (148 bytes of parameters, 36 bytes a node, a leaf vector before XGBoost
 * 2), {@code tree_info} and dart's weights, for {@code gblinear} its weights; then the attributes,
 * Poisson's {@code max_delta_step} and the metric names. A layout it does not know is left to
 * XGBoost. One pass, no allocation; stateless.
 */
final class LegacyScan {
  private final ByteBuffer b;
  private final Path file;
  private final Location at;

  private LegacyScan(byte[] content, Path file, Location at) {
    this.b = ByteBuffer.wrap(content).order(ByteOrder.LITTLE_ENDIAN);
    this.file = file;
    this.at = at;
  }

  /** Refuses a file that declares more than it holds. */
  static void check(byte[] content, Path file, Location at) {
    new LegacyScan(content, file, at).run();
  }

  private void run() {
    if (b.remaining() >= 4 && b.getInt(0) == 0x666e6962) {
      b.position(4);
    }
    skip(136, "learner parameters");
    int header = b.position() - 136;
    boolean extraAttributes = b.getInt(header + 12) != 0;
    boolean evalMetrics = b.getInt(header + 16) != 0;
    int major = b.getInt(header + 20);
    String objective = string("the objective's name");
    String booster = string("the booster's name");
    if (booster.equals("gbtree") || booster.equals("dart")) {
      trees(booster.equals("dart"), major);
    } else if (booster.equals("gblinear")) {
      skip(136, "gblinear parameters");
      skip(count(4, "gblinear weights") * 4, "gblinear weights");
    } else {
      return;
    }
    if (extraAttributes) {
      long n = count(16, "attributes");
      for (long i = 0; i < 2 * n; i++) {
        string("an attribute");
      }
    }
    if (objective.equals("count:poisson")) {
      string("max_delta_step");
    }
    if (evalMetrics) {
      long n = count(8, "metric names");
      for (long i = 0; i < n; i++) {
        string("a metric name");
      }
    }
  }

  private void trees(boolean dart, int major) {
    skip(160, "gbtree parameters");
    int trees = b.getInt(b.position() - 160);
    if (trees < 0 || trees > b.remaining() / 148) {
      throw bad(b.position() - 160, "num_trees " + trees + ": more trees than the " + b.remaining()
          + " bytes left hold (148 bytes or more each)");
    }
    for (int t = 0; t < trees; t++) {
      skip(148, "tree " + t + "'s parameters");
      int nodes = b.getInt(b.position() - 148 + 4);
      int leafVector = b.getInt(b.position() - 148 + 20);
      if (nodes < 1 || nodes > b.remaining() / 36) {
        throw bad(b.position() - 144, "tree " + t + " declares " + nodes + " nodes; the " + b.remaining()
            + " bytes left hold " + b.remaining() / 36 + " (36 bytes a node)");
      }
      skip(36L * nodes, "tree " + t + "'s nodes");
      if (leafVector != 0 && major < 2) {
        skip(count(4, "a leaf vector") * 4, "a leaf vector");
      }
    }
    skip(4L * trees, "tree_info");
    if (dart) {
      skip(count(4, "dart weights") * 4, "dart weights");
    }
  }

  /** A {@code uint64} count of items of at least {@code least} bytes each, no more than the bytes left hold. */
  private long count(int least, String what) {
    skip(8, what);
    long n = b.getLong(b.position() - 8);
    if (n < 0 || n > b.remaining() / least) {
      throw bad(b.position() - 8, Long.toUnsignedString(n) + " " + what + " declared; the " + b.remaining()
          + " bytes left hold at most " + b.remaining() / least);
    }
    return n;
  }

  private String string(String what) {
    long n = count(1, "bytes of " + what);
    byte[] s = new byte[(int) Math.min(n, 64)];
    b.get(b.position(), s);
    b.position(b.position() + (int) n);
    return new String(s, StandardCharsets.ISO_8859_1);
  }

  private void skip(long n, String what) {
    if (n > b.remaining()) {
      throw bad(b.position(), "the file ends inside " + what + " (it is cut short)");
    }
    b.position(b.position() + (int) n);
  }

  private ModelException bad(int offset, String problem) {
    return new ModelException("xgboost-load", at, file.getFileName() + " at byte " + offset + ": " + problem);
  }
}
