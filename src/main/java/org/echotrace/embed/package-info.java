/**
 * Sentence embeddings computed in-process from the ONNX models inside langchain4j's jars (no
 * download, no service). Consumes texts, produces unit-length float vectors; rejects nothing (an
 * empty text embeds like any other).
 */
package org.echotrace.embed;
