package org.echotrace.link.cases;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fitted fusion as a small tab-separated text file: {@code weight NAME VALUE} lines for the linear
 * part (by {@link Candidate#FEATURES} name), then per boosted tree a {@code tree} line followed by
 * its nodes, {@code node FEATURE THRESHOLD LEFT RIGHT VALUE} ({@code -} as the feature of a leaf).
 * Lines starting with {@code #} say where the file came from.
 *
 * <p>Design decision: features by name, not position, so a file fitted before a feature was added
 * still reads (the new feature weighs 0 and no tree splits on it), while a file naming a feature
 * the code no longer has is refused with its line.
 */
public final class FusionFile {
    private FusionFile() {
    }

    /** Writes a linear or boosted fusion, with comment lines first. */
    public static void write(Fusion fusion, Path file, List<String> comments) {
        StringBuilder out = new StringBuilder();
        comments.forEach(c -> out.append("# ").append(c).append('\n'));
        LinearFusion linear = fusion instanceof BoostedFusion b ? b.base() : (LinearFusion) fusion;
        List<RegressionTree> trees = fusion instanceof BoostedFusion b ? b.trees() : List.of();
        for (int i = 0; i < Candidate.FEATURES.size(); i++) {
            out.append("weight\t").append(Candidate.FEATURES.get(i)).append('\t').append(linear.weights().get(i)).append('\n');
        }
        for (RegressionTree t : trees) {
            out.append("tree\n");
            for (int i = 0; i < t.nodes(); i++) {
                int f = t.feature()[i];
                out.append("node\t").append(f < 0 ? "-" : Candidate.FEATURES.get(f)).append('\t').append(t.threshold()[i])
                        .append('\t').append(t.left()[i]).append('\t').append(t.right()[i]).append('\t').append(t.value()[i])
                        .append('\n');
            }
        }
        try {
            Files.writeString(file, out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the fusion file " + file, e);
        }
    }

    /** The fusion shipped as a class-path resource beside this class. */
    static Fusion resource(String name) {
        try (InputStream in = FusionFile.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the fitted fusion " + name + " is missing from the class path (rebuild: "
                        + "echotrace eval claim-matching --fit --save FILE)");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the fitted fusion " + name, e);
        }
    }

    /**
     * @param source the file's name, for messages
     * @throws IllegalArgumentException naming the source and line of anything malformed
     */
    static Fusion parse(String text, String source) {
        Map<String, Double> weights = new LinkedHashMap<>();
        List<RegressionTree> trees = new ArrayList<>();
        List<String[]> nodes = null;
        String[] lines = text.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            String where = source + ":" + (n + 1);
            try {
                switch (f[0]) {
                    case "weight" -> {
                        expect(f, 3, where);
                        known(f[1], where);
                        weights.put(f[1], Double.parseDouble(f[2]));
                    }
                    case "tree" -> {
                        if (nodes != null) {
                            trees.add(tree(nodes, where));
                        }
                        nodes = new ArrayList<>();
                    }
                    case "node" -> {
                        expect(f, 6, where);
                        if (nodes == null) {
                            throw new IllegalArgumentException(where + ": a node before any 'tree' line");
                        }
                        if (!f[1].equals("-")) {
                            known(f[1], where);
                        }
                        nodes.add(f);
                    }
                    default -> throw new IllegalArgumentException(where + ": expected weight, tree or node, found '" + f[0] + "'");
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(where + ": not a number (" + e.getMessage() + ")", e);
            }
        }
        if (nodes != null) {
            trees.add(tree(nodes, source + ":" + lines.length));
        }
        LinearFusion linear = LinearFusion.of(weights);
        return trees.isEmpty() ? linear : new BoostedFusion(linear, trees);
    }

    private static RegressionTree tree(List<String[]> nodes, String where) {
        int n = nodes.size();
        if (n == 0) {
            throw new IllegalArgumentException(where + ": a tree without nodes");
        }
        int[] feature = new int[n];
        double[] threshold = new double[n];
        int[] left = new int[n];
        int[] right = new int[n];
        double[] value = new double[n];
        for (int i = 0; i < n; i++) {
            String[] f = nodes.get(i);
            feature[i] = f[1].equals("-") ? -1 : Candidate.FEATURES.indexOf(f[1]);
            threshold[i] = Double.parseDouble(f[2]);
            left[i] = Integer.parseInt(f[3]);
            right[i] = Integer.parseInt(f[4]);
            value[i] = Double.parseDouble(f[5]);
        }
        try {
            return new RegressionTree(feature, threshold, left, right, value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    private static void expect(String[] f, int fields, String where) {
        if (f.length != fields) {
            throw new IllegalArgumentException(where + ": expected " + fields + " tab-separated fields, found " + f.length);
        }
    }

    private static void known(String feature, String where) {
        if (!Candidate.FEATURES.contains(feature)) {
            throw new IllegalArgumentException(where + ": no feature '" + feature + "' (known: " + Candidate.FEATURES + ")");
        }
    }
}
