package org.echotrace.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.echotrace.cluster.ClaimPoint;
import org.echotrace.cluster.DuplicatePair;
import org.echotrace.store.StoreException;

import java.util.List;
import java.util.Locale;

/**
 * The near-duplicate pairs of a narrative's claims added to its stored description, for
 * {@code narratives show}: {@code near_duplicates}, one object per pair in key order.
 */
final class NearDuplicateJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private NearDuplicateJson() {
    }

    static String attach(String details, List<DuplicatePair> pairs) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(details);
            ArrayNode list = root.putArray("near_duplicates");
            for (DuplicatePair p : pairs) {
                ObjectNode o = list.addObject();
                o.put("first", p.first());
                o.put("first_article", ClaimPoint.articleOf(p.first()));
                o.put("second", p.second());
                o.put("second_article", ClaimPoint.articleOf(p.second()));
                o.put("kind", p.kind().name().toLowerCase(Locale.ROOT));
                o.put("similarity", round(p.cosine()));
                o.put("word_jaccard", round(p.wordJaccard()));
                o.put("same_article", p.sameArticle());
            }
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new StoreException("a narrative's stored description is not a JSON object: " + e.getMessage(), e);
        }
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
