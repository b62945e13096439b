package io.mlmodel.yaml;

import io.mlmodel.Location;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A parsed YAML document: its value, typed as PyYAML types it (see {@link YamlReader}), and the
 * node tree it came from, kept so that any key path can be turned into a line and column when, and
 * only when, a problem has to be reported. Immutable once built.
 */
public final class YamlDocument {
  private final @Nullable Path file;
  private final @Nullable Object root;
  private final @Nullable Node node;
  private final NodeConverter converter;

  YamlDocument(@Nullable Path file, @Nullable Object root, @Nullable Node node, NodeConverter converter) {
    this.file = file;
    this.root = root;
    this.node = node;
    this.converter = converter;
  }

  /** The file the document was read from, when it was. */
  public @Nullable Path file() {
    return file;
  }

  /** The typed value of the document; null for an empty document. */
  public @Nullable Object root() {
    return root;
  }

  /**
   * The location of the value at {@code path}: its line and column when the path exists, else the
   * position of the deepest existing ancestor, always with {@code path} as the key path.
   */
  public Location locate(KeyPath path) {
    Node current = node;
    Node found = node;
    for (Object segment : path.segments()) {
      Node next = child(current, segment);
      if (next == null) {
        break;
      }
      current = next;
      found = next;
    }
    if (found == null) {
      return new Location(file, 0, 0, path.toString());
    }
    Optional<Mark> mark = found.getStartMark();
    return new Location(file, mark.map(m -> m.getLine() + 1).orElse(0),
        mark.map(m -> m.getColumn() + 1).orElse(0), path.toString());
  }

  /** The location of the key (not the value) at {@code path}, for problems with the key itself. */
  public Location locateKey(KeyPath path) {
    if (path.segments().isEmpty()) {
      return locate(path);
    }
    KeyPath parentPath = KeyPath.ROOT;
    for (Object s : path.segments().subList(0, path.segments().size() - 1)) {
      parentPath = s instanceof KeyPath.Index i ? parentPath.index(i.value()) : parentPath.child(s);
    }
    Node parent = walk(parentPath);
    Object last = path.segments().get(path.segments().size() - 1);
    if (parent instanceof MappingNode m) {
      for (NodeTuple t : m.getValue()) {
        if (keyMatches(t.getKeyNode(), last)) {
          Optional<Mark> mark = t.getKeyNode().getStartMark();
          return new Location(file, mark.map(x -> x.getLine() + 1).orElse(0),
              mark.map(x -> x.getColumn() + 1).orElse(0), path.toString());
        }
      }
    }
    return locate(path);
  }

  private @Nullable Node walk(KeyPath path) {
    Node current = node;
    for (Object segment : path.segments()) {
      current = child(current, segment);
      if (current == null) {
        return null;
      }
    }
    return current;
  }

  private @Nullable Node child(@Nullable Node parent, Object segment) {
    if (parent instanceof SequenceNode s && segment instanceof KeyPath.Index i) {
      return i.value() >= 0 && i.value() < s.getValue().size() ? s.getValue().get(i.value()) : null;
    }
    if (parent instanceof MappingNode m) {
      for (NodeTuple t : m.getValue()) {
        if (keyMatches(t.getKeyNode(), segment)) {
          return t.getValueNode();
        }
      }
    }
    return null;
  }

  /**
   * Resolving a key's PyYAML type costs regular expressions, so keys whose text differs from a
   * string segment are passed over first: a key that resolves to a string holds exactly its text.
   */
  private boolean keyMatches(Node keyNode, Object segment) {
    if (segment instanceof String s && keyNode instanceof ScalarNode k && !k.getValue().equals(s)) {
      return false;
    }
    return converter.keyEquals(keyNode, segment);
  }
}
