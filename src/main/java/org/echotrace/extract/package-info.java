/**
 * Extraction: consumes a labelled {@link org.echotrace.model.CleanArticle} and produces a copy with
 * what it says about itself filled in (for now its metadata: title, date, outlet, author). Rejects
 * nothing; a missing value stays absent.
 */
package org.echotrace.extract;
