package org.echotrace.extract.entity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CoNLL-format NER files: one token per line, columns separated by spaces or tabs, the word
 * first and the entity tag last; a blank line ends a sentence, {@code -DOCSTART-} a document.
 *
 * <p>Design decision: a file without document markers (re3d's conversion) is cut into blocks of
 * {@link #BLOCK} consecutive sentences, so a split by block keeps neighbouring sentences of one
 * document together, which is as close to a split by document as that file allows.
 */
public final class ConllReader {
    static final int BLOCK = 20;

    private ConllReader() {
    }

    /** The file's documents; a malformed line is named by file and line number. */
    public static List<LabelledDocument> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("no CoNLL file at " + file);
        }
        List<List<LabelledSentence>> docs = new ArrayList<>();
        List<LabelledSentence> doc = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        boolean markers = false;
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            String t = line.strip();
            if (t.startsWith("-DOCSTART-")) {
                markers = true;
                flush(words, tags, doc);
                if (!doc.isEmpty()) {
                    docs.add(doc);
                }
                doc = new ArrayList<>();
                continue;
            }
            if (t.isEmpty()) {
                flush(words, tags, doc);
                continue;
            }
            String[] cols = t.split("[ \t]+");
            if (cols.length < 2) {
                throw new IOException(file + ":" + n + ": expected a word and a tag, found \"" + cut(t) + "\"");
            }
            String tag = cols[cols.length - 1];
            if (!tag.equals("O") && !(tag.length() > 2 && tag.charAt(1) == '-')) {
                throw new IOException(file + ":" + n + ": expected an IOB tag (O, B-X, I-X) last, found \"" + cut(tag) + "\"");
            }
            words.add(cols[0]);
            tags.add(tag);
        }
        flush(words, tags, doc);
        if (!doc.isEmpty()) {
            docs.add(doc);
        }
        if (!markers && docs.size() == 1) {
            return blocks(docs.get(0));
        }
        return docs.stream().map(LabelledDocument::new).toList();
    }

    private static List<LabelledDocument> blocks(List<LabelledSentence> all) {
        List<LabelledDocument> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += BLOCK) {
            out.add(new LabelledDocument(all.subList(i, Math.min(all.size(), i + BLOCK))));
        }
        return out;
    }

    private static void flush(List<String> words, List<String> tags, List<LabelledSentence> doc) {
        if (!words.isEmpty()) {
            doc.add(new LabelledSentence(words, tags));
            words.clear();
            tags.clear();
        }
    }

    private static String cut(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "...";
    }
}
