package org.echotrace.serve;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every claim's columns as the API shows them, in Java arrays by list rank, read once at start.
 *
 * <p>Design decision: a page of claims (50 of a list, 500 of a narrative) is scattered over the
 * claim table; fetching them from DuckDB by rank took 100 ms for 50 and 160 ms for 500 (an IN list
 * over 200,000 rows), where building the rows from arrays takes well under a millisecond. The cost
 * is memory: the texts and chains, about 70 MB for 200,000 claims (strings that repeat, such as
 * speakers, kinds and chains, are held once). Source chains are parsed once per distinct chain.
 */
final class ClaimRows {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int NONE = Integer.MIN_VALUE;
    private static final String[] TEXT_COLUMNS = {"kind", "text", "cue_type", "speaker", "speaker_kind", "speaker_role", "speaker_org", "marks"};
    private static final String[] INT_COLUMNS = {"idx", "start_offset", "end_offset", "cue_start", "cue_end", "source_start", "source_end"};
    // The keys of a claim row, encoded once.
    private static final SerializedString K_ARTICLE_ID = new SerializedString("article_id");
    private static final SerializedString K_KIND = new SerializedString("kind");
    private static final SerializedString K_TEXT = new SerializedString("text");
    private static final SerializedString K_CUE_TYPE = new SerializedString("cue_type");
    private static final SerializedString K_SPEAKER = new SerializedString("speaker");
    private static final SerializedString K_SPEAKER_KIND = new SerializedString("speaker_kind");
    private static final SerializedString K_SPEAKER_ROLE = new SerializedString("speaker_role");
    private static final SerializedString K_SPEAKER_ORG = new SerializedString("speaker_org");
    private static final SerializedString K_TITLE = new SerializedString("title");
    private static final SerializedString K_PUBLISHED = new SerializedString("published");
    private static final SerializedString K_OUTLET = new SerializedString("outlet");
    private static final SerializedString K_IDX = new SerializedString("idx");
    private static final SerializedString K_START = new SerializedString("start");
    private static final SerializedString K_END = new SerializedString("end");
    private static final SerializedString K_CUE_START = new SerializedString("cue_start");
    private static final SerializedString K_CUE_END = new SerializedString("cue_end");
    private static final SerializedString K_SOURCE_START = new SerializedString("source_start");
    private static final SerializedString K_SOURCE_END = new SerializedString("source_end");
    private static final SerializedString K_CHAIN = new SerializedString("chain");
    private static final SerializedString K_CHECK_WORTHINESS = new SerializedString("check_worthiness");
    private static final SerializedString K_MARKS = new SerializedString("marks");
    private final String[][] texts;
    private final int[][] ints;
    private final double[] worthiness;
    private final Object[] chains;

    private ClaimRows(String[][] texts, int[][] ints, double[] worthiness, Object[] chains) {
        this.texts = texts;
        this.ints = ints;
        this.worthiness = worthiness;
        this.chains = chains;
    }

    static ClaimRows load(StoreConnection db, int claims) {
        String[][] texts = new String[TEXT_COLUMNS.length][claims];
        int[][] ints = new int[INT_COLUMNS.length][claims];
        double[] worthiness = new double[claims];
        Object[] chains = new Object[claims];
        if (claims == 0) {
            return new ClaimRows(texts, ints, worthiness, chains);
        }
        Map<String, String> shared = new HashMap<>();
        Map<String, Object> parsed = new HashMap<>();
        db.each("SELECT list_rank, " + String.join(", ", TEXT_COLUMNS) + ", " + String.join(", ", INT_COLUMNS)
                + ", check_worthiness, chain FROM claims ORDER BY list_rank", rs -> {
                    int r = rs.getInt(1);
                    int col = 2;
                    for (int t = 0; t < TEXT_COLUMNS.length; t++) {
                        String v = rs.getString(col++);
                        // Claim texts are unique enough that sharing them would cost more than it saves.
                        texts[t][r] = t == 1 || v == null ? v : shared.computeIfAbsent(v, k -> k);
                    }
                    for (int i = 0; i < INT_COLUMNS.length; i++) {
                        int v = rs.getInt(col++);
                        ints[i][r] = rs.wasNull() ? NONE : v;
                    }
                    double w = rs.getDouble(col++);
                    worthiness[r] = rs.wasNull() ? Double.NaN : w;
                    String chain = rs.getString(col);
                    chains[r] = chain == null ? List.of() : parsed.computeIfAbsent(chain, ClaimRows::parse);
                });
        return new ClaimRows(texts, ints, worthiness, chains);
    }

