package org.echotrace.extract.event;

import org.echotrace.model.GeoPrecision;
import org.echotrace.model.PlaceMention;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Joins the drafts that tell one event: the same type, dates that agree (or one missing), places
 * that agree (the same entry, one missing, or a region or country holding the other's country), and
 * either told within a few sentences of each other or at the very same place anywhere in the
 * article (a statement quoted twice, in two translations). Two events of one type at one place on
 * different dates stay apart, since their dates disagree. The first telling keeps its evidence;
 * the others fill what it lacks, and a more precise place replaces a vaguer one.
 */
final class EventMerger {
    /** Sentences apart within which a retelling with agreeing fields joins the event. */
    private static final int NEARBY = 3;

    private EventMerger() {
    }

    static List<EventDraft> merge(List<EventDraft> drafts) {
        List<EventDraft> out = new ArrayList<>();
        for (EventDraft d : drafts) {
            EventDraft into = null;
            for (EventDraft e : out) {
                if (same(e, d)) {
                    into = e;
                    break;
                }
            }
            if (into == null) {
                out.add(d);
            } else {
                fill(into, d);
            }
        }
        return out;
    }

    private static boolean same(EventDraft a, EventDraft b) {
        if (a.type != b.type || !agree(a.date.map(x -> x.iso()), b.date.map(x -> x.iso()))) {
            return false;
        }
        if (!placesAgree(a.place, b.place)) {
            return false;
        }
        boolean pinned = a.place.isPresent() && b.place.isPresent()
                && a.place.get().place().id().equals(b.place.get().place().id());
        return pinned || Math.abs(b.sentence - a.sentence) <= NEARBY;
    }

    private static <T> boolean agree(Optional<T> a, Optional<T> b) {
        return a.isEmpty() || b.isEmpty() || a.equals(b);
    }

    private static boolean placesAgree(Optional<PlaceMention> a, Optional<PlaceMention> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return true;
        }
        var pa = a.get().place();
        var pb = b.get().place();
        if (pa.id().equals(pb.id())) {
            return true;
        }
        boolean vague = pa.precision() == GeoPrecision.COUNTRY || pa.precision() == GeoPrecision.REGION
                || pb.precision() == GeoPrecision.COUNTRY || pb.precision() == GeoPrecision.REGION;
        return vague && pa.country().isPresent() && pa.country().equals(pb.country());
    }

    /** The retelling's actor where the first telling had none, or only a generic one ("militants"). */
    private static Optional<String> better(Optional<String> first, Optional<String> retold) {
        if (first.isEmpty() || (first.get().equals(Actors.UNIDENTIFIED) && retold.isPresent())) {
            return retold.isPresent() ? retold : first;
        }
        return first;
    }

    private static void fill(EventDraft into, EventDraft d) {
        if (into.date.isEmpty()) {
            into.date = d.date;
        }
        if (into.place.isEmpty() || (d.place.isPresent()
                && d.place.get().place().precision().ordinal() < into.place.get().place().precision().ordinal())) {
            into.place = d.place.isPresent() ? d.place : into.place;
        }
        if (into.fatalities.isEmpty()) {
            into.fatalities = d.fatalities;
        }
        into.actor1 = better(into.actor1, d.actor1);
        into.actor2 = better(into.actor2, d.actor2);
    }
}
