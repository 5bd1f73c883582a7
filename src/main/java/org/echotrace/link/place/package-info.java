/**
 * Place linking: consumes an {@link org.echotrace.model.AnalyzedArticle} with its sentences (and
 * entities, where a recogniser ran), produces its geocoded {@code places} from GeoNames cities500
 * and our curated gazetteer of zones, sites and camps. Rejects nothing; an unknown name stays unlinked.
 */
package org.echotrace.link.place;
