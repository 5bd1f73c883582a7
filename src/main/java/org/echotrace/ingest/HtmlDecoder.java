package org.echotrace.ingest;

import org.echotrace.model.InputFormat;
import org.echotrace.model.Notice;
import org.echotrace.model.Origin;
import org.echotrace.model.RawArticle;
import org.echotrace.pipeline.Rejected;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of an HTML page into a {@link RawArticle} whose text is the decoded page source.
 * The charset comes from, in order: a byte-order mark, the page's own {@code <meta charset>} or
 * {@code http-equiv} declaration in its first 4 KB, the charset its HTTP response named, strict
 * UTF-8, and windows-1252 as the last guess (with a notice).
 *
 * <p>Design decision: the page's declaration is trusted over the HTTP header, unlike a browser,
 * because in crawls the header is most often a server default ({@code ISO-8859-1}) while the page
 * knows what it was written in. Text is not extracted here; the HTML cleaner does that.
 */
final class HtmlDecoder {
    private static final int META_SCAN = 4096;
    private static final int HEAD_SCAN = 64 * 1024;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\b[^>]{0,512}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]{1,40})", Pattern.CASE_INSENSITIVE);
    private static final Pattern LINK_OR_META = Pattern.compile("<(link|meta)\\b([^>]{0,2000})>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([A-Za-z:_-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+))");

    private HtmlDecoder() {
    }

    /** The page as found in a container that may know its URL, capture time and HTTP charset. */
    static RawArticle decode(String source, byte[] b, Optional<String> transportCharset, Optional<String> url,
                             Optional<String> captured, Map<String, String> fields) {
        if (b.length == 0) {
            throw new Rejected("empty page (0 bytes)");
        }
        List<Notice> notices = new ArrayList<>();
        Charset bom = bomCharset(b);
        String text;
        Charset used;
        if (bom != null) {
            int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
            used = bom;
            text = decodeOrReplace(b, skip, bom, "its byte-order mark", notices);
        } else {
            String binary = BinarySignatures.find(b);
            if (binary != null) {
                throw new Rejected("binary content (" + binary + "), not an HTML page");
            }
            rejectZeroBytes(b);
            Optional<Charset> declared = declared(b, notices);
            Optional<Charset> transport = transportCharset.flatMap(n -> charset(n, "the HTTP header", notices));
            if (declared.isPresent()) {
                used = declared.get();
                text = decodeOrReplace(b, 0, used, "its meta charset", notices);
            } else if (transport.isPresent()) {
                used = transport.get();
                text = decodeOrReplace(b, 0, used, "its HTTP header", notices);
            } else {
                Optional<String> utf8 = strict(b, 0, StandardCharsets.UTF_8);
                used = utf8.isPresent() ? StandardCharsets.UTF_8 : WINDOWS_1252;
                text = utf8.orElseGet(() -> {
                    notices.add(new Notice("ingest", "no charset declared and not valid UTF-8; decoded as windows-1252"));
                    return new String(b, WINDOWS_1252);
                });
            }
        }
        return article(source, text, used.name(), notices, url, captured, fields);
    }

    /** A page that came as text already (a JSONL field): only the URL may still be looked up. */
    static RawArticle fromText(String source, String html, Optional<String> url, Optional<String> captured,
                               Map<String, String> fields) {
        return article(source, html, "UTF-8", new ArrayList<>(), url, captured, fields);
    }

    private static RawArticle article(String source, String decoded, String charset, List<Notice> notices,
                                      Optional<String> url, Optional<String> captured, Map<String, String> fields) {
        String text = decoded.startsWith("\uFEFF") ? decoded.substring(1) : decoded;
        if (text.isBlank()) {
            throw new Rejected("no text: the page holds only whitespace");
        }
        Optional<String> where = url.filter(u -> !u.isBlank()).or(() -> canonicalUrl(text));
        Origin origin = new Origin(InputFormat.HTML, where, captured, fields, Optional.empty());
        return new RawArticle(ContentHash.of(text), source, text, charset, notices, origin);
    }

    /** {@code <link rel=canonical href>}, else {@code <meta property=og:url content>}, from the page's head. */
    static Optional<String> canonicalUrl(String html) {
        String head = html.substring(0, Math.min(html.length(), HEAD_SCAN));
        int close = head.toLowerCase(Locale.ROOT).indexOf("</head");
        if (close >= 0) {
            head = head.substring(0, close);
        }
        String canonical = null;
        String og = null;
        Matcher m = LINK_OR_META.matcher(head);
        while (m.find() && canonical == null) {
            Map<String, String> attrs = attributes(m.group(2));
            if (m.group(1).equalsIgnoreCase("link") && "canonical".equalsIgnoreCase(attrs.get("rel"))) {
                canonical = attrs.get("href");
            } else if (og == null && m.group(1).equalsIgnoreCase("meta") && "og:url".equalsIgnoreCase(attrs.get("property"))) {
                og = attrs.get("content");
            }
        }
        String found = canonical != null ? canonical : og;
        return Optional.ofNullable(found).map(String::strip).filter(u -> u.startsWith("http://") || u.startsWith("https://"));
    }

    private static Map<String, String> attributes(String inside) {
        Map<String, String> out = new java.util.HashMap<>();
        Matcher a = ATTRIBUTE.matcher(inside);
        while (a.find()) {
            String v = a.group(2) != null ? a.group(2) : a.group(3) != null ? a.group(3) : a.group(4);
            out.putIfAbsent(a.group(1).toLowerCase(Locale.ROOT), v);
        }
        return out;
    }

    private static Optional<Charset> declared(byte[] b, List<Notice> notices) {
        String head = new String(b, 0, Math.min(b.length, META_SCAN), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return Optional.empty();
        }
        Optional<Charset> cs = charset(m.group(1), "its meta charset", notices);
        // A page read byte by byte cannot be UTF-16 (its ASCII meta tag would hold zero bytes):
        // the HTML standard reads such a declaration as UTF-8.
        if (cs.isPresent() && cs.get().name().startsWith("UTF-16")) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        return cs;
    }

    private static Optional<Charset> charset(String name, String where, List<Notice> notices) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        // As the HTML standard does: Latin-1 and ASCII labels mean windows-1252 on the web.
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
            return Optional.of(WINDOWS_1252);
        }
        try {
            return Optional.of(Charset.forName(n));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            notices.add(new Notice("ingest", "unknown charset '" + cut(name) + "' in " + where + "; ignored"));
            return Optional.empty();
        }
    }

    private static String decodeOrReplace(byte[] b, int offset, Charset cs, String where, List<Notice> notices) {
        return strict(b, offset, cs).orElseGet(() -> {
            notices.add(new Notice("ingest", "not valid " + cs.name() + " as declared by " + where
                    + "; bad bytes replaced with U+FFFD"));
            return new String(b, offset, b.length - offset, cs);
        });
    }

    private static Optional<String> strict(byte[] b, int offset, Charset cs) {
        try {
            return Optional.of(cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, offset, b.length - offset)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static void rejectZeroBytes(byte[] b) {
        int n = Math.min(b.length, 8192);
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                throw new Rejected("binary content (a zero byte at offset " + i + "), not an HTML page");
            }
        }
    }

    private static String cut(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }
}
