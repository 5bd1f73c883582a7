package org.echotrace.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.util.Optional;

class AccessGuardTest {
    private static final String TOKEN = "a-long-enough-test-token";
    private final AccessGuard guard = new AccessGuard(Optional.of(TOKEN));

    @Test
    void letsEveryoneInWhenNoTokenIsSet() {
        assertEquals(AccessGuard.Verdict.ALLOWED, new AccessGuard(Optional.empty()).check(null, null, null));
    }

    @Test
    void acceptsTheTokenAsABearerHeaderOrItsCookie() {
        assertEquals(AccessGuard.Verdict.ALLOWED, guard.check("Bearer " + TOKEN, null, null));
        assertEquals(AccessGuard.Verdict.ALLOWED, guard.check(null, TOKEN, null));
    }

    @Test
    void turnsATokenInTheAddressIntoALogin() {
        assertEquals(AccessGuard.Verdict.LOGIN, guard.check(null, null, TOKEN));
        assertTrue(guard.cookieHeader().contains("HttpOnly") && guard.cookieHeader().contains("SameSite=Strict"));
    }

    @Test
    void deniesAWrongOrMissingToken() {
        assertEquals(AccessGuard.Verdict.DENIED, guard.check(null, null, null));
        assertEquals(AccessGuard.Verdict.DENIED, guard.check("Bearer " + TOKEN + "x", "nope", "nope"));
        assertEquals(AccessGuard.Verdict.DENIED, guard.check("Basic " + TOKEN, null, null));
    }

    @Test
    void refusesATokenTooShortToBeSecret() {
        assertThrows(ServeException.class, () -> new AccessGuard(Optional.of("short")));
    }
}
