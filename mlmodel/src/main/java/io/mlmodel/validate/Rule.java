package io.mlmodel.validate;

/**
 * One check over a model that has been read. A rule reports what it finds through the context and
 * never stops at the first problem; a {@link io.mlmodel.ModelException} or {@link
 * java.io.UncheckedIOException} escaping it becomes one finding and ends only that rule.
 * Implementations are stateless and thread-safe.
 */
interface Rule {
  /** Adds this rule's findings about {@code context.model()} to {@code context}. */
  void check(ModelContext context);
}
