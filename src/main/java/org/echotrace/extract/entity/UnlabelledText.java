package org.echotrace.extract.entity;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Running text for inducing word classes, read from openly licensed sets in {@code ../shared/data}:
 * FA-KES (CC BY 4.0: Syrian-war news, the domain we tag) and ECB+ (CC BY 3.0: news on many
 * topics, already tokenised). Only the words are used, never a label.
 */
public final class UnlabelledText {
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:[-'’.]\\p{L}+)*\\.?|\\p{N}+(?:[.,:/-]\\p{N}+)*|\\S");
    private static final Pattern ECB_TOKEN = Pattern.compile("<token [^>]*sentence=\"(\\d+)\"[^>]*>([^<]*)</token>");

    private UnlabelledText() {
    }

    /** FA-KES's {@code article_content} column, split into sentence-like runs of tokens. */
    public static List<List<String>> faKes(Path csv) throws IOException {
        String text = new String(Files.readAllBytes(csv), Charset.forName("windows-1252"));
        List<List<String>> out = new ArrayList<>();
        List<List<String>> rows = csvRows(text);
        for (int r = 1; r < rows.size(); r++) {
            if (rows.get(r).size() > 2) {
                out.addAll(sentences(rows.get(r).get(2)));
            }
        }
        return out;
    }

    /** The tokens of every ECB+ document under the folder, one list per sentence. */
    public static List<List<String>> ecbPlus(Path dir) throws IOException {
        List<List<String>> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        for (Path f : files) {
            Matcher m = ECB_TOKEN.matcher(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
            String sentence = null;
            List<String> cur = new ArrayList<>();
            while (m.find()) {
                if (!m.group(1).equals(sentence) && !cur.isEmpty()) {
                    out.add(cur);
                    cur = new ArrayList<>();
                }
                sentence = m.group(1);
                cur.add(m.group(2).replace("&amp;", "&").replace("&quot;", "\"").replace("&apos;", "'"));
            }
            if (!cur.isEmpty()) {
                out.add(cur);
            }
        }
        return out;
    }

    static List<List<String>> sentences(String text) {
        List<List<String>> out = new ArrayList<>();
        List<String> cur = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String t = m.group();
            if (t.length() > 1 && t.endsWith(".") && t.indexOf('.') == t.length() - 1) {
                cur.add(t.substring(0, t.length() - 1));
                t = ".";
            }
            cur.add(t);
            if (t.equals(".") || t.equals("!") || t.equals("?")) {
                out.add(cur);
                cur = new ArrayList<>();
            }
        }
        if (!cur.isEmpty()) {
            out.add(cur);
        }
        return out;
    }

    /** RFC 4180 rows: quoted fields may hold commas, doubled quotes and line breaks. */
    static List<List<String>> csvRows(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
