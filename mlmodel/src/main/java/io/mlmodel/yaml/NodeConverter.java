package io.mlmodel.yaml;

import io.mlmodel.LimitExceededException;
import io.mlmodel.Location;
import io.mlmodel.ModelException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Turns a composed node tree into plain, unmodifiable Java values, following PyYAML's {@code
 * SafeConstructor}: the standard tags only, merge keys, and Python's idea of equal keys. Unlike
 * PyYAML it refuses duplicate keys (PyYAML silently keeps the last one, which hides mistakes),
 * and it counts every value an alias stands for, so that a small file cannot expand into a huge
 * tree. Recursive aliases never reach it ({@link DepthLimitingParser} refuses them). One instance
 * per document; not thread-safe.
 */
final class NodeConverter {
  static final Tag OMAP = new Tag(Tag.PREFIX + "omap");
  static final Tag PAIRS = new Tag(Tag.PREFIX + "pairs");

  private final @Nullable Path file;
  private final long maxNodes;
  private final long maxChars;
  private final Map<Node, Object> anchored = new IdentityHashMap<>();
  private final Map<Node, Long> anchoredSize = new IdentityHashMap<>();
  private final Map<Node, Long> anchoredChars = new IdentityHashMap<>();
  private long nodes;
  private long chars;

  NodeConverter(@Nullable Path file, long maxNodes) {
    this(file, maxNodes, Long.MAX_VALUE);
  }

  /**
   * {@code maxChars} bounds the text of all scalars counted through aliases: an alias of a long
   * scalar costs nothing here but multiplies what a writer or a JSON printer makes of the tree.
   */
  NodeConverter(@Nullable Path file, long maxNodes, long maxChars) {
    this.file = file;
    this.maxNodes = maxNodes;
    this.maxChars = maxChars;
  }

  /** Converts {@code node}; failures are {@link ModelException}s located at the offending node. */
  @Nullable Object convert(Node node) {
    try {
      return value(node);
    } catch (Failure f) {
      KeyPath path = KeyPath.ROOT;
      for (Object s : f.path) {
        path = path.child(s);
      }
      Location at = mark(f.node).withKeyPath(path.toString());
      throw f.limit ? new LimitExceededException(at, f.getMessage())
          : new ModelException(f.code, at, f.getMessage());
    }
  }

  /** Whether the scalar key node {@code keyNode} means the same key as {@code segment}. */
  boolean keyEquals(Node keyNode, Object segment) {
    if (!(keyNode instanceof ScalarNode)) {
      return false;
    }
    try {
      return pythonKey(scalar((ScalarNode) keyNode)).equals(pythonKey(segment));
    } catch (Failure | IllegalArgumentException e) {
      return false;
    }
  }

  private @Nullable Object value(Node node) {
    // Recursive data never gets here: DepthLimitingParser refuses an alias to an open collection.
    if (node.getAnchor().isPresent()) {
      if (anchored.containsKey(node)) {
        count(node, anchoredSize.get(node));
        countChars(node, anchoredChars.get(node));
        return anchored.get(node);
      }
      long before = nodes;
      long charsBefore = chars;
      Object v = construct(node);
      anchored.put(node, v);
      anchoredSize.put(node, nodes - before);
      anchoredChars.put(node, chars - charsBefore);
      return v;
    }
    return construct(node);
  }

  private @Nullable Object construct(Node node) {
    count(node, 1);
    if (node instanceof ScalarNode s) {
      countChars(node, s.getValue().length());
      return scalar(s);
    } else if (node instanceof SequenceNode s) {
      return sequence(s);
    }
    return mapping((MappingNode) node);
  }

  private void count(Node node, long n) {
    nodes += n;
    if (nodes > maxNodes) {
      Failure f = new Failure("limit", node, "the document holds more than " + maxNodes
          + " values once its aliases are expanded (ReadOptions.maxNodes)");
      f.limit = true;
      throw f;
    }
  }

  private void countChars(Node node, long n) {
    chars += n;
    if (chars > maxChars) {
      Failure f = new Failure("limit", node, "the document holds more than " + maxChars
          + " characters of text once its aliases are expanded (ReadOptions.maxCodePoints)");
      f.limit = true;
      throw f;
    }
  }

  private @Nullable Object scalar(ScalarNode node) {
    Tag tag = node.getTag();
    String text = node.getValue();
    try {
      if (tag.equals(Tag.STR)) {
        return text;
      } else if (tag.equals(Tag.NULL)) {
        return null;
      } else if (tag.equals(Tag.BOOL)) {
        return Scalars.bool(text);
      } else if (tag.equals(Tag.INT)) {
        return Scalars.integer(text);
      } else if (tag.equals(Tag.FLOAT)) {
        return Scalars.floating(text);
      } else if (tag.equals(PyYamlResolver.TIMESTAMP)) {
        return Scalars.timestamp(text);
      } else if (tag.equals(Tag.BINARY)) {
        return Scalars.binary(text);
      } else if (tag.equals(PyYamlResolver.VALUE) || tag.equals(PyYamlResolver.MERGE)) {
        throw new Failure("yaml-syntax", node, "the plain value '" + text
            + "' has no meaning for MLflow's YAML loader (PyYAML safe_load); quote it");
      }
    } catch (IllegalArgumentException e) {
      throw new Failure("yaml-syntax", node, e.getMessage());
    }
    throw unsafe(node);
  }

