package io.mlmodel.yaml;

import io.mlmodel.LimitExceededException;
import io.mlmodel.Location;
import io.mlmodel.ModelException;
import io.mlmodel.ReadOptions;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * Stands between snakeyaml-engine's parser and its composer and refuses a document nested deeper
 * than the limit, or with more values than the limit. The composer recurses once per level and has
 * no limit of its own: 5,000 nested brackets overflow a default stack. And it builds a node tree of
 * about 150 bytes per value before {@link NodeConverter} counts them: a flat 16 MB list of 7
 * million zeros would take a gigabyte. Counting here costs nothing and needs no second pass.
 *
 * <p>It also refuses a tag that %-escapes decode to text beginning or ending with a space or a
 * control character ({@code !a%20}, {@code !%00}): the composer's {@code Tag} constructor would
 * throw an IllegalArgumentException for it, and no such tag is one that PyYAML safe_load knows.
 *
 * <p>And it refuses recursive data where it starts: an alias to a collection that is still open
 * (one that contains the alias). The composer would build a node that contains itself, and a
 * merge key on it ({@code b: &b {<<: *b}}) sends the composer's merge flattening into an endless
 * loop before any converter could look at it.
 */
final class DepthLimitingParser implements Parser {
  private final Parser delegate;
  private final int maxDepth;
  private final long maxNodes;
  private final @Nullable Path file;
  private int depth;
  private long nodes;
  /** The anchor of each open collection ("" for none), innermost first. */
  private final Deque<String> openAnchors = new ArrayDeque<>();
  /** Anchor name to the depth of the open collection that defined it last. */
  private final Map<String, Integer> open = new HashMap<>();

  DepthLimitingParser(Parser delegate, ReadOptions options, @Nullable Path file) {
    this.delegate = delegate;
    this.maxDepth = options.maxDepth();
    this.maxNodes = options.maxNodes();
    this.file = file;
  }

  @Override
  public boolean checkEvent(Event.ID choice) {
    return delegate.checkEvent(choice);
  }

  @Override
  public Event peekEvent() {
    return delegate.peekEvent();
  }

  @Override
  public boolean hasNext() {
    return delegate.hasNext();
  }

  @Override
  public Event next() {
    Event e = delegate.next();
    checkTag(e);
    switch (e.getEventId()) {
      case MappingStart, SequenceStart -> {
        countNode(e);
        if (++depth > maxDepth) {
          throw new LimitExceededException(at(e), "the document is nested more than " + maxDepth
              + " levels deep (ReadOptions.maxDepth)");
        }
        String anchor = ((CollectionStartEvent) e).getAnchor().map(Anchor::getValue).orElse("");
        openAnchors.push(anchor);
        if (!anchor.isEmpty()) {
          open.put(anchor, depth);
        }
      }
      case Scalar -> {
        countNode(e);
        // A scalar that takes over an anchor name makes later aliases refer to it, not to a collection.
        ((ScalarEvent) e).getAnchor().ifPresent(a -> open.remove(a.getValue()));
      }
      case Alias -> {
        countNode(e);
        if (open.containsKey(((AliasEvent) e).getAlias().getValue())) {
          throw new ModelException("yaml-syntax", at(e),
              "an alias refers to a collection that contains it; recursive data is not allowed");
        }
      }
      case MappingEnd, SequenceEnd -> {
        String anchor = openAnchors.pop();
        if (!anchor.isEmpty() && open.getOrDefault(anchor, -1) == depth) {
          open.remove(anchor);
        }
        depth--;
      }
      default -> { }
    }
    return e;
  }

  private void countNode(Event e) {
    if (++nodes > maxNodes) {
      throw new LimitExceededException(at(e), "the document holds more than " + maxNodes
          + " values (ReadOptions.maxNodes)");
    }
  }

  private void checkTag(Event e) {
    String tag = e instanceof ScalarEvent s ? s.getTag().orElse(null)
        : e instanceof CollectionStartEvent c ? c.getTag().orElse(null) : null;
    if (tag != null && (tag.isEmpty() || tag.charAt(0) <= ' ' || tag.charAt(tag.length() - 1) <= ' ')) {
      throw new ModelException("unsafe-tag", at(e), "the tag " + printable(tag) + " is not allowed;"
          + " MLflow reads MLmodel with PyYAML safe_load, which knows only the standard YAML tags");
    }
  }

  /** The tag with spaces and control characters %-escaped again, as they were written. */
  private static String printable(String tag) {
    StringBuilder b = new StringBuilder();
    tag.chars().forEach(c -> b.append(c <= ' ' || c == 0x7F ? String.format("%%%02X", c) : String.valueOf((char) c)));
    return b.toString();
  }

  private Location at(Event e) {
    int line = e.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    int column = e.getStartMark().map(m -> m.getColumn() + 1).orElse(0);
    return new Location(file, line, column, "");
  }
}
