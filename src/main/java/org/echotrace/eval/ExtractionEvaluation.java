package org.echotrace.eval;

import com.fasterxml.jackson.databind.JsonNode;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.echotrace.clean.LineProfile;
import org.echotrace.ingest.InputReader;
import org.echotrace.pipeline.Rejected;
import org.echotrace.clean.html.HtmlCleaner;
import org.echotrace.model.InputFormat;
import org.echotrace.model.Origin;
import org.echotrace.model.RawArticle;

/**
 * Scores main-text extraction on a folder in the layout of trafilatura's evaluation set
 * ({@code evaldata.json} mapping URL to {@code file}, {@code with}, {@code without}; pages under
 * {@code html/<file>.gz}): our {@link HtmlCleaner} and boilerpipe's {@code ArticleExtractor} on the
 * same pages in the same run, overall and per language, with time per page and peak heap.
 *
 * <p>Design decision: the text scored for Echotrace is {@code CleanArticle.body()} (standfirst, body
 * and subheadings), without the title, because trafilatura's scored output is its main text without
 * metadata; the title is metadata in both. Our cleaner gets a {@link LineProfile} over the visible
 * text of all pages of the folder, as {@code analyze} builds one over its corpus; building it is
 * timed apart. Each extractor first runs untimed over a few pages so that timings compare warmed code.
 */
public final class ExtractionEvaluation {
    private static final Pattern HTML_LANG = Pattern.compile(
            "<html[^>]{0,500}?\\slang\\s*=\\s*[\"']?([a-zA-Z]{2,3})", Pattern.CASE_INSENSITIVE);
    private static final int WARM_UP = 100;

    private ExtractionEvaluation() {
    }

    /** One benchmark page. */
    record Page(String url, String file, String html, String language, List<String> with, List<String> without) {
    }

    public static LinkedHashMap<String, Object> run(Path dataDir, PrintStream log) {
        PeakHeap.reset();
        List<Page> pages = load(dataDir, log);
        log.printf(Locale.ROOT, "extraction: %d pages from %s%n", pages.size(), dataDir);

        for (int i = 0; i < Math.min(WARM_UP, pages.size()); i++) {
            safeVisibleText(pages.get(i).html());
        }
        long t0 = System.nanoTime();
        List<String> texts = new ArrayList<>(pages.size());
        for (Page p : pages) {
            texts.add(safeVisibleText(p.html()));
        }
        LineProfile profile = LineProfile.EMPTY.plus(texts);
        texts = null;
        long profileNanos = System.nanoTime() - t0;

        HtmlCleaner cleaner = new HtmlCleaner(profile);
        Function<Page, String> ours = p -> cleaner.apply(raw(p)).body();
        Function<Page, String> boilerpipe = p -> {
            try {
                return ArticleExtractor.INSTANCE.getText(p.html());
            } catch (Exception e) {
                return null;
            }
        };
        Result our = score("echotrace", ours, pages, log);
        Result base = score("boilerpipe", boilerpipe, pages, log);
        double twoCores = throughput(ours, pages, 2);

        LinkedHashMap<String, Object> out = new LinkedHashMap<>();
        out.put("task", "extraction");
        out.put("data", dataDir.toString());
        out.put("pages", pages.size());
        out.put("with_segments", pages.stream().mapToInt(p -> p.with().size()).sum());
        out.put("without_segments", pages.stream().mapToInt(p -> p.without().size()).sum());
        out.put("scored_text", "CleanArticle.body(): standfirst, body, subheadings; no title");
        out.put("echotrace", our.total.metrics());
        out.put("boilerpipe", base.total.metrics());
        Map<String, Object> perLanguage = new LinkedHashMap<>();
        for (String lang : our.byLanguage.keySet()) {
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("pages", pages.stream().filter(p -> p.language().equals(lang)).count());
            l.put("echotrace", our.byLanguage.get(lang).metrics());
            l.put("boilerpipe", base.byLanguage.get(lang).metrics());
            perLanguage.put(lang, l);
        }
        out.put("per_language", perLanguage);
        out.put("echotrace_failures", our.failures);
        out.put("boilerpipe_failures", base.failures);
        double ourMs = our.nanos / 1e6 / pages.size();
        double baseMs = base.nanos / 1e6 / pages.size();
        out.put("echotrace_ms_per_page", round(ourMs));
        out.put("boilerpipe_ms_per_page", round(baseMs));
        out.put("time_ratio_echotrace_to_boilerpipe", round(ourMs / baseMs));
        out.put("profile_ms_per_page", round(profileNanos / 1e6 / pages.size()));
        out.put("time_ratio_with_profile", round((ourMs + profileNanos / 1e6 / pages.size()) / baseMs));
        out.put("echotrace_pages_per_s_1_thread", round(1000 / ourMs));
        out.put("echotrace_pages_per_s_2_threads", round(twoCores));
        out.put("peak_heap_mb", round(PeakHeap.bytes() / 1048576.0));
        out.put("note", "peak heap includes all decoded pages held in memory for both extractors");
        return out;
    }

