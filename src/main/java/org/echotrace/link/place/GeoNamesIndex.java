package org.echotrace.link.place;

import org.echotrace.model.GeoPrecision;
import org.echotrace.model.Place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * GeoNames cities500 in memory: about 200,000 towns in parallel arrays and three sorted {@code long[]}
 * indexes from name keys (exact and skeleton, {@link PlaceNames}; far aliases, {@link AliasNames}) to
 * towns. Loaded once, at first use, from the file {@link GeoNamesCompiler} wrote under
 * {@code target/classes}.
 *
 * <p>Design decision: an index entry packs a 46-bit hash of the key and an 18-bit town number into
 * one {@code long}, so the whole index is three primitive arrays (about 9 MB) searched by binary
 * search, instead of a map of 570,000 strings (over 60 MB). A false hit needs a 46-bit collision:
 * about one lookup in a hundred million.
 */
final class GeoNamesIndex {
    static final String RESOURCE = "cities500.tsv.gz";
    private static final int ID_BITS = 18;
    private static final long ID_MASK = (1L << ID_BITS) - 1;

    private static volatile GeoNamesIndex instance;

    private final int[] geonameId;
    private final String[] name;
    private final double[] lat;
    private final double[] lon;
    private final String[] featureCode;
    private final String[] country;
    private final String[] region;
    private final int[] population;
    private final long[] exact;
    private final long[] skeleton;
    private final long[] aliases;

    private GeoNamesIndex(int[] geonameId, String[] name, double[] lat, double[] lon, String[] featureCode,
                          String[] country, String[] region, int[] population, long[] exact, long[] skeleton,
                          long[] aliases) {
        this.geonameId = geonameId;
        this.name = name;
        this.lat = lat;
        this.lon = lon;
        this.featureCode = featureCode;
        this.country = country;
        this.region = region;
        this.population = population;
        this.exact = exact;
        this.skeleton = skeleton;
        this.aliases = aliases;
    }

    /** The shared index, loaded on first call. */
    static GeoNamesIndex get() {
        GeoNamesIndex i = instance;
        if (i == null) {
            synchronized (GeoNamesIndex.class) {
                i = instance;
                if (i == null) {
                    instance = i = load();
                }
            }
        }
        return i;
    }

    int size() {
        return name.length;
    }

    /** Towns with a name whose exact key is {@code key}. */
    List<Candidate> exact(String key) {
        return candidates(exact, key);
    }

    /** Towns that bear {@code key} as a far alias ({@link AliasNames}): another name, not a spelling of their own. */
    List<Candidate> aliases(String key) {
        return candidates(aliases, key).stream().map(Candidate::asFarAlias).toList();
    }

    /** Towns with a name whose skeleton is {@code skeletonKey} (far aliases are no spelling: not indexed). */
    List<Candidate> skeleton(String skeletonKey) {
        return candidates(skeleton, skeletonKey);
    }

    private List<Candidate> candidates(long[] index, String key) {
        if (key.isEmpty()) {
            return List.of();
        }
        long h = hash(key) << ID_BITS;
        int at = Arrays.binarySearch(index, h);
        if (at < 0) {
            at = -at - 1;
        }
        List<Candidate> out = new ArrayList<>(2);
        int last = -1;
        for (int i = at; i < index.length && (index[i] & ~ID_MASK) == h; i++) {
            int id = (int) (index[i] & ID_MASK);
            if (id != last) {
                out.add(candidate(id));
            }
            last = id;
        }
        return out;
    }

    private Candidate candidate(int i) {
        Place p = new Place("geonames:" + geonameId[i], name[i], lat[i], lon[i], GeoPrecision.SITE,
                Optional.of(country[i]), region[i].isEmpty() ? Optional.empty() : Optional.of(region[i]));
        return new Candidate(p, population[i], false, featureCode[i]);
    }

    /** 46 bits of FNV-1a over the key's characters. */
    static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        return (h ^ (h >>> 29)) & ((1L << (64 - ID_BITS)) - 1);
    }

    private static GeoNamesIndex load() {
        InputStream in = GeoNamesIndex.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("GeoNames index " + RESOURCE + " is not on the classpath: build the project"
                    + " with Maven, which installs gazetteer/node_modules (npm ci) and compiles it");
        }
        Map<String, String> interned = new HashMap<>();
        List<String[]> rows = new ArrayList<>(200_000);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in, 1 << 16),
                StandardCharsets.UTF_8), 1 << 16)) {
            String first = r.readLine();
            if (!GeoNamesCompiler.FORMAT.equals(first)) {
                throw new IllegalStateException("GeoNames index " + RESOURCE + " is of another format (" + first
                        + "); rebuild with Maven to compile it again");
            }
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split("\t", -1);
                if (f.length == 9) {
                    rows.add(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading GeoNames index " + RESOURCE, e);
        }
        int n = rows.size();
        if (n > ID_MASK) {
            throw new IllegalStateException("GeoNames index has " + n + " places, more than " + ID_MASK);
        }
        int[] ids = new int[n];
        String[] names = new String[n];
        double[] lats = new double[n];
        double[] lons = new double[n];
        String[] codes = new String[n];
        String[] countries = new String[n];
        String[] regions = new String[n];
        int[] pops = new int[n];
        int far = countFar(rows);
        long[] exact = new long[countKeys(rows) - far];
        long[] skeleton = new long[exact.length];
        long[] aliases = new long[far];
        int k = 0;
        int a = 0;
        for (int i = 0; i < n; i++) {
            String[] f = rows.get(i);
            ids[i] = Integer.parseInt(f[0]);
            names[i] = f[1];
            lats[i] = Double.parseDouble(f[2]);
            lons[i] = Double.parseDouble(f[3]);
            codes[i] = interned.computeIfAbsent(f[4], s -> s);
            countries[i] = interned.computeIfAbsent(f[5], s -> s);
            regions[i] = interned.computeIfAbsent(f[6], s -> s);
            pops[i] = (int) Math.min(Integer.MAX_VALUE, Long.parseLong(f[7]));
            for (String key : f[8].split("\\|")) {
                if (key.startsWith(GeoNamesCompiler.FAR_ALIAS)) {
                    aliases[a++] = (hash(key.substring(GeoNamesCompiler.FAR_ALIAS.length())) << ID_BITS) | i;
                    continue;
                }
                exact[k] = (hash(key) << ID_BITS) | i;
                skeleton[k] = (hash(PlaceNames.skeleton(key)) << ID_BITS) | i;
                k++;
            }
        }
        Arrays.sort(exact);
        Arrays.sort(skeleton);
        Arrays.sort(aliases);
        return new GeoNamesIndex(ids, names, lats, lons, codes, countries, regions, pops, exact, skeleton, aliases);
    }

    /** Far-alias keys: those that open with the compiler's mark, first in the list or after a "|". */
    private static int countFar(List<String[]> rows) {
        char mark = GeoNamesCompiler.FAR_ALIAS.charAt(0);
        int n = 0;
        for (String[] f : rows) {
            String keys = f[8];
            for (int i = 0; i < keys.length(); i++) {
                if (keys.charAt(i) == mark && (i == 0 || keys.charAt(i - 1) == '|')) {
                    n++;
                }
            }
        }
        return n;
    }

    private static int countKeys(List<String[]> rows) {
        int n = 0;
        for (String[] f : rows) {
            n += 1;
            for (int i = 0; i < f[8].length(); i++) {
                if (f[8].charAt(i) == '|') {
                    n++;
                }
            }
        }
        return n;
    }
}
