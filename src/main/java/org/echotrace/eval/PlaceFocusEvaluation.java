package org.echotrace.eval;

import org.echotrace.link.cases.CsvRecords;
import org.echotrace.link.place.FocusPlace;
import org.echotrace.model.AnalyzedArticle;
import org.echotrace.model.GeoPrecision;
import org.echotrace.model.PlaceMention;
import org.echotrace.model.RawArticle;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * {@code eval places}: each FA-KES article's focus place ({@link FocusPlace}) against the incident
 * location the dataset gives (a Syrian governorate, from the VDC record its facts were checked
 * against), beside two baselines in the same run on the same linked places: the governorate of the
 * first Syrian place named below the country level, and the governorate named most often.
 *
 * <p>Design decision: each row is read as {@code analyze} reads a JSON Lines record with a title (the
 * title, a blank line, the text) and goes through the whole article pipeline the caller gives, so
 * the figure is the product's. An article with no Syrian focus counts as wrong. The dataset's twelve
 * location names are mapped to GeoNames' first-level names here ({@link #GOVERNORATES}); "damascus"
 * covers the capital and its countryside (Rif Dimashq), as the dataset merges them.
 */
public final class PlaceFocusEvaluation {
    static final String FILE = "FA-KES-Dataset.csv";
    /** FA-KES location to the first-level names GeoNames gives Syria's governorates (several where it splits one). */
    static final Map<String, List<String>> GOVERNORATES = Map.ofEntries(
            Map.entry("aleppo", List.of("Aleppo")),
            Map.entry("damascus", List.of("Damascus", "Rif Dimashq", "Rif-dimashq", "Douma")),
            Map.entry("idlib", List.of("Idlib")),
            Map.entry("deir ezzor", List.of("Deir ez-Zor")),
            Map.entry("raqqa", List.of("Ar Raqqah")),
            Map.entry("homs", List.of("Homs")),
            Map.entry("hasakeh", List.of("Al Hasakah")),
            Map.entry("hama", List.of("Hamah")),
            Map.entry("daraa", List.of("Dar'a")),
            Map.entry("lattakia", List.of("Latakia")),
            Map.entry("quneitra", List.of("Al Qunaytirah")),
            Map.entry("tartous", List.of("Tartus")));

    /** One FA-KES row: its article and its gold location. */
    record Row(RawArticle article, String location) {
    }

    private PlaceFocusEvaluation() {
    }

    /**
     * Scores the articles of {@code data/FA-KES-Dataset.csv}, analyzed by {@code analyze} (order kept;
     * null for an article the pipeline rejected, which counts as wrong).
     */
    public static Map<String, Object> run(Path data, Function<List<RawArticle>, List<AnalyzedArticle>> analyze, PrintStream log) {
        return run(data, analyze, Optional.empty(), log);
    }

