/**
 * Metadata from an HTML page: consumes the decoded markup (and its URL when known) and produces a
 * {@link org.echotrace.extract.html.PageMetadata} whose date carries its evidence and markup offsets.
 * Rejects nothing: a value that cannot be found, or only implausibly, stays absent.
 */
package org.echotrace.extract.html;
