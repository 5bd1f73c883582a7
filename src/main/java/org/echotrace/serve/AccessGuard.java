package org.echotrace.serve;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * The access token a server listening beyond localhost demands on every request. A client shows
 * it as {@code Authorization: Bearer TOKEN}, or a browser opens any page once with
 * {@code ?token=TOKEN}, which sets an HttpOnly, SameSite=Strict cookie and redirects to the same
 * page without the token in its address. Tokens are compared in constant time.
 */
final class AccessGuard {
    static final String COOKIE = "echotrace_token";
    private final Optional<byte[]> token;

    AccessGuard(Optional<String> token) {
        token.ifPresent(t -> {
            if (t.length() < 16) {
                throw new ServeException("the access token is too short: use at least 16 characters (got " + t.length() + ")");
            }
        });
        this.token = token.map(t -> t.getBytes(StandardCharsets.UTF_8));
    }

    boolean required() {
        return token.isPresent();
    }

    /** What a request presented: the outcome the server acts on. */
    enum Verdict { ALLOWED, LOGIN, DENIED }

    Verdict check(String authorization, String cookie, String queryToken) {
        if (token.isEmpty()) {
            return Verdict.ALLOWED;
        }
        if (authorization != null && authorization.startsWith("Bearer ") && matches(authorization.substring(7).strip())) {
            return Verdict.ALLOWED;
        }
        if (queryToken != null && matches(queryToken)) {
            return Verdict.LOGIN;
        }
        if (cookie != null && matches(URLDecoder.decode(cookie, StandardCharsets.UTF_8))) {
            return Verdict.ALLOWED;
        }
        return Verdict.DENIED;
    }

    String cookieHeader() {
        return COOKIE + "=" + java.net.URLEncoder.encode(new String(token.orElseThrow(), StandardCharsets.UTF_8), StandardCharsets.UTF_8)
                + "; Path=/; HttpOnly; SameSite=Strict";
    }

    private boolean matches(String presented) {
        return MessageDigest.isEqual(token.orElseThrow(), presented.getBytes(StandardCharsets.UTF_8));
    }
}
