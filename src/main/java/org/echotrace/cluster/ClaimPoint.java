package org.echotrace.cluster;

import org.echotrace.model.ClaimKind;
import org.echotrace.model.HopRole;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One claim as the corpus-level grouping sees it: where it comes from, whose voice it is in, and its
 * sentence vector ({@code embed.SentenceEmbedder}, unit length). Built by the caller from stored claims.
 *
 * @param claimIndex   the claim's position among its article's claims
 * @param speaker      resolved speaker name, when the claim is attributed to one
 * @param organisation what the speaker speaks for
 * @param chain        hops from the original source to the outlet, in order
 * @param outlet       the publishing outlet; empty when unknown
 * @param statement    the claim as a reader would quote it, for labels: its text, or for a reported
 *                     claim whose content is no clause of its own ("denied all such accusations"), the
 *                     sentence's source, cue and content together
 */
public record ClaimPoint(String articleId, int claimIndex, String text, ClaimKind kind, Optional<String> speaker,
                         Optional<String> organisation, List<Hop> chain, String outlet,
                         Optional<LocalDate> published, List<String> places, float[] vector, String statement) {

    /** Orders points by their key, the stable order every grouping starts from. */
    public static final Comparator<ClaimPoint> BY_KEY =
            Comparator.comparing(ClaimPoint::articleId).thenComparingInt(ClaimPoint::claimIndex);

    /** One hop of the claim's source chain. */
    public record Hop(String name, HopRole role) {
        public Hop {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(role, "role");
        }
    }

    public ClaimPoint {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(vector, "vector");
        Objects.requireNonNull(statement, "statement");
        chain = List.copyOf(chain);
        places = List.copyOf(places);
        if (claimIndex < 0) {
            throw new IllegalArgumentException("negative claim index " + claimIndex + " in " + articleId);
        }
    }

    /** A claim that is quoted as it reads ({@code statement} the same as {@code text}). */
    public ClaimPoint(String articleId, int claimIndex, String text, ClaimKind kind, Optional<String> speaker,
                      Optional<String> organisation, List<Hop> chain, String outlet,
                      Optional<LocalDate> published, List<String> places, float[] vector) {
        this(articleId, claimIndex, text, kind, speaker, organisation, chain, outlet, published, places, vector, text);
    }

    /** The claim's identity across runs: article id and claim index. */
    public String key() {
        return key(articleId, claimIndex);
    }

    public static String key(String articleId, int claimIndex) {
        return articleId + "#" + claimIndex;
    }

    /** The article id of a key made by {@link #key(String, int)}. */
    public static String articleOf(String key) {
        return key.substring(0, key.lastIndexOf('#'));
    }
}
