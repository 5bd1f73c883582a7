package org.echotrace.pipeline;

/** Thrown by a stage for input it cannot process; the run records it as a {@link Problem} and goes on. */
public final class Rejected extends RuntimeException {
    public Rejected(String reason) {
        super(reason, null, false, false);
    }
}
