package org.echotrace.ingest;

import org.echotrace.model.RawArticle;
import org.echotrace.model.RawFile;
import org.echotrace.pipeline.Problem;
import org.echotrace.pipeline.Rejected;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Reads one input file into articles, whatever the shape analysts collected it in: plain text,
 * an HTML page, JSON Lines (one article per line), WARC, and gzip of any of these. The format is
 * told by content first and the file name second. A bad file gives one {@link Failure}; a bad line
 * or record inside a container gives a failure for that line or record, and the rest is read.
 *
 * <p>Bounds (design decision): an article (a text or HTML file, a JSONL line, a WARC page) may be
 * at most {@code maxArticleBytes} (the {@link FileReader} limit, 16 MiB by default); a container
 * (JSONL, WARC) at most {@code maxInputBytes} (1 GiB), on disk and after decompression. Gzip is
 * always read through a counting stream, so a zip bomb stops at the bound that applies to what it
 * holds, "decompresses past the limit of N bytes", after reading no more than that. A fixed bound,
 * not a ratio to the compressed size: text compresses 5-10x and zeros 1000x, and it is the
 * decompressed size that costs memory and time. Only one level of gzip is unpacked.
 *
 * <p>Pure apart from reading the one file, and thread-safe: it keeps no state between calls.
 */
public final class InputReader {
    /** Bound on one container (JSONL or WARC), compressed or not. */
    public static final long DEFAULT_MAX_INPUT_BYTES = 1L << 30;
    private static final int SNIFF = 4096;

    /** What one file gave: an article, or a problem with the file or one of its lines or records. */
    public sealed interface Item permits Article, Failure {
    }

    public record Article(RawArticle article) implements Item {
    }

    public record Failure(Problem problem) implements Item {
    }

    private enum Format { TEXT, HTML, JSONL, WARC }

    private final int maxArticleBytes;
    private final long maxInputBytes;
    private final TextDecoder text = new TextDecoder();

    public InputReader() {
        this(FileReader.DEFAULT_MAX_BYTES, DEFAULT_MAX_INPUT_BYTES);
    }

    public InputReader(long maxArticleBytes) {
        this(maxArticleBytes, Math.max(maxArticleBytes, DEFAULT_MAX_INPUT_BYTES));
    }

    public InputReader(long maxArticleBytes, long maxInputBytes) {
        if (maxArticleBytes <= 0 || maxArticleBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("max article bytes must be in 1.." + (Integer.MAX_VALUE - 8)
                    + ", got " + maxArticleBytes);
        }
        if (maxInputBytes < maxArticleBytes) {
            throw new IllegalArgumentException("max input bytes (" + maxInputBytes
                    + ") must be at least max article bytes (" + maxArticleBytes + ")");
        }
        this.maxArticleBytes = (int) maxArticleBytes;
        this.maxInputBytes = maxInputBytes;
    }

    /**
     * The bytes of one page decoded exactly as {@link #read} decodes an HTML file (byte-order mark,
     * declared charset, UTF-8, windows-1252): for evaluations that score pages from a dataset's own
     * layout, so that they measure what analyze does.
     */
    public static RawArticle decodeHtml(String source, byte[] page) {
        return HtmlDecoder.decode(source, page, Optional.empty(), Optional.empty(), Optional.empty(), Map.of());
    }

