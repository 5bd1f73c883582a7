/**
 * The embedded store on disk: DuckDB for the tables, Lucene for full-text search. Consumes clean
 * articles and run records, gives them back for export and search; refuses folders that are not
 * an Echotrace store of a format version it reads.
 */
package org.echotrace.store;
