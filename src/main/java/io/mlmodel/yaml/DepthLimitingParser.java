package io.mlmodel.yaml;

import io.mlmodel.LimitExceededException;
import io.mlmodel.Location;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * Stands between snakeyaml-engine's parser and its composer and refuses a document nested deeper
 * than the limit. The composer recurses once per level and has no limit of its own: 5,000 nested
 * brackets overflow a default stack. Counting here costs nothing and needs no second pass.
 */
final class DepthLimitingParser implements Parser {
  private final Parser delegate;
  private final int maxDepth;
  private final @Nullable Path file;
  private int depth;

  DepthLimitingParser(Parser delegate, int maxDepth, @Nullable Path file) {
    this.delegate = delegate;
    this.maxDepth = maxDepth;
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
    switch (e.getEventId()) {
      case MappingStart, SequenceStart -> {
        if (++depth > maxDepth) {
          int line = e.getStartMark().map(m -> m.getLine() + 1).orElse(0);
          int column = e.getStartMark().map(m -> m.getColumn() + 1).orElse(0);
          throw new LimitExceededException(new Location(file, line, column, ""),
              "the document is nested more than " + maxDepth
                  + " levels deep (ReadOptions.maxDepth)");
        }
      }
      case MappingEnd, SequenceEnd -> depth--;
      default -> { }
    }
    return e;
  }
}
