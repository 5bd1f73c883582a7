package org.echotrace.extract.claim;

import org.echotrace.extract.entity.Chunk;
import org.echotrace.extract.entity.EntityTagger;
import org.echotrace.model.EntityType;
import org.echotrace.model.Sentence;
import org.echotrace.model.TextSpan;
import org.echotrace.model.Token;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the entity tagger makes of a speaker's name in its sentence: "Russia", "Damascus" and
 * "Turkey" said something, but they are states, not people ("he" after them is somebody else).
 * Sentences are tagged on demand, each once; most articles' speakers never need it.
 *
 * <p>Design decision: the claims stage runs before the entity stage, and only the few bare names
 * among its speakers need a type, so it tags those sentences itself rather than wait for the
 * article's entities.
 */
final class SpeakerTypes {
    private final List<Sentence> sentences;
    private final Supplier<EntityTagger> tagger;
    private final Map<Integer, List<Chunk>> tagged = new HashMap<>();
    private final Map<String, Optional<EntityType>> byName = new HashMap<>();

    SpeakerTypes(List<Sentence> sentences, Supplier<EntityTagger> tagger) {
        this.sentences = sentences;
        this.tagger = tagger;
    }

    /** No typing at all: every name is taken as the parser reads it. */
    static SpeakerTypes none() {
        return new SpeakerTypes(List.of(), () -> null);
    }

    /**
     * The last person the tagger finds before {@code offset}, in its sentence or the {@code back}
     * sentences before it: who "he" is when no speaker was named ("Mr. Marek left the council in
     * May. He said ...").
     */
    Optional<TextSpan> lastPersonBefore(int offset, int back) {
        int at = -1;
        for (int k = 0; k < sentences.size(); k++) {
            if (sentences.get(k).span().start() <= offset && offset < sentences.get(k).span().end()) {
                at = k;
            }
        }
        for (int k = at; k >= 0 && k >= at - back; k--) {
            List<Token> tokens = sentences.get(k).tokens();
            List<Chunk> chunks = chunks(k);
            for (int c = chunks.size() - 1; c >= 0; c--) {
                Chunk chunk = chunks.get(c);
                TextSpan span = tokens.get(chunk.from()).span().union(tokens.get(chunk.to() - 1).span());
                if (chunk.type() == EntityType.PERSON && span.end() <= offset) {
                    return Optional.of(span);
                }
            }
        }
        return Optional.empty();
    }

    private List<Chunk> chunks(int k) {
        List<Token> tokens = sentences.get(k).tokens();
        return tagged.computeIfAbsent(k, x -> tokens.isEmpty() ? List.of() : tagger.get()
                .tag(List.of(tokens.stream().map(Token::text).toList()), List.of(tokens.stream().map(Token::pos).toList()))
                .get(0));
    }

    /** The entity type of the chunk that covers the mention's last token, if the tagger finds one. */
    Optional<EntityType> of(TextSpan mention) {
        for (int k = 0; k < sentences.size(); k++) {
            Sentence s = sentences.get(k);
            if (!s.span().contains(mention)) {
                continue;
            }
            List<Token> tokens = s.tokens();
            int last = -1;
            StringBuilder name = new StringBuilder();
            for (int i = 0; i < tokens.size(); i++) {
                if (mention.contains(tokens.get(i).span())) {
                    last = i;
                    name.append(tokens.get(i).text()).append(' ');
                }
            }
            if (last < 0) {
                return Optional.empty();
            }
            // A name's type is read once an article: "Russia" said twice is the same Russia.
            Optional<EntityType> known = byName.get(name.toString());
            if (known != null) {
                return known;
            }
            List<Chunk> chunks = chunks(k);
            Optional<EntityType> type = Optional.empty();
            for (Chunk c : chunks) {
                if (c.from() <= last && last < c.to()) {
                    type = Optional.of(c.type());
                }
            }
            byName.put(name.toString(), type);
            return type;
        }
        return Optional.empty();
    }
}
