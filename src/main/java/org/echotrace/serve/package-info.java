/**
 * The web UI and REST API over a store (issue 7), bound to localhost unless told otherwise.
 * Consumes the store; produces pages and JSON. No code yet.
 */
package org.echotrace.serve;
