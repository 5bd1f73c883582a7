package org.echotrace.store;

/** The store cannot be opened or written: an infrastructure failure, not bad input. */
public final class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
