/**
 * Corpus-level grouping: near-duplicates and narratives with stable identity (issue 6). Consumes
 * claims of clean articles; produces clusters; rejects nothing. No code yet.
 */
package org.echotrace.cluster;
