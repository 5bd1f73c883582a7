/**
 * Writes stored articles out for analysts: one JSON object per line in a documented, stable
 * schema (docs/export-schema.md). Consumes clean articles; produces text; rejects nothing.
 */
package org.echotrace.export;
