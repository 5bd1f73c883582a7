package org.echotrace.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.echotrace.model.InputFormat;
import org.echotrace.model.Origin;
import org.echotrace.model.RawArticle;
import org.echotrace.pipeline.Problem;
import org.echotrace.pipeline.Rejected;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads JSON Lines: one article per line, {@code html} (an HTML article) or the first of
 * {@code text}, {@code content}, {@code body} (a text article, its {@code title} or {@code headline}
 * put before it as its first line), {@code url} as its URL. Every other
 * field travels in {@link Origin#fields()} as text (nested values as their JSON), so a later stage
 * can read {@code title}, {@code date} or {@code author} and nothing a scraper recorded is lost.
 * A bad line is a {@link Problem} naming its line; the lines around it are still read.
 */
final class JsonLinesReader {
    static final List<String> TEXT_FIELDS = List.of("text", "content", "body");
    /** The longest {@code title} field read as a headline. */
    static final int MAX_TITLE = 300;

    private final ObjectMapper json;
    private final int maxLine;

    JsonLinesReader(int maxLine) {
        this.maxLine = maxLine;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(maxLine).maxNestingDepth(64).build())
                .build();
        this.json = new ObjectMapper(factory);
    }

    List<InputReader.Item> read(String file, InputStream in) {
        List<InputReader.Item> out = new ArrayList<>();
        LineSplitter lines = new LineSplitter(in, maxLine);
        int number = 0;
        while (true) {
            LineSplitter.Line line;
            try {
                line = lines.next();
            } catch (BoundedStream.LimitExceeded e) {
                out.add(failure(file, e.getMessage() + "; lines after " + number + " were not read"));
                break;
            } catch (IOException e) {
                out.add(failure(file + "#" + (number + 1), "line " + (number + 1) + " could not be read: "
                        + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage())));
                break;
            }
            if (line == null) {
                break;
            }
            number++;
            String source = file + "#" + number;
            if (line.tooLong()) {
                out.add(failure(source, "line " + number + " is " + line.length() + " bytes, over the limit of "
                        + maxLine + " bytes"));
                continue;
            }
            byte[] b = line.bytes();
            int start = number == 1 && b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB
                    && (b[2] & 0xff) == 0xBF ? 3 : 0;
            if (blank(b, start)) {
                continue;
            }
            try {
                out.add(new InputReader.Article(article(source, number, json.readTree(b, start, b.length - start))));
            } catch (Rejected e) {
                out.add(failure(source, e.getMessage()));
            } catch (IOException | RuntimeException e) {
                out.add(failure(source, "line " + number + " is not valid JSON: " + firstLine(e.getMessage())));
            }
        }
        return out;
    }

    private static RawArticle article(String source, int number, JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new Rejected("line " + number + ": expected a JSON object, found "
                    + (node == null ? "nothing" : node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)));
        }
        Optional<String> url = textual(node, "url");
        Optional<String> html = textual(node, "html");
        String textField = null;
        for (String f : TEXT_FIELDS) {
            if (textual(node, f).isPresent()) {
                textField = f;
                break;
            }
        }
        String used = html.isPresent() ? "html" : textField;
        if (used == null) {
            List<String> wanted = new ArrayList<>(List.of("html"));
            wanted.addAll(TEXT_FIELDS);
            for (String f : wanted) {
                JsonNode v = node.get(f);
                if (v != null && !v.isNull() && !v.isTextual()) {
                    // {"text": 42}: the field is there, but holds no text
                    String type = v.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
                    throw new Rejected("line " + number + ": field " + f + " holds "
                            + ("aeiou".indexOf(type.charAt(0)) >= 0 ? "an " : "a ") + type + ", not text");
                }
            }
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            throw new Rejected("line " + number + " has no text or html field (fields: "
                    + (names.isEmpty() ? "none" : String.join(", ", names)) + ")");
        }
        Map<String, String> fields = new TreeMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (e.getKey().equals(used) || e.getKey().equals("url") || e.getValue().isNull()) {
                continue;
            }
            fields.put(e.getKey(), e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString());
        }
        if (html.isPresent()) {
            return HtmlDecoder.fromText(source, html.get(), url, Optional.empty(), fields);
        }
        String body = node.get(textField).asText();
        if (body.startsWith("\uFEFF")) {
            body = body.substring(1);
        }
        String text = titled(body, node);
        Origin origin = new Origin(InputFormat.TEXT, url, Optional.empty(), fields, Optional.empty());
        // The id stays the hash of the text field alone: a store filled before titles were read
        // keeps its articles, and a re-run finds them unchanged instead of storing them twice.
        return new RawArticle(ContentHash.of(body), source, text, "UTF-8", List.of(), origin);
    }

    /**
     * The text with the record's {@code title} (or {@code headline}) as its first line, as a page
     * prints it, so that every stage reads the headline (the cleaner labels it the title): scrapers
     * keep it in a field of its own. Not when the text's first line already is the title, nor for a
     * "title" of more than {@link #MAX_TITLE} characters (a summary, not a headline).
     */
    static String titled(String body, JsonNode node) {
        Optional<String> title = textual(node, "title").or(() -> textual(node, "headline"))
                .map(t -> t.strip().replaceAll("\\s+", " "))
                .filter(t -> t.length() <= MAX_TITLE);
        if (title.isEmpty()) {
            return body;
        }
        String first = body.strip();
        int nl = first.indexOf('\n');
        first = nl < 0 ? first : first.substring(0, nl);
        return lettersOf(first).equals(lettersOf(title.get())) ? body : title.get() + "\n\n" + body;
    }

    private static String lettersOf(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(b::appendCodePoint);
        return b.toString();
    }

    /** A field holding a non-blank string. */
    private static Optional<String> textual(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isTextual() && !v.asText().isBlank() ? Optional.of(v.asText()) : Optional.empty();
    }

    private static boolean blank(byte[] b, int start) {
        for (int i = start; i < b.length; i++) {
            if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r') {
                return false;
            }
        }
        return true;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    private static InputReader.Item failure(String source, String message) {
        return new InputReader.Failure(new Problem(source, "ingest", message));
    }
}