  private List<Object> sequence(SequenceNode node) {
    Tag tag = node.getTag();
    boolean pairs = tag.equals(OMAP) || tag.equals(PAIRS);
    if (!pairs && !tag.equals(Tag.SEQ)) {
      throw unsafe(node);
    }
    List<Node> items = node.getValue();
    List<Object> out = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      try {
        Node item = items.get(i);
        if (pairs) {
          if (!(item instanceof MappingNode m) || m.getValue().size() != 1) {
            throw new Failure("yaml-syntax", item, "an entry of " + tag + " must be a mapping with one key");
          }
          NodeTuple t = m.getValue().get(0);
          out.add(Collections.unmodifiableList(java.util.Arrays.asList(value(t.getKeyNode()), value(t.getValueNode()))));
        } else {
          out.add(value(item));
        }
      } catch (Failure f) {
        f.path.addFirst(new KeyPath.Index(i));
        throw f;
      }
    }
    return Collections.unmodifiableList(out);
  }

  private Object mapping(MappingNode node) {
    Tag tag = node.getTag();
    boolean set = tag.equals(Tag.SET);
    if (!set && !tag.equals(Tag.MAP)) {
      throw unsafe(node);
    }
    List<NodeTuple> merged = new ArrayList<>();
    Map<Object, Object> out = new LinkedHashMap<>();
    Set<Object> seen = new HashSet<>();
    List<Object[]> explicit = new ArrayList<>(node.getValue().size());
    for (NodeTuple t : node.getValue()) {
      Node keyNode = t.getKeyNode();
      if (keyNode.getTag().equals(PyYamlResolver.MERGE)) {
        collectMerge(t.getValueNode(), merged);
        continue;
      }
      Object key = value(keyNode);
      if (!seen.add(pythonKey(key))) {
        throw new Failure("duplicate-key", keyNode, "the key '" + key
            + "' appears twice in this mapping; MLflow would silently keep only the last value");
      }
      explicit.add(new Object[] {key, t.getValueNode()});
    }
    for (NodeTuple t : merged) {
      Object key = value(t.getKeyNode());
      out.put(key, value(t.getValueNode()));
    }
    for (Object[] e : explicit) {
      try {
        out.put(e[0], value((Node) e[1]));
      } catch (Failure f) {
        // ArrayDeque takes no null, and a key path holds none: a null key is printed as [null].
        f.path.addFirst(e[0] == null ? NullKey.INSTANCE : e[0]);
        throw f;
      }
    }
    if (set) {
      return Collections.unmodifiableSet(new LinkedHashSet<>(out.keySet()));
    }
    return Collections.unmodifiableMap(out);
  }

  /** PyYAML's flatten_mapping: earlier sources win, explicit keys win over all of them. */
  private void collectMerge(Node source, List<NodeTuple> into) {
    if (source instanceof MappingNode m) {
      into.addAll(m.getValue());
    } else if (source instanceof SequenceNode s) {
      List<NodeTuple> sub = new ArrayList<>();
      List<Node> items = new ArrayList<>(s.getValue());
      Collections.reverse(items);
      for (Node item : items) {
        if (!(item instanceof MappingNode m)) {
          throw new Failure("yaml-syntax", item, "a merge key (<<) list may only hold mappings");
        }
        sub.addAll(m.getValue());
      }
      into.addAll(sub);
    } else {
      throw new Failure("yaml-syntax", source, "a merge key (<<) needs a mapping or a list of mappings");
    }
  }

  private Failure unsafe(Node node) {
    return new Failure("unsafe-tag", node, "the tag " + node.getTag()
        + " is not allowed; MLflow reads MLmodel with PyYAML safe_load, which knows only the standard YAML tags");
  }

  /** Python's dict treats 1, 1.0 and True as one key. */
  static Object pythonKey(@Nullable Object key) {
    if (key == null) {
      return NullKey.INSTANCE;
    }
    if (key instanceof Boolean b) {
      return b ? 1L : 0L;
    }
    if (key instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 9.0e18) {
      return (long) d.doubleValue();
    }
    return key;
  }

  private enum NullKey {
    INSTANCE;

    @Override
    public String toString() {
      return "null";
    }
  }

  private Location mark(Node node) {
    return node.getStartMark()
        .map(m -> new Location(file, m.getLine() + 1, m.getColumn() + 1, ""))
        .orElse(Location.of(file));
  }

  /** An internal failure that collects the key path while it unwinds. */
  private static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Node node;
    final String code;
    final Deque<Object> path = new ArrayDeque<>();
    boolean limit;

    Failure(String code, Node node, String message) {
      super(message, null, false, false);
      this.code = code;
      this.node = node;
    }
  }
}
