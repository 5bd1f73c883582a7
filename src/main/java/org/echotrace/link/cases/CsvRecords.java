package org.echotrace.link.cases;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records of a CSV (or TSV) text: fields optionally double-quoted, a quote inside a quoted
 * field doubled, line breaks allowed inside quotes; a quote that does not open a field is a
 * character like any other (as Python's csv and pandas read it). Each record keeps the line it starts on,
 * so a bad row can be reported where an editor shows it.
 *
 * <p>Design decision: a hand-written reader rather than a CSV library: the format is this small,
 * both case layouts quote line breaks inside summaries, and a library would hide the line numbers.
 */
public final class CsvRecords {
    /** One record: the 1-based line it starts on, its fields, and whether its quotes were balanced. */
    public record Row(long line, List<String> fields, boolean closed) {
    }

    private CsvRecords() {
    }

    static List<Row> parse(String text) {
        return parse(text, ',');
    }

    public static List<Row> parse(String text, char delimiter) {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        long line = 1;
        long rowLine = 1;
        boolean quoted = false;
        boolean any = false;
        boolean opened = false;
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
                continue;
            }
            if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                any = true;
                opened = false;
                continue;
            }
            switch (c) {
                case '"' -> {
                    if (field.length() == 0 && !opened) {
                        quoted = true;
                        opened = true;
                    } else {
                        field.append(c);
                    }
                    any = true;
                }
                case '\r' -> {
                    // Part of a CRLF line end; a lone CR outside quotes is dropped too.
                }
                case '\n' -> {
                    if (any || field.length() > 0) {
                        fields.add(field.toString());
                        rows.add(new Row(rowLine, List.copyOf(fields), true));
                    }
                    fields.clear();
                    field.setLength(0);
                    any = false;
                    opened = false;
                    line++;
                    rowLine = line;
                }
                default -> {
                    field.append(c);
                    any = true;
                }
            }
        }
        if (any || field.length() > 0) {
            fields.add(field.toString());
            rows.add(new Row(rowLine, List.copyOf(fields), !quoted));
        }
        return rows;
    }
}
