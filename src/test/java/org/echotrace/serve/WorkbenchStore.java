package org.echotrace.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.echotrace.cli.Main;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A store for the workbench tests: the five seed articles from {@code ../shared/seeds} and one
 * hostile article of our own (script tags, event-handler attributes), analyzed by the real
 * command. Finding tables the pipeline does not fill yet (claims, entities, places, events,
 * techniques, narratives, cases) are filled by FIXTURE rules below: simple patterns over the
 * stored text, only so that the pages have something to show; they are test data, not extraction.
 * A table that analyze already filled is left as it is.
 */
final class WorkbenchStore {
    static final Path SEEDS = Path.of("..", "shared", "seeds");
    static final String HOSTILE = String.join("\n",
            "<script>window.__pwned = 'title'</script> Officials said the zone near Al-Tanf is safe",
            "By <b onmouseover=\"window.__pwned='byline'\">Mallory</b>",
            "",
            "The ministry said that <img src=x onerror=\"window.__pwned='img'\"> a convoy was attacked near Al-Tanf, and five militants were killed.",
            "",
            "<script>window.__pwned = 'body'; alert(1)</script> Analysts said nothing else happened near Palmyra.",
            "",
            "<svg onload=\"window.__pwned='svg'\"></svg> The US created ISIS, the outlet wrote with <iframe src=\"javascript:window.__pwned='frame'\"></iframe> no source.",
            "");
    private static Path built;

    private WorkbenchStore() {
    }

