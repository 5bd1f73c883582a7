/**
 * Cleaning: consumes a {@link org.echotrace.model.RawArticle} of flattened text and produces a
 * {@link org.echotrace.model.CleanArticle} with every non-blank line labelled (body, metadata,
 * furniture or comments), offsets into the original. Rejects an article with no prose at all.
 */
package org.echotrace.clean;
