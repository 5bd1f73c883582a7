package org.echotrace.serve;

import java.util.List;
import java.util.Map;

/**
 * One live narrative as the workbench serves it: its stored row, its member claims (claim list
 * ranks, ascending) and member articles (article ordinals, ascending), how many known cases it
 * matches, and its articles per month (the sparkline).
 */
record ServedNarrative(String id, String label, String keyTerms, String parentId, String firstSeen, String lastSeen,
                       int[] claims, int[] articles, long cases, List<Map<String, Object>> months) {
}
