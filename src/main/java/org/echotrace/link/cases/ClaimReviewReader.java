package org.echotrace.link.cases;

import org.echotrace.model.KnownCase;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads Schema.org ClaimReview objects from JSON-LD: a file holding one object, an array of them, or
 * a {@code @graph}; ClaimReviews nested deeper (a DataFeed's {@code dataFeedElement[].item[]}) are
 * found too. {@code claimReviewed} is the case's title, {@code reviewRating.alternateName} its
 * verdict, {@code reviewBody} (else {@code description}) its disproof, {@code itemReviewed.author}
 * the claimant and {@code author} (else {@code publisher}) the source.
 *
 * <p>Design decision: the top level is read as a stream so that each entry of an array or
 * {@code @graph} keeps the line it starts on for its problem report; inside an entry the tree is
 * enough.
 */
final class ClaimReviewReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ClaimReviewReader() {
    }

    static CaseBase read(String file, String text) {
        List<KnownCase> cases = new ArrayList<>();
        List<CaseProblem> problems = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        int[] reviews = {0};
        try (JsonParser p = JSON.createParser(text)) {
            JsonToken root = p.nextToken();
            if (root == JsonToken.START_ARRAY) {
                readArray(p, file, cases, problems, seen, reviews);
            } else if (root == JsonToken.START_OBJECT) {
                long line = p.currentTokenLocation().getLineNr();
                ObjectNode top = JSON.createObjectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    if (p.nextToken() == JsonToken.START_ARRAY && name.equals("@graph")) {
                        readArray(p, file, cases, problems, seen, reviews);
                    } else {
                        top.set(name, p.readValueAsTree());
                    }
                }
                collect(top, file, line, cases, problems, seen, reviews);
            } else {
                problems.add(new CaseProblem(file, 1, "expected a JSON-LD object or array"));
            }
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            problems.add(new CaseProblem(file, line, "malformed JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            problems.add(new CaseProblem(file, 0, "unreadable JSON: " + e.getMessage()));
        }
        if (reviews[0] == 0 && problems.isEmpty()) {
            problems.add(new CaseProblem(file, 0, "no ClaimReview object found"));
        }
        return new CaseBase(cases, problems);
    }

    private static void readArray(JsonParser p, String file, List<KnownCase> cases, List<CaseProblem> problems,
                                  Set<String> seen, int[] reviews) throws IOException {
        while (p.nextToken() != JsonToken.END_ARRAY) {
            long line = p.currentTokenLocation().getLineNr();
            JsonNode entry = p.readValueAsTree();
            collect(entry, file, line, cases, problems, seen, reviews);
        }
    }

    /** Every ClaimReview in the node or below it. */
    private static void collect(JsonNode node, String file, long line, List<KnownCase> cases,
                                List<CaseProblem> problems, Set<String> seen, int[] reviews) {
        if (node.isArray()) {
            node.forEach(n -> collect(n, file, line, cases, problems, seen, reviews));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (isClaimReview(node)) {
            reviews[0]++;
            String claim = text(node.path("claimReviewed"));
            if (claim.isBlank()) {
                problems.add(new CaseProblem(file, line, "ClaimReview without claimReviewed"
                        + url(node).map(u -> " (" + u + ")").orElse("")));
                return;
            }
            KnownCase c = toCase(node, claim);
            if (seen.add(c.id())) {
                cases.add(c);
            }
            return;
        }
        node.forEach(n -> collect(n, file, line, cases, problems, seen, reviews));
    }

    private static KnownCase toCase(JsonNode r, String claim) {
        Optional<String> url = url(r);
        String id = url.map(u -> u + "#").orElse("claimreview:")
                + EuvsDisinfoCsvReader.hash(claim.strip());
        JsonNode rating = first(r.path("reviewRating"));
        Optional<String> verdict = nonBlank(text(rating.path("alternateName")))
                .or(() -> nonBlank(text(rating.path("name"))));
        Optional<String> disproof = nonBlank(text(r.path("reviewBody"))).or(() -> nonBlank(text(r.path("description"))));
        JsonNode item = first(r.path("itemReviewed"));
        Optional<String> claimant = nonBlank(name(item.path("author")));
        String source = nonBlank(name(r.path("author"))).or(() -> nonBlank(name(r.path("publisher"))))
                .orElse("ClaimReview");
        return new KnownCase(id, claim.strip(), Optional.empty(), disproof, verdict, url, date(r.path("datePublished")),
                claimant, source, list(r.path("keywords")), List.of());
    }

    private static boolean isClaimReview(JsonNode n) {
        JsonNode type = n.path("@type");
        for (JsonNode t : type.isArray() ? type : List.of(type)) {
            String s = t.asText("");
            if (s.equals("ClaimReview") || s.endsWith("/ClaimReview") || s.endsWith(":ClaimReview")) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> url(JsonNode r) {
        return nonBlank(text(r.path("url"))).or(() -> nonBlank(text(r.path("@id"))));
    }

    private static Optional<LocalDate> date(JsonNode n) {
        String s = text(n).strip();
        if (s.length() < 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(s.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A person or organisation as a name: a string, or an object's name (else its url). */
    private static String name(JsonNode n) {
        JsonNode a = first(n);
        return a.isObject() ? text(a.path("name")).isBlank() ? text(a.path("url")) : text(a.path("name")) : text(a);
    }

    private static List<String> list(JsonNode n) {
        List<String> out = new ArrayList<>();
        for (JsonNode k : n.isArray() ? n : List.of(n)) {
            Arrays.stream(text(k).split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(out::add);
        }
        return out.stream().distinct().toList();
    }

    private static JsonNode first(JsonNode n) {
        return n.isArray() && !n.isEmpty() ? n.get(0) : n;
    }

    private static String text(JsonNode n) {
        JsonNode v = first(n);
        if (v.isObject() && v.has("@value")) {
            v = v.get("@value");
        }
        return v.isValueNode() ? v.asText("") : "";
    }

    private static Optional<String> nonBlank(String s) {
        return s.isBlank() ? Optional.empty() : Optional.of(s.strip());
    }
}
