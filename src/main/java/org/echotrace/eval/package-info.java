/**
 * Quality benchmarks on third-party data: each evaluation reads a dataset folder from its own
 * layout, runs our stages (and a baseline where one exists) and returns one map of metrics, time
 * and memory. Rejects a folder not in the expected layout.
 */
package org.echotrace.eval;
