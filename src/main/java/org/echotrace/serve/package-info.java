/**
 * The analyst's workbench (issue 7): a REST API under {@code /api}, its OpenAPI document and
 * static pages, over one store opened read-only. Consumes the store's tables, its Lucene index and
 * its stored claim vectors, turned at start into in-memory indexes that lists are counted and paged
 * over; produces JSON and pages; rejects bad parameters with one JSON error shape. Binds to
 * localhost unless told otherwise, and then only with an access token.
 */
package org.echotrace.serve;
