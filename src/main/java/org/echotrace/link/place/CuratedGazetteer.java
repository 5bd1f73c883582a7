package org.echotrace.link.place;

import org.echotrace.model.GeoPrecision;
import org.echotrace.model.Place;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Our own gazetteer ({@code curated-places.tsv}): zones, bases, camps, ranges, regions and
 * countries that cities500 lacks, each with coordinates, a precision and a note on how far to
 * trust them. Read once from the classpath.
 */
final class CuratedGazetteer {
    static final String RESOURCE = "curated-places.tsv";
    private static final CuratedGazetteer INSTANCE = load(RESOURCE);

    private final Map<String, List<Candidate>> exact;
    private final Map<String, List<Candidate>> skeleton;

    private CuratedGazetteer(Map<String, List<Candidate>> exact, Map<String, List<Candidate>> skeleton) {
        this.exact = exact;
        this.skeleton = skeleton;
    }

    static CuratedGazetteer get() {
        return INSTANCE;
    }

    List<Candidate> exact(String key) {
        return exact.getOrDefault(key, List.of());
    }

    List<Candidate> skeleton(String skeletonKey) {
        return skeleton.getOrDefault(skeletonKey, List.of());
    }

    static CuratedGazetteer load(String resource) {
        try (InputStream in = CuratedGazetteer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("curated gazetteer " + resource + " is not on the classpath");
            }
            return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("reading curated gazetteer " + resource, e);
        }
    }

    /** Parses the TSV layout; a malformed row fails with its line number, since the file is ours. */
    static CuratedGazetteer parse(String source, String tsv) {
        Map<String, List<Candidate>> exact = new TreeMap<>();
        Map<String, List<Candidate>> skeleton = new TreeMap<>();
        String[] lines = tsv.split("\n");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = lines[n].split("\t", -1);
            if (f.length != 9) {
                throw new IllegalArgumentException(source + ":" + (n + 1) + ": expected 9 tab-separated columns, found "
                        + f.length);
            }
            Place p;
            try {
                p = new Place("curated:" + f[0], f[1], Double.parseDouble(f[3]), Double.parseDouble(f[4]),
                        GeoPrecision.valueOf(f[5]), optional(f[6]), optional(f[7]));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ":" + (n + 1) + ": " + e.getMessage(), e);
            }
            Candidate c = new Candidate(p, 0, true, "CURATED");
            List<String> names = new ArrayList<>(List.of(f[2].split("\\|")));
            names.add(f[1]);
            for (String name : names) {
                String key = PlaceNames.key(name);
                if (key.isEmpty()) {
                    continue;
                }
                add(exact, key, c);
                if (p.precision() != GeoPrecision.COUNTRY && p.country().filter(Gazetteer.TRANSLITERATED::contains).isPresent()) {
                    // Spelling variants are for names transliterated from Arabic script ("At Tanf"):
                    // "Qadira" is no variant of Ecuador, "Kerran" none of Kerala
                    add(skeleton, PlaceNames.skeleton(key), c);
                }
            }
        }
        return new CuratedGazetteer(exact, skeleton);
    }

    private static void add(Map<String, List<Candidate>> map, String key, Candidate c) {
        List<Candidate> list = map.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (!list.contains(c)) {
            list.add(c);
        }
    }

    private static Optional<String> optional(String s) {
        return s.isBlank() ? Optional.empty() : Optional.of(s.strip());
    }
}