    /** The store (built once per test run), or a skipped test (failed on CI) without the seeds. */
    static synchronized Path expect() {
        if (!Files.isDirectory(SEEDS)) {
            String reason = "seed articles not found at " + SEEDS.toAbsolutePath().normalize()
                    + " (the shared folder must sit beside the project)";
            if ("true".equals(System.getenv("CI"))) {
                fail(reason);
            }
            assumeTrue(false, reason);
        }
        if (built == null) {
            try {
                Path dir = Files.createTempDirectory("echotrace-workbench-test");
                Path in = Files.createDirectories(dir.resolve("in"));
                for (Path seed : Files.list(SEEDS).filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    Files.copy(seed, in.resolve(seed.getFileName()));
                }
                Files.writeString(in.resolve("hostile.txt"), HOSTILE, StandardCharsets.UTF_8);
                Path store = dir.resolve("store");
                assertEquals(0, Main.execute("analyze", in.toString(), "--store", store.toString(), "--progress", "lines"));
                try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + store.resolve(StoreConnection.DB_FILE))) {
                    new FixtureFindings(c).fillMissing();
                }
                built = store;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot write the fixture findings: " + e.getMessage(), e);
            }
        }
        return built;
    }

    /** Fixture rows for the finding tables analyze left out, derived from the stored text by fixed patterns. */
    private static final class FixtureFindings {
        private final Connection c;
        private final Map<String, List<String>> declared = new java.util.HashMap<>();
        private static final Map<String, List<String>> OUR_COLUMNS = Map.of(
                "claims", List.of("article_id", "idx", "kind", "start_offset", "end_offset", "text", "cue_type", "cue_start", "cue_end",
                        "source_start", "source_end", "speaker", "speaker_kind", "speaker_role", "speaker_org", "chain",
                        "check_worthiness", "marks"),
                "entities", List.of("article_id", "start_offset", "end_offset", "text", "type", "canonical", "score"),
                "places", List.of("article_id", "start_offset", "end_offset", "text", "place_id", "name", "latitude", "longitude",
                        "geo_precision", "country", "admin1", "confidence"),
                "events", List.of("article_id", "idx", "event_date", "date_precision", "event_type", "sub_event_type", "actor1",
                        "actor2", "location", "latitude", "longitude", "geo_precision", "fatalities", "fatalities_qualifier",
                        "claimed_by", "relayed_via", "evidence_start", "evidence_end"),
                "techniques", List.of("article_id", "start_offset", "end_offset", "technique", "score"));

        FixtureFindings(Connection c) {
            this.c = c;
        }

        private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+[.!?]?[”\"]?");
        private static final Pattern NAMES = Pattern.compile("ISIS|Al-Tanf|At Tanf|al-Tanf|Palmyra|Homs|Rukban|Konashenkov|TASS");
        private static final Pattern CUE = Pattern.compile("\\b(said|says|according to|reported)\\b", Pattern.CASE_INSENSITIVE);

        void fillMissing() throws SQLException {
            boolean claims = create("claims", "article_id VARCHAR, idx INTEGER, kind VARCHAR, start_offset INTEGER, end_offset INTEGER,"
                    + " text VARCHAR, cue_type VARCHAR, cue_start INTEGER, cue_end INTEGER, source_start INTEGER, source_end INTEGER,"
                    + " speaker VARCHAR, speaker_kind VARCHAR, speaker_role VARCHAR, speaker_org VARCHAR, chain VARCHAR,"
                    + " check_worthiness DOUBLE, marks VARCHAR");
            boolean entities = create("entities", "article_id VARCHAR, start_offset INTEGER, end_offset INTEGER, text VARCHAR,"
                    + " type VARCHAR, canonical VARCHAR, score DOUBLE");
            boolean places = create("places", "article_id VARCHAR, start_offset INTEGER, end_offset INTEGER, text VARCHAR,"
                    + " place_id VARCHAR, name VARCHAR, latitude DOUBLE, longitude DOUBLE, geo_precision INTEGER, country VARCHAR,"
                    + " admin1 VARCHAR, confidence DOUBLE");
            boolean events = create("events", "article_id VARCHAR, idx INTEGER, event_date VARCHAR, date_precision VARCHAR,"
                    + " event_type VARCHAR, sub_event_type VARCHAR, actor1 VARCHAR, actor2 VARCHAR, location VARCHAR, latitude DOUBLE,"
                    + " longitude DOUBLE, geo_precision INTEGER, fatalities INTEGER, fatalities_qualifier VARCHAR, claimed_by VARCHAR,"
                    + " relayed_via VARCHAR, evidence_start INTEGER, evidence_end INTEGER");
            boolean techniques = create("techniques", "article_id VARCHAR, start_offset INTEGER, end_offset INTEGER,"
                    + " technique VARCHAR, score DOUBLE");
            List<String[]> articles = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT id, text, coalesce(outlet, '(unknown)'), published FROM articles ORDER BY id")) {
                while (rs.next()) {
                    articles.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
                }
            }
            for (String[] a : articles) {
                if (claims) {
                    claimsOf(a);
                }
                Matcher m = NAMES.matcher(a[1]);
                while (m.find()) {
                    String name = m.group().replace("At Tanf", "al-Tanf").replace("Al-Tanf", "al-Tanf");
                    if (entities) {
                        insert("entities", a[0], m.start(), m.end(), m.group(), name.equals("ISIS") || name.equals("TASS") ? "organisation"
                                : name.equals("Konashenkov") ? "person" : "place", name, 0.9);
                    }
                    double[] at = coordinates(name);
                    if (places && at != null) {
                        insert("places", a[0], m.start(), m.end(), m.group(), "fixture:" + name, name, at[0], at[1], 4, "SY", null, 0.8);
                    }
                }
                int killed = a[1].indexOf("militants were killed");
                if (events && killed >= 0) {
                    insert("events", a[0], 0, a[3], "day", "Battles", "Armed clash", "Military Forces of Syria", "Islamic State",
                            "al-Tanf", 33.50, 38.62, 2, 5, null, "Russian Center for Reconciliation", "[\"TASS\"]", killed, killed + 21);
                }
                int terrorists = a[1].indexOf("terrorists");
                if (techniques && terrorists >= 0) {
                    insert("techniques", a[0], terrorists, terrorists + 10, "Name_Calling,Labeling", 0.7);
                }
            }
            fillNarratives(articles);
        }

        private void claimsOf(String[] a) throws SQLException {
            int idx = 0;
            Matcher s = SENTENCE.matcher(a[1]);
            while (s.find()) {
                String text = s.group().strip();
                if (text.length() < 40) {
                    continue;
                }
                int start = a[1].indexOf(text, s.start());
                Matcher cue = CUE.matcher(text);
                if (cue.find()) {
                    String speaker = text.contains("Reconciliation") ? "Russian Center for Reconciliation"
                            : text.contains("ministry") || text.contains("Ministry") ? "Russian Defence Ministry" : "officials";
                    String chain = "[{\"name\":\"" + speaker + "\",\"role\":\"organisation\",\"start\":null,\"end\":null},"
                            + (a[1].contains("TASS") ? "{\"name\":\"TASS\",\"role\":\"relay\",\"start\":null,\"end\":null}," : "")
                            + "{\"name\":\"" + a[2].replace("\"", "") + "\",\"role\":\"outlet\",\"start\":null,\"end\":null}]";
                    insert("claims", a[0], idx++, "attributed", start, start + text.length(), text, "indirect",
                            start + cue.start(), start + cue.end(), null, null, speaker, "organisation", null, speaker, chain, 0.8, null);
                } else {
                    insert("claims", a[0], idx++, "own", start, start + text.length(), text, null, null, null, null, null,
                            null, null, null, null, "[]", 0.5, text.endsWith("?") ? "question" : null);
                }
            }
        }

        /**
         * Fixture narratives, replacing whatever the narrative step found in six articles: written
         * in the narrative step's own table shape when the store has it, else in the shape the
         * workbench reads directly.
         */
        private void fillNarratives(List<String[]> articles) throws SQLException {
            boolean stepShape = columnsOf("narrative_members").contains("claim_key");
            if (!stepShape) {
                create("narratives", "id VARCHAR, label VARCHAR, key_terms VARCHAR, parent_id VARCHAR, first_seen VARCHAR, last_seen VARCHAR");
                create("narrative_members", "narrative_id VARCHAR, article_id VARCHAR, claim_idx INTEGER, similarity DOUBLE");
                create("narrative_lineage", "narrative_id VARCHAR, event VARCHAR, other_id VARCHAR, \"at\" VARCHAR");
            }
            create("cases", "id VARCHAR, title VARCHAR, summary VARCHAR, disproof VARCHAR, url VARCHAR, source VARCHAR");
            create("case_matches", "narrative_id VARCHAR, article_id VARCHAR, claim_idx INTEGER, case_id VARCHAR, score DOUBLE");
            try (Statement s = c.createStatement()) {
                for (String t : List.of("narratives", "narrative_members", "narrative_lineage", "case_matches", "cases")) {
                    s.execute("DELETE FROM " + t);
                }
                String[][] narratives = {
                    {"n-tanf", "The US-held al-Tanf zone shelters ISIS", "al-Tanf, ISIS, US base", null},
                    {"n-rukban", "Rukban camp is a haven for militants", "Rukban, militants", "n-tanf"},
                    {"n-hostile", "<img src=x onerror=\"window.__pwned='label'\"> hostile label", "<script>x</script>", null}};
                for (String[] n : narratives) {
                    try (PreparedStatement p = c.prepareStatement(stepShape
                            ? "INSERT INTO narratives (id, label, parent) VALUES (?, ?, ?)"
                            : "INSERT INTO narratives (id, label, parent_id, key_terms) VALUES (?, ?, ?, ?)")) {
                        p.setString(1, n[0]);
                        p.setString(2, n[1]);
                        p.setString(3, n[3]);
                        if (!stepShape) {
                            p.setString(4, n[2]);
                        }
                        p.executeUpdate();
                    }
                }
                String member = stepShape ? "article_id || '#' || idx" : "article_id, idx";
                s.execute("INSERT INTO narrative_members SELECT 'n-tanf', " + member + ", 0.8 FROM claims"
                        + " WHERE text ILIKE '%tanf%' OR text ILIKE '%isis%'");
                s.execute("INSERT INTO narrative_members SELECT 'n-rukban', " + member + ", 0.7 FROM claims WHERE text ILIKE '%rukban%'");
                s.execute("INSERT INTO narrative_members SELECT 'n-hostile', " + member + ", 0.9 FROM claims"
                        + " WHERE article_id IN (SELECT id FROM articles WHERE text LIKE '%__pwned%')");
                s.execute(stepShape
                        ? "INSERT INTO narrative_lineage (seq, recorded_at, kind, narrative_id, other_id) VALUES (1, TIMESTAMP '2018-01-01', 'split_from', 'n-rukban', 'n-tanf')"
                        : "INSERT INTO narrative_lineage VALUES ('n-rukban', 'split_from', 'n-tanf', '2018-01-01')");
                s.execute("INSERT INTO cases (id, title, summary, disproof, url, source) VALUES ('case-1',"
                        + " 'ISIS is present in the al-Tanf de-conflict zone with US support',"
                        + " 'Fixture case: the claim that the US shelters ISIS at al-Tanf.',"
                        + " 'Fixture disproof: no evidence beyond the claimant''s own statements.',"
                        + " 'https://example.org/cases/1', 'fixture case base')");
                s.execute("INSERT INTO case_matches (narrative_id, article_id, claim_idx, case_id, score) VALUES ('n-tanf', NULL, NULL, 'case-1', 0.83)");
            }
        }

        private static double[] coordinates(String name) {
            return switch (name) {
                case "al-Tanf" -> new double[] {33.50, 38.62};
                case "Palmyra" -> new double[] {34.55, 38.27};
                case "Homs" -> new double[] {34.73, 36.72};
                case "Rukban" -> new double[] {33.30, 38.70};
                default -> null;
            };
        }

        /**
         * Makes the table ours to fill: creates it when the store lacks it, or takes it when it is
         * there but empty (the pipeline has the table but no stage filling it yet). False when the
         * pipeline filled it: its rows are left alone.
         */
        private boolean create(String table, String columns) throws SQLException {
            if (!columnsOf(table).isEmpty()) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
                    rs.next();
                    return rs.getLong(1) == 0;
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE " + table + " (" + columns + ")");
            }
            declared.put(table, java.util.Arrays.stream(columns.split(",\\s*")).map(d -> d.strip().split("\\s+")[0].replace("\"", ""))
                    .toList());
            return true;
        }

        private List<String> columnsOf(String table) throws SQLException {
            List<String> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT column_name FROM information_schema.columns"
                    + " WHERE table_name = ? ORDER BY ordinal_position")) {
                p.setString(1, table);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        }

        /**
         * Inserts by the column names of our DDL for this table, adding the bookkeeping columns a
         * pipeline table has beyond those (seq of the article, idx, detail) when it has them.
         */
        private void insert(String table, Object... values) throws SQLException {
            List<String> ours = declared.computeIfAbsent(table, t -> OUR_COLUMNS.get(t));
            List<String> cols = new ArrayList<>(ours);
            List<String> exprs = new ArrayList<>(java.util.Collections.nCopies(ours.size(), "?"));
            List<String> present = columnsOf(table);
            if (present.contains("seq") && !cols.contains("seq")) {
                cols.add("seq");
                exprs.add("(SELECT seq FROM articles WHERE id = ?)");
            }
            if (present.contains("idx") && !cols.contains("idx")) {
                cols.add("idx");
                exprs.add("(SELECT count(*) FROM " + table + ")");
            }
            if (present.contains("detail") && !cols.contains("detail")) {
                cols.add("detail");
                exprs.add("'{}'");
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO " + table + " (\"" + String.join("\", \"", cols) + "\") VALUES ("
                    + String.join(", ", exprs) + ")")) {
                for (int i = 0; i < values.length; i++) {
                    p.setObject(i + 1, values[i]);
                }
                if (cols.contains("seq") && !ours.contains("seq")) {
                    p.setObject(values.length + 1, values[0]);
                }
                p.executeUpdate();
            }
        }
    }
}
