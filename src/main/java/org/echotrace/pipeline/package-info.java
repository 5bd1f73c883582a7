/**
 * The shape of processing: {@link org.echotrace.pipeline.Stage}, rejection and problems, timing and
 * the summary of a run. No I/O and no engine types.
 */
package org.echotrace.pipeline;
