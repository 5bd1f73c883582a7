package org.echotrace.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ResponseCacheTest {
    @Test
    void dropsTheLeastRecentlyUsedAnswerWhenFull() {
        ResponseCache cache = new ResponseCache(800);
        cache.put("a", new byte[90]);
        cache.put("b", new byte[90]);
        cache.find("a");
        for (int i = 0; i < 7; i++) {
            cache.put("x" + i, new byte[90]);
        }
        assertTrue(cache.find("b").isEmpty(), "b, used least recently, goes first");
        assertTrue(cache.find("a").isPresent(), "a was read after b was written");
    }

    @Test
    void neverKeepsAnAnswerTooLargeForIt() {
        ResponseCache cache = new ResponseCache(800);
        cache.put("big", new byte[200]);
        assertTrue(cache.find("big").isEmpty());
    }
}
