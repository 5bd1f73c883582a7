/**
 * Claims and attribution: consumes an {@link org.echotrace.model.AnalyzedArticle} with its sentences,
 * finds attribution relations (direct and indirect speech, "according to", passive reports by rule;
 * beliefs, evidence, nominal and colon cues by a model learned on PolNeAR; a learned relation
 * scorer drops the unlikely ones), resolves
 * speakers and their source chains, and turns every check-worthy statement of the body into a
 * {@link org.echotrace.model.Claim} in the source's voice or the outlet's own. Rejects nothing.
 */
package org.echotrace.extract.claim;
