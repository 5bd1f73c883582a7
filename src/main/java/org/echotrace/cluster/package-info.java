/**
 * Corpus-level grouping (issue 6): consumes {@link org.echotrace.cluster.ClaimPoint}s (claims with
 * their source, outlet, date and sentence vector); produces repeating pairs (copy, same statement,
 * rewording) and narratives with stable ids, lineage, sub-narratives and provenance, as pure
 * functions of the previous state, the claims and the analyst's overrides. Rejects nothing.
 */
package org.echotrace.cluster;
