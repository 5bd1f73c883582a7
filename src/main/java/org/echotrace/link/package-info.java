/**
 * Corpus-level linking of entity and place mentions to canonical entities and coordinates
 * (issue 5). Consumes extracted mentions; produces linked entities; rejects nothing. No code yet.
 */
package org.echotrace.link;
