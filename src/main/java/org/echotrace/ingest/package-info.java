/**
 * Reads inputs: expands files and folders into a sorted list, reads bytes under a size limit and
 * decodes them into {@link org.echotrace.model.RawArticle}s identified by a content hash. Rejects
 * empty, binary, oversized and unreadable inputs with a reason naming the file.
 */
package org.echotrace.ingest;
