package org.echotrace.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecordDatesTest {
    @Test
    void readsWrittenDates() {
        assertEquals(Optional.of("2017-04-05"), RecordDates.written("5 April 2017"));
        assertEquals(Optional.of("2017-04-05"), RecordDates.written("April 5, 2017"));
        assertEquals(Optional.of("2017-04-05"), RecordDates.written("Wed, 05 Apr 2017 10:00:00 GMT"));
        assertEquals(Optional.empty(), RecordDates.written("soon"));
    }

    @Test
    void readsASlashedDateWhenItsNumbersOrTheTextSayTheOrder() {
        assertEquals(Optional.of("2017-04-16"), RecordDates.slashed("4/16/2017", Optional.empty()), "month first");
        assertEquals(Optional.of("2017-04-16"), RecordDates.slashed("16/4/2017", Optional.empty()), "day first");
        assertEquals(Optional.of("2017-04-16"), RecordDates.slashed("2017/04/16", Optional.empty()));
        assertEquals(Optional.of("2017-04-04"), RecordDates.slashed("4/4/2017", Optional.empty()), "both readings agree");
        assertEquals(Optional.of("2017-04-05"), RecordDates.slashed("4/5/2017", Optional.of("2017-04-05")));
        assertEquals(Optional.of("2017-05-04"), RecordDates.slashed("4/5/2017", Optional.of("2017-05-04")));
    }

    @Test
    void leavesOutASlashedDateThatCannotBeToldApart() {
        assertEquals(Optional.empty(), RecordDates.slashed("4/5/2017", Optional.empty()));
        assertEquals(Optional.empty(), RecordDates.slashed("4/5/2017", Optional.of("2016-01-01")));
        assertEquals(Optional.empty(), RecordDates.slashed("13/13/2017", Optional.empty()));
        assertEquals(Optional.empty(), RecordDates.slashed("4/5/17", Optional.empty()));
    }

    @Test
    void anAmbiguousDateIsReadAsTheOtherRecordsOfItsFileWriteTheirs() {
        DateOrders.Tally tally = new DateOrders.Tally();
        tally.add(record("feed.jsonl#1", "4/16/2017"));
        tally.add(record("feed.jsonl#2", "4/5/2017"));
        tally.add(record("mixed.jsonl#1", "4/16/2017"));
        tally.add(record("mixed.jsonl#2", "16/4/2017"));
        DateOrders orders = tally.orders();
        assertEquals(Optional.of(RecordDates.Order.MONTH_FIRST), orders.of("feed.jsonl#7"));
        assertEquals(Optional.empty(), orders.of("mixed.jsonl#3"), "its dates disagree");
        assertEquals(Optional.empty(), orders.of("other.jsonl#1"));
        assertEquals(Optional.of("2017-04-05"), RecordDates.slashed("4/5/2017", orders.of("feed.jsonl#2"), Optional.empty()));
        assertEquals(Optional.of("2017-05-04"), RecordDates.slashed("4/5/2017", Optional.of(RecordDates.Order.DAY_FIRST),
                Optional.of("2017-04-05")), "the file's order is the record's own statement, before the text");
    }

    private static org.echotrace.model.RawArticle record(String source, String date) {
        org.echotrace.model.Origin origin = new org.echotrace.model.Origin(org.echotrace.model.InputFormat.TEXT,
                Optional.empty(), Optional.empty(), java.util.Map.of("date", date), Optional.empty());
        return new org.echotrace.model.RawArticle("id-" + source, source, "Some text.", "UTF-8", java.util.List.of(), origin);
    }
}
