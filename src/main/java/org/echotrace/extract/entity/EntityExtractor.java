package org.echotrace.extract.entity;

import org.echotrace.model.AnalyzedArticle;
import org.echotrace.model.EntityMention;
import org.echotrace.model.Sentence;
import org.echotrace.model.TextSpan;
import org.echotrace.model.Token;
import org.echotrace.pipeline.Stage;

import java.util.ArrayList;
import java.util.List;

/**
 * Fills an article's {@code entities}: the people, organisations, places and other names of its
 * sentences (as {@code extract.nlp.SentenceAnnotator} tokenised and tagged them), each with its span
 * in the original text, its tagger confidence and its canonical name from the {@link MentionLinker}.
 * An article without sentences gets no entities. Thread-safe.
 */
public final class EntityExtractor implements Stage<AnalyzedArticle, AnalyzedArticle> {
    private final EntityTagger tagger;
    private final MentionLinker linker;

    public EntityExtractor(EntityTagger tagger, MentionLinker linker) {
        this.tagger = tagger;
        this.linker = linker;
    }

    @Override
    public AnalyzedArticle apply(AnalyzedArticle in) {
        List<Sentence> sentences = in.sentences();
        List<List<String>> words = new ArrayList<>(sentences.size());
        List<List<String>> pos = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            words.add(s.tokens().stream().map(Token::text).toList());
            pos.add(s.tokens().stream().map(Token::pos).toList());
        }
        List<List<Chunk>> found = tagger.tag(words, pos);
        String text = in.text();
        List<EntityMention> mentions = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> tokens = sentences.get(s).tokens();
            for (Chunk c : found.get(s)) {
                TextSpan span = new TextSpan(tokens.get(c.from()).start(), tokens.get(c.to() - 1).end());
                String surface = span.textOf(text);
                mentions.add(new EntityMention(span, surface, c.type(), surface, c.score()));
            }
        }
        return in.withEntities(linker.link(text, mentions));
    }
}