    private static Object parse(String chain) {
        try {
            Object v = JSON.convertValue(JSON.readTree(chain), Object.class);
            return v == null ? List.of() : v;
        } catch (IOException e) {
            return chain;
        }
    }

    /** The row of claim {@code rank}, keys and order as the claim lists have always answered. */
    Map<String, Object> row(int rank, ServedIndex idx) {
        int a = idx.claimArt[rank];
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("article_id", idx.id[a]);
        r.put("idx", integer(0, rank));
        r.put("kind", texts[0][rank]);
        r.put("start", integer(1, rank));
        r.put("end", integer(2, rank));
        r.put("text", texts[1][rank]);
        r.put("cue_type", texts[2][rank]);
        r.put("cue_start", integer(3, rank));
        r.put("cue_end", integer(4, rank));
        r.put("source_start", integer(5, rank));
        r.put("source_end", integer(6, rank));
        r.put("speaker", texts[3][rank]);
        r.put("speaker_kind", texts[4][rank]);
        r.put("speaker_role", texts[5][rank]);
        r.put("speaker_org", texts[6][rank]);
        r.put("chain", chains[rank]);
        r.put("check_worthiness", Double.isNaN(worthiness[rank]) ? null : worthiness[rank]);
        String marks = texts[7][rank];
        r.put("marks", marks == null || marks.isBlank() ? List.of() : List.of(marks.split("\\s*,\\s*")));
        r.put("title", idx.title[a]);
        r.put("published", idx.published[a]);
        r.put("outlet", idx.outlet(a));
        return r;
    }

    /**
     * The row of claim {@code rank} exactly as {@link #row} answers it, written straight to the
     * generator. The narrative pages list their member claims this way; lists that add keys to a
     * row (search scores, near-duplicates) use {@link #row}.
     */
    JsonRow json(int rank, ServedIndex idx) {
        return (g, p) -> {
            int a = idx.claimArt[rank];
            g.writeStartObject();
            text(g, K_ARTICLE_ID, idx.id[a]);
            number(g, K_IDX, 0, rank);
            text(g, K_KIND, texts[0][rank]);
            number(g, K_START, 1, rank);
            number(g, K_END, 2, rank);
            text(g, K_TEXT, texts[1][rank]);
            text(g, K_CUE_TYPE, texts[2][rank]);
            number(g, K_CUE_START, 3, rank);
            number(g, K_CUE_END, 4, rank);
            number(g, K_SOURCE_START, 5, rank);
            number(g, K_SOURCE_END, 6, rank);
            text(g, K_SPEAKER, texts[3][rank]);
            text(g, K_SPEAKER_KIND, texts[4][rank]);
            text(g, K_SPEAKER_ROLE, texts[5][rank]);
            text(g, K_SPEAKER_ORG, texts[6][rank]);
            g.writeFieldName(K_CHAIN);
            p.defaultSerializeValue(chains[rank], g);
            g.writeFieldName(K_CHECK_WORTHINESS);
            if (Double.isNaN(worthiness[rank])) {
                g.writeNull();
            } else {
                g.writeNumber(worthiness[rank]);
            }
            g.writeFieldName(K_MARKS);
            g.writeStartArray();
            String marks = texts[7][rank];
            if (marks != null && !marks.isBlank()) {
                for (String m : marks.split("\\s*,\\s*")) {
                    g.writeString(m);
                }
            }
            g.writeEndArray();
            text(g, K_TITLE, idx.title[a]);
            text(g, K_PUBLISHED, idx.published[a]);
            text(g, K_OUTLET, idx.outlet(a));
            g.writeEndObject();
        };
    }

    private static void text(JsonGenerator g, SerializedString name, String value) throws IOException {
        g.writeFieldName(name);
        g.writeString(value);
    }

    private void number(JsonGenerator g, SerializedString name, int column, int rank) throws IOException {
        int v = ints[column][rank];
        g.writeFieldName(name);
        if (v == NONE) {
            g.writeNull();
        } else {
            g.writeNumber(v);
        }
    }

    List<Map<String, Object>> rows(List<Integer> ranks, ServedIndex idx) {
        List<Map<String, Object>> out = new ArrayList<>(ranks.size());
        ranks.forEach(r -> out.add(row(r, idx)));
        return out;
    }

    /** The claim's start offset in its article's text, -1 when unknown. */
    int start(int rank) {
        int v = ints[1][rank];
        return v == NONE ? -1 : v;
    }

    /** The claim's end offset in its article's text, -1 when unknown. */
    int end(int rank) {
        int v = ints[2][rank];
        return v == NONE ? -1 : v;
    }

    private Integer integer(int column, int rank) {
        int v = ints[column][rank];
        return v == NONE ? null : v;
    }
}
