package org.echotrace.extract.claim;

import org.echotrace.extract.entity.EntityTagger;
import org.echotrace.model.AnalyzedArticle;
import org.echotrace.model.Attribution;
import org.echotrace.model.Sentence;
import org.echotrace.model.Speaker;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * An article's title that names its speaker ("Karvonian Defence Ministry: Aldorian Instructors Drill
 * Militants In Qasr al-Hajar"): an attribution, and so a claim in that speaker's voice, although
 * the title is metadata and not a sentence of the body.
 *
 * <p>Design decision: only a title that names its speaker, by the colon form ({@link ColonCues}),
 * the way these outlets headline an official's claim (the speaker first, or last as the wires put
 * it: "...: rights group"), or by a reporting verb with its subject ("Russia
 * Again Says US Is Helping ISIS in Syria", the rules of {@link AttributionFinder}, not the learned
 * layer, which was trained on body text); a title in the outlet's own words is the outlet's own
 * claim ({@link ClaimExtractor}). The entity and technique stages read the title too, each in its
 * own way; events are read from the body alone.
 */
final class HeadlineAttributions {
    private HeadlineAttributions() {
    }

    /**
     * The title's attribution, if its first sentence opens with a speaker's name and a colon, or
     * holds a reporting verb with its subject, or ends with a colon and its speaker. A headline needs no verb after its colon (four tokens
     * suffice): Title Case hides verbs from the tagger ("Aldorian Instructors Drill Militants" reads as
     * nouns), and headlines drop theirs. Quotation marks are not read in a title, so its claim is
     * typed indirect.
     */
    static Optional<Attribution> of(AnalyzedArticle in, List<Sentence> title, Supplier<EntityTagger> entities) {
        if (title.isEmpty()) {
            return Optional.empty();
        }
        Sentence first = title.get(0);
        Optional<Found> found = ColonCues.find(new Words(first), new ContentSpans(in.text(), List.of()), true)
                .filter(f -> HeadlineSpeakers.colonSpeaker(first, f.source().orElseThrow(), entities.get()));
        if (found.isEmpty()) {
            // "Russia Again Says US Is Helping ISIS in Syria": a reporting verb with its subject.
            found = new AttributionFinder(in.text(), List.of()).find(List.of(first)).stream()
                    .filter(f -> f.source().isPresent() && !f.cue().textOf(in.text()).equals(":"))
                    .filter(f -> HeadlineSpeakers.verbSpeaker(first, f.cue(), f.source().orElseThrow()))
                    .findFirst();
        }
        if (found.isEmpty()) {
            // "Assad regime responsible for chemical attack: rights group": the speaker last.
            found = ColonCues.trailing(new Words(first))
                    .filter(f -> HeadlineSpeakers.trailingSpeaker(first, f.source().orElseThrow(), entities.get()));
        }
        return found.map(f -> {
            Optional<Speaker> speaker = f.source().map(new SpeakerResolver(in.text(), new SpeakerTypes(title, entities))::resolve);
            List<org.echotrace.model.SourceHop> chain = speaker
                    .map(s -> SourceChains.of(s, List.of(), in.clean().metadata()))
                    .orElseGet(() -> SourceChains.unattributed(List.of(), in.clean().metadata()));
            return new Attribution(f.cueType(), f.source(), f.cue(), f.content(), speaker, chain);
        });
    }
}
