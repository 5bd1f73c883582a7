/**
 * Linking (issues 5 and 6): mentions to canonical entities ({@code link.entity}), place names to
 * coordinates ({@code link.place}), claims and narratives to known cases ({@code link.cases}) and
 * articles to an analyst's narrative taxonomy ({@code link.taxonomy}). Each consumes extracted
 * findings and produces links with scores; none rejects input.
 */
package org.echotrace.link;
