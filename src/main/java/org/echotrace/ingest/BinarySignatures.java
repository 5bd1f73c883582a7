package org.echotrace.ingest;

/** Recognises common binary formats by their first bytes, so a rejection can say what the file is. */
final class BinarySignatures {
    private record Signature(String name, byte[] magic) {
    }

    private static final Signature[] KNOWN = {
        sig("gzip-compressed data; compressed input is not read yet", 0x1f, 0x8b),
        sig("PDF document", '%', 'P', 'D', 'F', '-'),
        sig("ZIP archive or office document", 'P', 'K', 0x03, 0x04),
        sig("PNG image", 0x89, 'P', 'N', 'G'),
        sig("JPEG image", 0xff, 0xd8, 0xff),
        sig("GIF image", 'G', 'I', 'F', '8'),
        sig("ELF executable", 0x7f, 'E', 'L', 'F'),
        sig("bzip2-compressed data", 'B', 'Z', 'h'),
        sig("xz-compressed data", 0xfd, '7', 'z', 'X', 'Z', 0x00),
        sig("7-zip archive", '7', 'z', 0xbc, 0xaf, 0x27, 0x1c),
        sig("SQLite database", 'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f', 'o', 'r', 'm', 'a', 't'),
    };

    private BinarySignatures() {
    }

    /** The name of the format the bytes start with, or null when none is recognised. */
    static String find(byte[] b) {
        for (Signature s : KNOWN) {
            if (b.length >= s.magic.length) {
                boolean match = true;
                for (int i = 0; i < s.magic.length && match; i++) {
                    match = b[i] == s.magic[i];
                }
                if (match) {
                    return s.name;
                }
            }
        }
        return null;
    }

    private static Signature sig(String name, int... bytes) {
        byte[] m = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            m[i] = (byte) bytes[i];
        }
        return new Signature(name, m);
    }
}