    /**
     * As {@link #run(Path, Function, PrintStream)}; with {@code errors}, every article whose focus
     * misses its location is written there, a line each: row, location, the focus, the title.
     */
    public static Map<String, Object> run(Path data, Function<List<RawArticle>, List<AnalyzedArticle>> analyze,
                                          Optional<Path> errors, PrintStream log) {
        long t0 = System.nanoTime();
        PeakHeap.reset();
        List<Row> rows = read(data.resolve(FILE));
        List<AnalyzedArticle> analyzed = analyze.apply(rows.stream().map(Row::article).toList());
        int n = rows.size();
        int focused = 0;
        int right = 0;
        int firstRight = 0;
        int mostRight = 0;
        int rejected = 0;
        Map<String, int[]> byLocation = new TreeMap<>();
        List<String> missed = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String gold = rows.get(i).location();
            AnalyzedArticle a = analyzed.get(i);
            int[] tally = byLocation.computeIfAbsent(gold, k -> new int[2]);
            tally[0]++;
            if (a == null) {
                rejected++;
                continue;
            }
            Optional<String> predicted = FocusPlace.of(a).filter(f -> f.country().equals("SY")).flatMap(FocusPlace.Focus::admin1);
            focused += predicted.isPresent() ? 1 : 0;
            if (predicted.filter(p -> matches(gold, p)).isPresent()) {
                right++;
                tally[1]++;
            } else {
                missed.add(rows.get(i).article().source() + "\t" + gold + "\t"
                        + FocusPlace.of(a).map(f -> f.place().name() + ", " + f.admin1().orElse("-") + ", " + f.country()).orElse("none")
                        + "\t" + a.text().lines().findFirst().orElse(""));
            }
            firstRight += first(a).filter(p -> matches(gold, p)).isPresent() ? 1 : 0;
            mostRight += mostNamed(a).filter(p -> matches(gold, p)).isPresent() ? 1 : 0;
        }
        errors.ifPresent(f -> {
            try {
                Files.write(f, missed);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + f + ": " + e.getMessage(), e);
            }
        });
        log.printf(Locale.ROOT, "%d articles: focus governorate right for %d (%.3f); first Syrian place %.3f; most named %.3f%n",
                n, right, (double) right / n, (double) firstRight / n, (double) mostRight / n);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("eval", "places");
        out.put("data", "fa-kes");
        out.put("articles", n);
        out.put("rejected", rejected);
        out.put("with_syrian_focus", focused);
        out.put("focus_accuracy", round((double) right / n));
        out.put("baseline_first_place_accuracy", round((double) firstRight / n));
        out.put("baseline_most_named_accuracy", round((double) mostRight / n));
        Map<String, Object> per = new LinkedHashMap<>();
        byLocation.forEach((k, v) -> per.put(k, Map.of("articles", v[0], "accuracy", round((double) v[1] / v[0]))));
        out.put("by_location", per);
        out.put("seconds", round((System.nanoTime() - t0) / 1e9));
        out.put("peak_heap_mb", round(PeakHeap.bytes() / 1e6));
        return out;
    }

    static boolean matches(String gold, String admin1) {
        return GOVERNORATES.getOrDefault(gold, List.of()).stream().anyMatch(g -> g.equalsIgnoreCase(admin1));
    }

    /** The governorate of the first Syrian place named below the country level. */
    static Optional<String> first(AnalyzedArticle a) {
        for (PlaceMention m : a.places()) {
            if (syrianRegion(m)) {
                return m.place().admin1();
            }
        }
        return Optional.empty();
    }

    /** The governorate its Syrian places name most often; the first met among equals. */
    static Optional<String> mostNamed(AnalyzedArticle a) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (PlaceMention m : a.places()) {
            if (syrianRegion(m)) {
                counts.merge(m.place().admin1().orElseThrow(), 1, Integer::sum);
            }
        }
        String best = null;
        int top = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > top) {
                best = e.getKey();
                top = e.getValue();
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean syrianRegion(PlaceMention m) {
        return m.place().country().filter("SY"::equals).isPresent() && m.place().precision() != GeoPrecision.COUNTRY
                && m.place().admin1().isPresent();
    }

    /** The rows of the CSV (Windows-1252, as the dataset ships it); a row without its fields is skipped with a note. */
    static List<Row> read(Path csv) {
        String text;
        try {
            text = new String(Files.readAllBytes(csv), Charset.forName("windows-1252"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + csv + ": " + e.getMessage(), e);
        }
        List<CsvRecords.Row> records = CsvRecords.parse(text, ',');
        if (records.isEmpty()) {
            throw new IllegalArgumentException(csv + " is empty");
        }
        List<String> header = records.get(0).fields();
        int id = header.indexOf("unit_id");
        int title = header.indexOf("article_title");
        int content = header.indexOf("article_content");
        int location = header.indexOf("location");
        if (id < 0 || title < 0 || content < 0 || location < 0) {
            throw new IllegalArgumentException(csv + ": expected the columns unit_id, article_title, article_content, location; found " + header);
        }
        List<Row> out = new ArrayList<>();
        for (CsvRecords.Row r : records.subList(1, records.size())) {
            List<String> f = r.fields();
            if (f.size() <= Math.max(Math.max(id, title), Math.max(content, location))) {
                continue;
            }
            String body = f.get(title).strip() + "\n\n" + f.get(content).strip();
            String name = FILE + "#" + r.line();
            out.add(new Row(new RawArticle(f.get(id) + "-" + r.line(), name, body, "windows-1252", List.of()),
                    f.get(location).strip().toLowerCase(Locale.ROOT)));
        }
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
