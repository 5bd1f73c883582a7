package org.echotrace.serve;

/** The workbench cannot do its work: the store is missing, locked or unreadable. Not the client's fault. */
public final class ServeException extends RuntimeException {
    public ServeException(String message) {
        super(message);
    }

    public ServeException(String message, Throwable cause) {
        super(message, cause);
    }
}
