package org.echotrace.cluster;

import org.echotrace.model.ClaimKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Describes a group of claims as a {@link Narrative}: centre, representative, terms, who and when, provenance. */
final class NarrativeDescriber {
    private final KeyTerms keyTerms;

    NarrativeDescriber(List<ClaimPoint> corpus) {
        this.keyTerms = new KeyTerms(corpus);
    }

    /** The unit centre of a group: its normalised vector sum. */
    static float[] centroid(List<ClaimPoint> members) {
        float[] sum = new float[members.get(0).vector().length];
        for (ClaimPoint p : members) {
            for (int d = 0; d < sum.length; d++) {
                sum[d] += p.vector()[d];
            }
        }
        double norm = Math.sqrt(VectorNeighbours.dot(sum, sum));
        for (int d = 0; d < sum.length; d++) {
            sum[d] = (float) (norm == 0 ? 0 : sum[d] / norm);
        }
        return sum;
    }

    /** "that" opening a reported claim's content, before two words or more. */
    private static final Pattern COMPLEMENTISER = Pattern.compile("^that\\s+(?=\\S+\\s+\\S)");

    /**
     * A narrative's label when it is first seen: its medoid claim as a reader would quote it
     * ({@link ClaimPoint#statement}). A reported claim's content opens with its complementiser ("that
     * the US-controlled areas ... were used to ..."), which a label drops; a label opens with a capital.
     */
    static String label(List<ClaimPoint> sortedMembers) {
        return asStatement(medoid(sortedMembers).statement());
    }

    static String asStatement(String text) {
        String t = text.strip();
        Matcher m = COMPLEMENTISER.matcher(t);
        if (m.find()) {
            t = t.substring(m.end());
        }
        int first = t.isEmpty() ? 'A' : t.codePointAt(0);
        if (Character.isLowerCase(first)) {
            t = new String(Character.toChars(Character.toUpperCase(first))) + t.substring(Character.charCount(first));
        }
        return t;
    }

    /** The member closest to the centre; ties go to the smaller key. */
    static ClaimPoint medoid(List<ClaimPoint> sortedMembers) {
        float[] c = centroid(sortedMembers);
        ClaimPoint best = sortedMembers.get(0);
        double bestSim = Double.NEGATIVE_INFINITY;
        for (ClaimPoint p : sortedMembers) {
            double s = VectorNeighbours.dot(p.vector(), c);
            if (s > bestSim + 1e-9) {
                best = p;
                bestSim = s;
            }
        }
        return best;
    }

    Narrative describe(String id, Optional<String> parent, String label, List<ClaimPoint> members,
                       List<String> children, boolean pinned) {
        List<ClaimPoint> sorted = members.stream().sorted(ClaimPoint.BY_KEY).toList();
        float[] c = centroid(sorted);
        ClaimPoint rep = medoid(sorted);
        List<Narrative.Member> ms = new ArrayList<>();
        TreeSet<String> articles = new TreeSet<>();
        TreeSet<String> outlets = new TreeSet<>();
        TreeSet<String> places = new TreeSet<>();
        NameTally speakers = new NameTally();
        NameTally originators = new NameTally();
        NameTally relays = new NameTally();
        NameTally amplifiers = new NameTally();
        NameTally evidence = new NameTally();
        TreeMap<String, Integer> timeline = new TreeMap<>();
        int relayed = 0;
        int own = 0;
        for (ClaimPoint p : sorted) {
            ms.add(new Narrative.Member(p.key(), Math.round(VectorNeighbours.dot(p.vector(), c) * 1e4) / 1e4));
            articles.add(p.articleId());
            if (!p.outlet().isBlank()) {
                outlets.add(p.outlet());
                amplifiers.add(p.outlet());
            }
            places.addAll(p.places());
            Originators.speaker(p).ifPresent(speakers::add);
            List<String> origin = Originators.of(p);
            origin.forEach(originators::add);
            Originators.relays(p).forEach(relays::add);
            Originators.evidence(p).forEach(evidence::add);
            p.published().ifPresent(d -> timeline.merge(d.toString().substring(0, 7), 1, Integer::sum));
            if (p.kind() == ClaimKind.OWN) {
                own++;
            } else if (!origin.isEmpty()) {
                relayed++;
            }
        }
        ClaimPoint first = sorted.stream().min(Comparator.comparing((ClaimPoint p) -> p.published().orElse(LocalDate.MAX))
                .thenComparing(ClaimPoint.BY_KEY)).orElseThrow();
        Optional<LocalDate> firstSeen = sorted.stream().flatMap(p -> p.published().stream()).min(Comparator.naturalOrder());
        Optional<LocalDate> lastSeen = sorted.stream().flatMap(p -> p.published().stream()).max(Comparator.naturalOrder());
        Provenance prov = new Provenance(first.articleId(), first.outlet(), first.published(), originators.counts(),
                relays.counts(), amplifiers.counts(), evidence.counts(), relayed, own);
        return new Narrative(id, parent, label, rep.key(), rep.text(), keyTerms.of(sorted), ms, List.copyOf(articles),
                List.copyOf(outlets), speakers.counts().stream().map(NameCount::name).toList(), List.copyOf(places),
                firstSeen, lastSeen, timeline, children, prov, pinned);
    }
}
