package org.echotrace.extract.entity;

import org.echotrace.model.Sentence;

import java.util.List;

/**
 * Splits and tags a range of the text that is not body (a title, a source credit line) so its names
 * are found too: {@code extract.nlp.SentenceAnnotator::annotate} in the pipeline.
 */
@FunctionalInterface
public interface RangeAnnotator {
    RangeAnnotator NONE = (text, from, to, paragraph, out) -> { };

    void annotate(String text, int from, int to, int paragraph, List<Sentence> out);
}
