/**
 * Propaganda techniques (the 14 classes of SemEval-2020 Task 11) as spans of an article's sentences:
 * a span tagger finds the fragments, a classifier names their technique. Consumes an
 * {@link org.echotrace.model.AnalyzedArticle} with its sentences, fills its techniques; rejects nothing.
 */
package org.echotrace.extract.technique;