    private record Result(SegmentScorer total, Map<String, SegmentScorer> byLanguage, long nanos, int failures) {
    }

    private static Result score(String name, Function<Page, String> extractor, List<Page> pages, PrintStream log) {
        for (int i = 0; i < Math.min(WARM_UP, pages.size()); i++) {
            run(extractor, pages.get(i));
        }
        SegmentScorer total = new SegmentScorer();
        Map<String, SegmentScorer> byLanguage = new TreeMap<>();
        int failures = 0;
        long nanos = 0;
        for (Page p : pages) {
            long t = System.nanoTime();
            String out = run(extractor, p);
            nanos += System.nanoTime() - t;
            if (out == null) {
                failures++;
            }
            total.add(p.with(), p.without(), out);
            byLanguage.computeIfAbsent(p.language(), k -> new SegmentScorer()).add(p.with(), p.without(), out);
        }
        log.printf(Locale.ROOT, "extraction: %s F1 %.3f (P %.3f R %.3f), %.2f ms/page, %d failed%n", name,
                total.f1(), total.precision(), total.recall(), nanos / 1e6 / pages.size(), failures);
        return new Result(total, byLanguage, nanos, failures);
    }

    /** A failed extraction scores as finding nothing, as upstream counts a crash. */
    private static String run(Function<Page, String> extractor, Page p) {
        try {
            return extractor.apply(p);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static double throughput(Function<Page, String> extractor, List<Page> pages, int threads) {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            long t = System.nanoTime();
            pool.submit(() -> pages.parallelStream().forEach(p -> run(extractor, p))).get();
            return pages.size() / ((System.nanoTime() - t) / 1e9);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Double.NaN;
        } catch (ExecutionException e) {
            throw new IllegalStateException("throughput run failed", e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    private static RawArticle raw(Page p) {
        Origin origin = new Origin(InputFormat.HTML, Optional.of(p.url()), Optional.empty(), Map.of(), Optional.empty());
        return new RawArticle(p.file(), p.file(), p.html(), "", List.of(), origin);
    }

    private static String safeVisibleText(String html) {
        try {
            return HtmlCleaner.visibleText(html);
        } catch (RuntimeException e) {
            return "";
        }
    }

    static List<Page> load(Path dataDir, PrintStream log) {
        JsonNode root = DatasetIndex.read(dataDir, "evaldata.json", "trafilatura");
        List<Page> pages = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            JsonNode item = entry.getValue();
            String file = item.path("file").asText();
            Path gz = dataDir.resolve("html").resolve(file + ".gz");
            String html;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
                html = InputReader.decodeHtml(file, in.readAllBytes()).text();
            } catch (IOException | Rejected e) {
                log.println("extraction: cannot read " + gz + " (" + e.getMessage() + "); scored as a failed page");
                html = "";
            }
            pages.add(new Page(entry.getKey(), file, html, language(html), strings(item.path("with")),
                    strings(item.path("without"))));
        }
        return pages;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** The page's declared language ({@code <html lang>}), primary subtag, or "unknown". */
    static String language(String html) {
        Matcher m = HTML_LANG.matcher(html.length() > 20_000 ? html.substring(0, 20_000) : html);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "unknown";
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