    public List<Item> read(InputFile in) {
        try {
            return readOrReject(in);
        } catch (Rejected e) {
            return List.of(failure(in.source(), e.getMessage()));
        } catch (AccessDeniedException e) {
            return List.of(failure(in.source(), "not readable (permission denied)"));
        } catch (NoSuchFileException e) {
            return List.of(failure(in.source(), "file disappeared before it could be read"));
        } catch (IOException | RuntimeException e) {
            // Decoders of third-party formats may fail in unforeseen ways on hostile input; the
            // file is reported, the run goes on.
            return List.of(failure(in.source(), "could not be read: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage())));
        }
    }

    private List<Item> readOrReject(InputFile in) throws IOException {
        long size = Files.size(in.path());
        if (size == 0) {
            throw new Rejected("empty file (0 bytes)");
        }
        if (size > maxInputBytes) {
            throw new Rejected("file is " + size + " bytes, over the limit of " + maxInputBytes + " bytes");
        }
        String name = in.path().getFileName() == null ? "" : in.path().getFileName().toString().toLowerCase(Locale.ROOT);
        try (InputStream file = Files.newInputStream(in.path())) {
            BufferedInputStream raw = new BufferedInputStream(file, 1 << 16);
            boolean gzip = isGzip(peek(raw, 2));
            if (gzip) {
                name = name.endsWith(".gz") ? name.substring(0, name.length() - 3)
                        : name.endsWith(".tgz") ? name.substring(0, name.length() - 4) + ".tar" : name;
                TruncationGuard guard = new TruncationGuard(new GZIPInputStream(raw, 1 << 16));
                BufferedInputStream s = new BufferedInputStream(new BoundedStream(guard, maxInputBytes), 1 << 16);
                try {
                    byte[] head = peek(s, SNIFF);
                    if (isGzip(head)) {
                        throw new Rejected("gzip inside gzip; only one level of compression is unpacked");
                    }
                    List<Item> items = dispatch(in, name, s, head, true);
                    if (guard.broken().isEmpty()) {
                        return items;
                    }
                    if (items.size() == 1 && items.get(0) instanceof Article) {
                        // One article cut short is not the article: reject it rather than keep a part.
                        throw new Rejected(guard.broken().get());
                    }
                    List<Item> out = new java.util.ArrayList<>(items);
                    if (out.isEmpty() || !(out.get(out.size() - 1) instanceof Failure)) {
                        out.add(failure(in.source(), guard.broken().get() + "; the items before the break are kept"));
                    }
                    return List.copyOf(out);
                } catch (BoundedStream.LimitExceeded e) {
                    throw new Rejected(e.getMessage());
                } catch (java.util.zip.ZipException | java.io.EOFException e) {
                    throw new Rejected("broken gzip data: " + (e.getMessage() == null ? e.getClass().getSimpleName()
                            : e.getMessage()));
                }
            }
            return dispatch(in, name, raw, peek(raw, SNIFF), false);
        }
    }

    private List<Item> dispatch(InputFile in, String name, InputStream s, byte[] head, boolean gzip) throws IOException {
        Format format = detect(name, head);
        return switch (format) {
            case WARC -> new WarcFileReader(maxArticleBytes).read(in.source(), s).items();
            case JSONL -> new JsonLinesReader(maxArticleBytes).read(in.source(), s);
            case HTML -> List.of(new Article(HtmlDecoder.decode(in.source(), whole(in, s, gzip),
                    Optional.empty(), Optional.empty(), Optional.empty(), Map.of())));
            case TEXT -> List.of(new Article(text.apply(new RawFile(in.source(), whole(in, s, gzip)))));
        };
    }

    /** One article's bytes, within the article bound. */
    private byte[] whole(InputFile in, InputStream s, boolean gzip) throws IOException {
        if (!gzip) {
            long size = Files.size(in.path());
            if (size > maxArticleBytes) {
                throw new Rejected("file is " + size + " bytes, over the limit of " + maxArticleBytes + " bytes");
            }
        }
        byte[] b = s.readNBytes(maxArticleBytes + 1);
        if (b.length > maxArticleBytes) {
            throw new Rejected(gzip ? "decompresses past the limit of " + maxArticleBytes + " bytes"
                    : "file grew past the limit of " + maxArticleBytes + " bytes while being read");
        }
        if (gzip && b.length == 0) {
            throw new Rejected("empty file (0 bytes after decompression)");
        }
        return b;
    }

    private static Format detect(String name, byte[] head) {
        String start = new String(head, StandardCharsets.ISO_8859_1);
        if (start.startsWith("WARC/")) {
            return Format.WARC;
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return Format.JSONL;
        }
        if (name.endsWith(".json") && looksLikeJsonLines(start)) {
            return Format.JSONL;
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml") || looksLikeHtml(head)) {
            return Format.HTML;
        }
        return Format.TEXT;
    }

    /** The first line is a whole object: "{...}" then a line break (or the end of the sniffed bytes). */
    private static boolean looksLikeJsonLines(String start) {
        String s = start.startsWith("\u00EF\u00BB\u00BF") ? start.substring(3) : start;
        s = s.stripLeading();
        if (!s.startsWith("{")) {
            return false;
        }
        int nl = s.indexOf('\n');
        String first = (nl < 0 ? s : s.substring(0, nl)).strip();
        return nl < 0 || first.endsWith("}");
    }

    /** HTML markers near the start, read in any of the byte layouts a page may come in. */
    static boolean looksLikeHtml(byte[] head) {
        String s = new String(head, StandardCharsets.ISO_8859_1);
        if (head.length >= 2 && ((head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE
                || (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF)) {
            s = s.replace("\u0000", "");
        }
        s = s.toLowerCase(Locale.ROOT);
        int limit = Math.min(s.length(), 1024);
        String early = s.substring(0, limit);
        return early.contains("<!doctype html") || early.contains("<html") || early.contains("<head")
                || early.contains("<body");
    }

    private static boolean isGzip(byte[] head) {
        return head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
    }

    private static byte[] peek(BufferedInputStream s, int n) throws IOException {
        s.mark(n);
        byte[] b = s.readNBytes(n);
        s.reset();
        return b;
    }

    private static Failure failure(String source, String message) {
        return new Failure(new Problem(source, "ingest", message));
    }
}
