package org.echotrace.serve;

import java.util.List;

/**
 * One GET route of the REST API: its path (OpenAPI syntax, which Javalin shares), what it
 * answers, its parameters and its handler. The server registers these and the OpenAPI document
 * is written from the same list, so the two cannot drift apart.
 */
record ApiRoute(String path, String tag, String summary, List<Param> params, Handler handler) {

    /** A path or query parameter as the OpenAPI document describes it. */
    record Param(String name, String in, String type, String description, boolean required) {
        static Param path(String name, String description) {
            return new Param(name, "path", "string", description, true);
        }

        static Param query(String name, String type, String description) {
            return new Param(name, "query", type, description, false);
        }
    }

    /** Answers a request with a value written as JSON. */
    @FunctionalInterface
    interface Handler {
        Object handle(Request request);
    }

    /** What a handler may read of a request: its path and query parameters, already decoded. */
    interface Request {
        String path(String name);

        java.util.Optional<String> query(String name);
    }
}
