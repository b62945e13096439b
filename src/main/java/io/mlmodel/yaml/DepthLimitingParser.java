package io.mlmodel.yaml;

import io.mlmodel.LimitExceededException;
import io.mlmodel.Location;
import io.mlmodel.ModelException;
import io.mlmodel.ReadOptions;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
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
 */
final class DepthLimitingParser implements Parser {
  private final Parser delegate;
  private final int maxDepth;
  private final long maxNodes;
  private final @Nullable Path file;
  private int depth;
  private long nodes;

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
      }
      case Scalar, Alias -> countNode(e);
      case MappingEnd, SequenceEnd -> depth--;
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
