/**
 * Cleaning of HTML pages: consumes a {@link org.echotrace.model.RawArticle} whose text is an HTML
 * page and produces a {@link org.echotrace.model.CleanArticle} of the page's visible text, one block
 * per line, every line labelled and mapped back to its span in the markup. Rejects a page with no text.
 */
package org.echotrace.clean.html;
