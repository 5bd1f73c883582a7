package org.echotrace.ingest;

import org.echotrace.pipeline.Problem;
import org.echotrace.pipeline.Rejected;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the HTML pages of a WARC stream (already decompressed): {@code response} records with a 2xx
 * HTTP status and an HTML content type, and {@code resource} records of HTML. Each page keeps the
 * record's target URI and date, and the HTTP charset as the transport charset. Other records
 * (requests, metadata, images, redirects) are passed over. A record that cannot be parsed, or ends
 * before its length, is a {@link Problem} naming its offset; the pages before it are kept and the
 * rest of the file is not read, since its record boundaries can no longer be trusted.
 *
 * <p>Offsets count bytes of the uncompressed WARC stream (for a {@code .warc.gz}, of its
 * decompressed content), which is what the reader can state exactly.
 */
final class WarcFileReader {
    private final int maxPayload;

    WarcFileReader(int maxPayload) {
        this.maxPayload = maxPayload;
    }

    /** The pages found, and how many records were passed over. */
    record Result(List<InputReader.Item> items, int skipped) {
    }

    Result read(String file, InputStream in) {
        List<InputReader.Item> out = new ArrayList<>();
        int skipped = 0;
        long offset = 0;
        try (WarcReader reader = new WarcReader(in)) {
            while (true) {
                Optional<WarcRecord> next = reader.next();
                if (next.isEmpty()) {
                    break;
                }
                offset = reader.position();
                String source = file + "#" + offset;
                try {
                    Optional<Page> page = page(next.get());
                    if (page.isEmpty()) {
                        skipped++;
                        continue;
                    }
                    Page p = page.get();
                    out.add(new InputReader.Article(HtmlDecoder.decode(source, p.bytes, p.charset,
                            Optional.of(p.url), Optional.of(p.date), Map.of())));
                } catch (Rejected e) {
                    out.add(failure(source, "record at offset " + offset + ": " + e.getMessage()));
                }
            }
        } catch (BoundedStream.LimitExceeded e) {
            out.add(failure(file, e.getMessage()));
        } catch (IOException | RuntimeException e) {
            String where = out.isEmpty() && offset == 0 ? "the first record" : "the record after offset " + offset;
            out.add(failure(file + "#" + offset, where + " is malformed or truncated: "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage())));
        }
        return new Result(out, skipped);
    }

    private record Page(byte[] bytes, Optional<String> charset, String url, String date) {
    }

    private Optional<Page> page(WarcRecord record) throws IOException {
        if (record instanceof WarcResponse response) {
            MediaType warcType = response.contentType();
            if (!"application".equals(warcType.type()) || !warcType.subtype().startsWith("http")) {
                return Optional.empty();
            }
            HttpResponse http = response.http();
            MediaType type = http.contentType();
            if (http.status() < 200 || http.status() > 299 || !isHtml(type)) {
                return Optional.empty();
            }
            byte[] bytes = bounded(http.bodyDecoded());
            return Optional.of(new Page(bytes, Optional.ofNullable(type.parameters().get("charset")),
                    response.target(), response.date().toString()));
        }
        if (record instanceof WarcResource resource && isHtml(resource.contentType())) {
            return Optional.of(new Page(bounded(resource.body()),
                    Optional.ofNullable(resource.contentType().parameters().get("charset")),
                    resource.target(), resource.date().toString()));
        }
        return Optional.empty();
    }

    private byte[] bounded(MessageBody body) throws IOException {
        InputStream s = body.stream();
        byte[] b = s.readNBytes(maxPayload + 1);
        if (b.length > maxPayload) {
            throw new Rejected("page is over the limit of " + maxPayload + " bytes");
        }
        return b;
    }

    private static boolean isHtml(MediaType type) {
        String base = type.base().toString().toLowerCase(java.util.Locale.ROOT);
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    private static InputReader.Item failure(String source, String message) {
        return new InputReader.Failure(new Problem(source, "ingest", message));
    }
}
