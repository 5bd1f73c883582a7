package org.echotrace.serve;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Answers already given, by request address, bounded in bytes, least recently used dropped first.
 * Design decision: a served store cannot change (it is opened read-only and a writer is locked
 * out), so an answer stays right for the life of the server; pages of one session ask the same
 * lists again and again (the outlet filter, the narrative list), and a cached answer costs no query.
 */
final class ResponseCache {
    private final long maxBytes;
    private long bytes;
    private final LinkedHashMap<String, byte[]> entries = new LinkedHashMap<>(256, 0.75f, true);

    ResponseCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    synchronized Optional<byte[]> find(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    synchronized void put(String key, byte[] value) {
        if (value.length > maxBytes / 8) {
            return;
        }
        byte[] old = entries.put(key, value);
        bytes += value.length - (old == null ? 0 : old.length);
        var it = entries.entrySet().iterator();
        while (bytes > maxBytes && it.hasNext()) {
            Map.Entry<String, byte[]> eldest = it.next();
            bytes -= eldest.getValue().length;
            it.remove();
        }
    }
}
