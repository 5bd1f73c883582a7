package org.echotrace.extract;

import org.echotrace.model.RawArticle;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The order a container's records write slashed dates in ("4/16/2017": month first), learnt from the
 * records whose numbers say it, so that the ambiguous ones of the same file ("4/5/2017") are read the
 * same way ({@link RecordDates#slashed}). A crawler's export writes every record's date in one
 * format; a file whose unambiguous dates disagree has no order, and its ambiguous dates stay unread.
 *
 * <p>Design decision: learnt per container (the JSON Lines or WARC file, the part of a record's
 * source before its "#"), in the run's first pass over the input, beside the corpus line profile;
 * an article already stored keeps the date it was given.
 */
public final class DateOrders {
    public static final DateOrders NONE = new DateOrders(Map.of());

    private final Map<String, RecordDates.Order> orders;

    private DateOrders(Map<String, RecordDates.Order> orders) {
        this.orders = Map.copyOf(orders);
    }

    /** The order of the container {@code source} belongs to, when its dates agree on one. */
    Optional<RecordDates.Order> of(String source) {
        return Optional.ofNullable(orders.get(container(source)));
    }

    static String container(String source) {
        int hash = source.lastIndexOf('#');
        return hash > 0 ? source.substring(0, hash) : source;
    }

    /** Counts the orders the records' date fields show; not thread-safe, fed in one thread. */
    public static final class Tally {
        private final Map<String, int[]> votes = new HashMap<>();

        public void add(RawArticle article) {
            Map<String, String> fields = article.origin().fields();
            for (String name : SourceMetadata.DATE_FIELDS) {
                String v = fields.get(name);
                if (v != null) {
                    RecordDates.orderShown(v).ifPresent(o -> votes.computeIfAbsent(container(article.source()),
                            k -> new int[2])[o.ordinal()]++);
                }
            }
        }

        public DateOrders orders() {
            Map<String, RecordDates.Order> out = new HashMap<>();
            votes.forEach((file, v) -> {
                int monthFirst = v[RecordDates.Order.MONTH_FIRST.ordinal()];
                int dayFirst = v[RecordDates.Order.DAY_FIRST.ordinal()];
                if (monthFirst > 0 && dayFirst == 0) {
                    out.put(file, RecordDates.Order.MONTH_FIRST);
                } else if (dayFirst > 0 && monthFirst == 0) {
                    out.put(file, RecordDates.Order.DAY_FIRST);
                }
            });
            return new DateOrders(out);
        }
    }
}
