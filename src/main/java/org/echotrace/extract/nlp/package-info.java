/**
 * Sentences, tokens and part-of-speech tags of an article's body (Apache OpenNLP's English UD-EWT
 * models from Maven Central), as spans of the original text. Consumes an
 * {@link org.echotrace.model.AnalyzedArticle}, fills its sentences; rejects nothing.
 */
package org.echotrace.extract.nlp;
