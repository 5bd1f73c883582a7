/**
 * Reads inputs: expands files and folders into a sorted list, and reads each file (plain text, HTML,
 * JSON Lines, WARC, or gzip of these) into {@link org.echotrace.model.RawArticle}s identified by a
 * content hash. Rejects empty, binary, oversized, unreadable and over-decompressing inputs, and bad
 * lines or records of containers, with a reason naming the file and the line or record.
 */
package org.echotrace.ingest;
