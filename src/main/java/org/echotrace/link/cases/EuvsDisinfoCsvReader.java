package org.echotrace.link.cases;

import org.echotrace.model.KnownCase;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the two EUvsDisinfo case tables, told apart by their header: the case list
 * ({@code date,id,title,countries,keywords,languages,outlets}, ISO dates, values joined with
 * {@code +}) and the 2015-2017 table with summaries and disproofs
 * ({@code issue,date,outlet,...,title,summary,disproof}, {@code MM/DD/YY} dates, values joined with
 * commas).
 *
 * <p>Design decision: a case of the second table has no EUvsDisinfo URL, so its id is a hash of its
 * date, title and summary: the same row read twice gets the same id (re-import stores nothing
 * twice), and two rows that differ only in their outlet are one case. The two tables are not merged:
 * only about a sixth of the older titles are found verbatim in the case list.
 */
final class EuvsDisinfoCsvReader {
    static final String SOURCE = "EUvsDisinfo";
    private static final List<String> LIST_HEADER =
            List.of("date", "id", "title", "countries", "keywords", "languages", "outlets");
    private static final List<String> SUMMARY_HEADER = List.of("issue", "date", "outlet", "language", "origin",
            "reported by", "keywords", "source", "title", "summary", "disproof");
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yy", Locale.ROOT);

    private EuvsDisinfoCsvReader() {
    }

    static CaseBase read(String file, String text) {
        List<CsvRecords.Row> rows = CsvRecords.parse(text);
        List<KnownCase> cases = new ArrayList<>();
        List<CaseProblem> problems = new ArrayList<>();
        if (rows.isEmpty()) {
            problems.add(new CaseProblem(file, 0, "empty file, expected a CSV header"));
            return new CaseBase(cases, problems);
        }
        List<String> header = rows.get(0).fields().stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
        boolean list = header.equals(LIST_HEADER);
        if (!list && !header.equals(SUMMARY_HEADER)) {
            problems.add(new CaseProblem(file, 1, "not an EUvsDisinfo header: expected " + LIST_HEADER + " or "
                    + SUMMARY_HEADER + ", found " + cut(String.valueOf(rows.get(0).fields()))));
            return new CaseBase(cases, problems);
        }
        Set<String> seen = new LinkedHashSet<>();
        for (CsvRecords.Row row : rows.subList(1, rows.size())) {
            Optional<KnownCase> c;
            try {
                c = row.closed() ? Optional.of(list ? fromList(row) : fromSummary(row))
                        : Optional.empty();
                if (c.isEmpty()) {
                    problems.add(new CaseProblem(file, row.line(), "unterminated quoted field at the end of the file"));
                }
            } catch (IllegalArgumentException e) {
                problems.add(new CaseProblem(file, row.line(), e.getMessage()));
                c = Optional.empty();
            }
            c.filter(k -> seen.add(k.id())).ifPresent(cases::add);
        }
        return new CaseBase(cases, problems);
    }

    private static KnownCase fromList(CsvRecords.Row row) {
        List<String> f = expectFields(row, LIST_HEADER.size());
        String id = expect(f.get(1), "id");
        String title = expect(f.get(2), "title");
        LocalDate date = parseDate(f.get(0), DateTimeFormatter.ISO_LOCAL_DATE);
        return new KnownCase(id, title, Optional.empty(), Optional.empty(), Optional.empty(),
                id.startsWith("http") ? Optional.of(id) : Optional.empty(), Optional.of(date),
                Optional.of(String.join(", ", split(f.get(6), "\\+"))), SOURCE,
                split(f.get(4), "\\+"), split(f.get(3), "\\+"));
    }

    private static KnownCase fromSummary(CsvRecords.Row row) {
        List<String> f = expectFields(row, SUMMARY_HEADER.size());
        LocalDate date = parseDate(f.get(1), US_DATE);
        String title = expect(f.get(8), "title");
        String summary = f.get(9).strip();
        String id = "euvsdisinfo:" + hash(date + "\n" + title.strip() + "\n" + summary);
        return new KnownCase(id, title, Optional.of(summary), Optional.of(f.get(10)), Optional.empty(),
                Optional.of(f.get(7)), Optional.of(date), Optional.of(f.get(2)), SOURCE, split(f.get(6), ","), split(f.get(4), ","));
    }

    private static List<String> expectFields(CsvRecords.Row row, int n) {
        if (row.fields().size() != n) {
            throw new IllegalArgumentException("expected " + n + " fields, found " + row.fields().size()
                    + ": " + cut(String.join(",", row.fields())));
        }
        return row.fields();
    }

    private static String expect(String v, String name) {
        if (v.isBlank()) {
            throw new IllegalArgumentException("empty " + name);
        }
        return v.strip();
    }

    private static LocalDate parseDate(String v, DateTimeFormatter format) {
        try {
            return LocalDate.parse(v.strip(), format);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("unreadable date '" + cut(v) + "'");
        }
    }

    private static List<String> split(String v, String separator) {
        return Arrays.stream(v.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String cut(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "...";
    }
}
