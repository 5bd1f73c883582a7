package org.echotrace.serve;

/**
 * A request the API answers with an error status; turned into the one error shape
 * {@code {"error": {"status": ..., "message": ...}}} by {@link WorkbenchServer}, never by route code.
 */
final class ApiError extends RuntimeException {
    private final int status;

    ApiError(int status, String message) {
        super(message);
        this.status = status;
    }

    static ApiError badRequest(String message) {
        return new ApiError(400, message);
    }

    static ApiError notFound(String message) {
        return new ApiError(404, message);
    }

    int status() {
        return status;
    }
}
