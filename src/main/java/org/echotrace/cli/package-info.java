/**
 * The command line, and the only place that wires stages, store and export together. Consumes
 * arguments; produces runs, summaries and exports; rejects bad arguments with exit code 2.
 */
package org.echotrace.cli;
