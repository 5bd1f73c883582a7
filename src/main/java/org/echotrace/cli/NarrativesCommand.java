package org.echotrace.cli;

import org.echotrace.cluster.NarrativeOverride;
import org.echotrace.store.DuplicateTable;
import org.echotrace.store.NarrativeRow;
import org.echotrace.store.NarrativeTable;
import org.echotrace.store.StoreConnection;
import org.echotrace.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * {@code echotrace narratives}: lists the store's narratives; {@code pin}, {@code unpin},
 * {@code rename}, {@code merge}, {@code split} and {@code show} record an analyst's decision
 * (applied by the next run) or print one narrative.
 */
@Command(name = "narratives", mixinStandardHelpOptions = true,
        description = "Lists narratives (id, label, articles, outlets, first and last seen); subcommands record analyst overrides.",
        subcommands = {NarrativesCommand.Pin.class, NarrativesCommand.Unpin.class, NarrativesCommand.Rename.class,
                NarrativesCommand.Merge.class, NarrativesCommand.Split.class, NarrativesCommand.Show.class})
final class NarrativesCommand implements Callable<Integer> {
    @Mixin
    StoreOption store = new StoreOption();

    @Override
    public Integer call() {
        List<NarrativeRow> rows = withTable(store, NarrativeTable::list);
        if (rows.isEmpty()) {
            System.out.println("no narratives in " + store.store + " yet (they are formed when analyze stores claims)");
            return 0;
        }
        System.out.printf("%-10s %8s %6s  %-10s %-10s  %-30s  %s%n", "id", "articles", "claims", "first", "last", "outlets", "label");
        for (NarrativeRow r : rows) {
            String id = r.parent().isPresent() ? "  " + r.id() : r.id() + (r.pinned() ? "*" : "");
            System.out.printf("%-10s %8d %6d  %-10s %-10s  %-30s  %s%n", id, r.articles(), r.claims(),
                    r.firstSeen().map(Object::toString).orElse("-"), r.lastSeen().map(Object::toString).orElse("-"),
                    cut(String.join(", ", r.outlets()), 30), cut(r.label(), 100));
        }
        return 0;
    }

    static <T> T withTable(StoreOption store, Function<NarrativeTable, T> action) {
        try (Connection c = StoreConnection.open(store.store)) {
            return action.apply(new NarrativeTable(c).create());
        } catch (SQLException e) {
            throw new StoreException("cannot close the store at " + store.store + ": " + e.getMessage(), e);
        }
    }

    /** Records an override after checking that the narratives it names are live ones. */
    static int record(StoreOption store, NarrativeOverride o, List<String> ids) {
        return withTable(store, t -> {
            List<String> live = t.list().stream().map(NarrativeRow::id).toList();
            for (String id : ids) {
                if (!live.contains(id)) {
                    System.err.println("echotrace: no live narrative '" + id + "' in " + store.store + " (see 'echotrace narratives')");
                    return 2;
                }
            }
            NarrativeOverride saved = t.record(o);
            System.out.println("recorded override " + saved.seq() + "; the next analyze applies it");
            return 0;
        });
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }

    @Command(name = "pin", mixinStandardHelpOptions = true, description = "Keeps a narrative as it is: no new claims, no merges.")
    static final class Pin implements Callable<Integer> {
        @Mixin
        StoreOption store = new StoreOption();
        @Parameters(paramLabel = "ID")
        String id;

        @Override
        public Integer call() {
            return record(store, new NarrativeOverride.Pin(0, id), List.of(id));
        }
    }

    @Command(name = "unpin", mixinStandardHelpOptions = true, description = "Lets a pinned narrative grow and merge again.")
    static final class Unpin implements Callable<Integer> {
        @Mixin
        StoreOption store = new StoreOption();
        @Parameters(paramLabel = "ID")
        String id;

        @Override
        public Integer call() {
            return record(store, new NarrativeOverride.Unpin(0, id), List.of(id));
        }
    }

    @Command(name = "rename", mixinStandardHelpOptions = true, description = "Gives a narrative the label it keeps from then on.")
    static final class Rename implements Callable<Integer> {
        @Mixin
        StoreOption store = new StoreOption();
        @Parameters(index = "0", paramLabel = "ID")
        String id;
        @Parameters(index = "1", paramLabel = "LABEL")
        String label;

        @Override
        public Integer call() {
            if (label.isBlank()) {
                System.err.println("echotrace: a label cannot be blank");
                return 2;
            }
            return record(store, new NarrativeOverride.Rename(0, id, label.strip()), List.of(id));
        }
    }

    @Command(name = "merge", mixinStandardHelpOptions = true, description = "Moves the claims of B into A; B is retired (lineage keeps it).")
    static final class Merge implements Callable<Integer> {
        @Mixin
        StoreOption store = new StoreOption();
        @Parameters(index = "0", paramLabel = "A")
        String into;
        @Parameters(index = "1", paramLabel = "B")
        String from;

        @Override
        public Integer call() {
            if (into.equals(from)) {
                System.err.println("echotrace: merge needs two different narratives");
                return 2;
            }
            return record(store, new NarrativeOverride.Merge(0, into, from), List.of(into, from));
        }
    }

    @Command(name = "split", mixinStandardHelpOptions = true,
            description = "Moves the given claims (ARTICLE#INDEX, as in 'narratives show') of a narrative into a new one, kept apart.")
    static final class Split implements Callable<Integer> {
        @Mixin
        StoreOption store = new StoreOption();
        @Parameters(index = "0", paramLabel = "ID")
        String id;
        @Parameters(index = "1..*", arity = "1..*", paramLabel = "CLAIM")
        List<String> claims;

        @Override
        public Integer call() {
            return record(store, new NarrativeOverride.Split(0, id, claims), List.of(id));
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Prints one narrative as JSON: members, provenance, timeline, near-duplicate pairs of its claims.")
    static final class Show implements Callable<Integer> {
        @Mixin
        StoreOption store = new StoreOption();
        @Parameters(paramLabel = "ID")
        String id;

        @Override
        public Integer call() {
            Optional<String> json;
            try (Connection c = StoreConnection.open(store.store)) {
                json = new NarrativeTable(c).create().details(id)
                        .map(d -> NearDuplicateJson.attach(d, new DuplicateTable(c).create().ofNarrative(id)));
            } catch (SQLException e) {
                throw new StoreException("cannot close the store at " + store.store + ": " + e.getMessage(), e);
            }
            if (json.isEmpty()) {
                System.err.println("echotrace: no narrative '" + id + "' in " + store.store);
                return 2;
            }
            System.out.println(json.get());
            return 0;
        }
    }
}
