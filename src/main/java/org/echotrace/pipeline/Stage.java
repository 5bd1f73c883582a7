package org.echotrace.pipeline;

/**
 * A per-article step: a pure, thread-safe function over immutable records. It may throw
 * {@link Rejected} for input it cannot process; any other exception is a bug.
 *
 * <p>Design decision: the record types are the dependency graph. A stage that needs a
 * {@code CleanArticle} cannot be handed a raw one, and an engine (the CLI's loop, a Spark job) can
 * wrap any stage without knowing what it does.
 */
@FunctionalInterface
public interface Stage<I, O> {
    O apply(I in);

    default <R> Stage<I, R> then(Stage<? super O, ? extends R> next) {
        return in -> next.apply(apply(in));
    }
}
