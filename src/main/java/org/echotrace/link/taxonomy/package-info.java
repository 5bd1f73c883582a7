/**
 * Labels articles with the entries of an analyst's two-level narrative taxonomy (narratives and
 * their sub-narratives, such as SemEval-2025 Task 10's). Consumes an article's text and sentence
 * spans; produces scored entries with evidence sentences; rejects taxonomy files it cannot read,
 * naming the file and line.
 */
package org.echotrace.link.taxonomy;
