package org.echotrace.extract.entity;

import org.echotrace.model.AnalyzedArticle;
import org.echotrace.model.EntityMention;
import org.echotrace.model.Segment;
import org.echotrace.model.SegmentKind;
import org.echotrace.model.Sentence;
import org.echotrace.model.TextSpan;
import org.echotrace.model.Token;
import org.echotrace.pipeline.Stage;

import java.util.ArrayList;
import java.util.List;

/**
 * Fills an article's {@code entities}: the people, organisations, places and other names of its
 * sentences (as {@code extract.nlp.SentenceAnnotator} tokenised and tagged them) and of its title and
 * source-credit lines, each with its span in the original text, its tagger confidence and its
 * canonical name from the {@link MentionLinker}. Thread-safe.
 *
 * <p>Design decision: the title and the source credits are tagged too, because they name what an
 * article is about ("Russian MoD details US-ISIS cooperation") and who relayed it ("Source: TASS");
 * they share the body's document context, so a title in capitals is read through the body's casing
 * (and a title in title case is read in capitals: {@link EntityTagger#headlineCased}).
 */
public final class EntityExtractor implements Stage<AnalyzedArticle, AnalyzedArticle> {
    private final EntityTagger tagger;
    private final MentionLinker linker;
    private final RangeAnnotator lines;

    public EntityExtractor(EntityTagger tagger, MentionLinker linker, RangeAnnotator lines) {
        this.tagger = tagger;
        this.linker = linker;
        this.lines = lines;
    }

    @Override
    public AnalyzedArticle apply(AnalyzedArticle in) {
        List<Sentence> sentences = new ArrayList<>(in.sentences());
        for (Segment seg : in.clean().segments()) {
            if (seg.kind() == SegmentKind.TITLE || seg.kind() == SegmentKind.SOURCE_CREDIT) {
                lines.annotate(in.text(), seg.start(), seg.end(), -1, sentences);
            }
        }
        List<List<Token>> tokens = new ArrayList<>(sentences.size());
        List<List<String>> words = new ArrayList<>(sentences.size());
        List<List<String>> pos = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            List<Token> split = TokenSplitter.split(s.tokens());
            tokens.add(split);
            List<String> w = split.stream().map(Token::text).toList();
            words.add(s.paragraph() < 0 ? EntityTagger.headlineCased(w) : w);
            pos.add(split.stream().map(Token::pos).toList());
        }
        List<List<Chunk>> found = tagger.tag(words, pos);
        String text = in.text();
        List<EntityMention> mentions = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> sentence = tokens.get(s);
            for (Chunk c : found.get(s)) {
                TextSpan span = new TextSpan(sentence.get(c.from()).start(), sentence.get(c.to() - 1).end());
                String surface = span.textOf(text);
                mentions.add(new EntityMention(span, surface, c.type(), surface, c.score()));
            }
        }
        mentions.sort(java.util.Comparator.comparing(EntityMention::span));
        return in.withEntities(linker.link(text, mentions));
    }
}
