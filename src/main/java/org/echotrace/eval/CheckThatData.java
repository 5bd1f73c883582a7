package org.echotrace.eval;

import org.echotrace.model.KnownCase;
import org.echotrace.link.cases.CsvRecords;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The CheckThat! 2020 Task 2 layout: {@code verified_claims.docs.tsv} (id, vclaim, title) beside
 * one folder per split holding {@code tweets.queries.tsv} (id, text) and
 * {@code tweet-vclaim-pairs.qrels} (tweet 0 vclaim 1). Tab-separated with a header row; fields may
 * be quoted as pandas writes them.
 */
record CheckThatData(List<KnownCase> claims, Map<String, String> tweets, Map<String, Set<String>> gold) {
    static final String SOURCE = "Snopes (CheckThat! 2020)";

    static CheckThatData read(Path dataDir, String split) {
        Path claimsFile = dataDir.resolve("verified_claims.docs.tsv");
        Path splitDir = dataDir.resolve(split);
        Path tweetsFile = splitDir.resolve("tweets.queries.tsv");
        Path qrels = splitDir.resolve("tweet-vclaim-pairs.qrels");
        for (Path p : List.of(claimsFile, tweetsFile, qrels)) {
            if (!Files.isRegularFile(p)) {
                throw new IllegalArgumentException("no " + dataDir.relativize(p) + " in " + dataDir
                        + " (expected the CheckThat! 2020 Task 2 layout: verified_claims.docs.tsv, <split>/tweets.queries.tsv, "
                        + "<split>/tweet-vclaim-pairs.qrels)");
            }
        }
        List<KnownCase> claims = new ArrayList<>();
        for (List<String> f : rows(claimsFile, 3)) {
            claims.add(new KnownCase(f.get(0).strip(), f.get(1).strip(), Optional.of(f.get(2)), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), SOURCE, List.of(), List.of()));
        }
        Map<String, String> tweets = new LinkedHashMap<>();
        for (List<String> f : rows(tweetsFile, 2)) {
            tweets.put(f.get(0).strip(), f.get(1));
        }
        Map<String, Set<String>> gold = new LinkedHashMap<>();
        for (String line : lines(qrels)) {
            String[] f = line.strip().split("\\s+");
            if (f.length == 4 && !f[3].equals("0")) {
                gold.computeIfAbsent(f[0], k -> new LinkedHashSet<>()).add(f[2]);
            } else if (f.length != 4 && !line.isBlank()) {
                throw new IllegalArgumentException(qrels + ": expected 'tweet 0 vclaim relevance', found '" + line + "'");
            }
        }
        return new CheckThatData(claims, tweets, gold);
    }

    private static List<List<String>> rows(Path file, int fields) {
        List<List<String>> out = new ArrayList<>();
        List<CsvRecords.Row> rows = CsvRecords.parse(read(file), '\t');
        for (CsvRecords.Row r : rows.subList(Math.min(1, rows.size()), rows.size())) {
            if (r.fields().size() < fields) {
                throw new IllegalArgumentException(file + ":" + r.line() + ": expected " + fields + " tab-separated fields, found "
                        + r.fields().size());
            }
            out.add(r.fields());
        }
        return out;
    }

    private static List<String> lines(Path file) {
        return List.of(read(file).split("\\R"));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
