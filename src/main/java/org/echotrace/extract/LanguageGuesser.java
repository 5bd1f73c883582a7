package org.echotrace.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Guesses the language of a text from its function words: each language has a short profile of its
 * most frequent words ("the", "und", "что"), and the profile that covers most of the text's words
 * wins. Deterministic and without data files.
 *
 * <p>Design decision: no guess rather than a wrong one. Texts under {@value #MIN_WORDS} words, texts
 * where no profile covers a tenth of the words, and texts where two profiles come close (within
 * a quarter) give nothing. Russian and Ukrainian share many words; letters found in only one of
 * them (ы э ъ / і ї є ґ) count as extra evidence.
 */
public final class LanguageGuesser {
    static final int MIN_WORDS = 12;
    /** Function words are frequent: a few thousand characters decide as well as the whole text. */
    private static final int MAX_CHARS = 6_000;
    private static final double MIN_COVER = 0.10;
    private static final double MIN_LEAD = 1.25;

    private static final Map<String, Set<String>> PROFILES = profiles(Map.ofEntries(
            Map.entry("en", "the of and to in a is that for on with as was by it from at are be this have has had"
                    + " not but an they which he she his her were been their will would said"),
            Map.entry("de", "der die das und ist nicht ein eine mit von zu den dem des sich auf für im auch es als"
                    + " wird wurde werden sind bei nach aus oder aber noch wie sie"),
            Map.entry("fr", "le la les et des est un une du en dans pour que qui pas sur au aux avec par ce cette"
                    + " sont il elle ont été mais ou plus ne se"),
            Map.entry("es", "el la los las y de que en un una es por con para del al se no su sus como más pero fue"
                    + " ha son está este esta lo le"),
            Map.entry("it", "il lo la gli le e di che è un una per con non del della dei delle nel nella sono da al"
                    + " alla ha come anche più ma si"),
            Map.entry("pt", "o a os as e de que em um uma é por com para do da dos das no na não se ao foi são mais"
                    + " mas como pelo pela"),
            Map.entry("nl", "de het een en van is dat in op te niet met voor zijn er aan ook als bij door wordt werd"
                    + " naar maar nog om ze hij"),
            Map.entry("ru", "и в не на с что это как по к из за от для он она они был была были но так же уже или"
                    + " только его ее её о у бы при"),
            Map.entry("uk", "і та що це як не на з у в до від для за про він вона вони був була були але також вже"
                    + " або лише його її ще при"),
            Map.entry("pl", "i w na z nie się do że to jest jak o od po za przez dla ale czy jego jej są był była było"
                    + " oraz także już może"),
            Map.entry("tr", "ve bir bu da de için ile olarak çok daha ne gibi olan ama en kadar sonra değil var yok ki"
                    + " mi şu ise her"),
            Map.entry("ar", "في من على إلى أن عن مع هذا هذه التي الذي كان قد لا ما هو هي ذلك بين كما أو وقد بعد")));

    private static final List<String> LANGS = PROFILES.keySet().stream().sorted().toList();
    /** The profiles inverted, so each word of a text costs one lookup, not one per language. */
    private static final Map<String, int[]> WORD_LANGS = invert();

    private static Map<String, int[]> invert() {
        Map<String, List<Integer>> byWord = new HashMap<>();
        for (int l = 0; l < LANGS.size(); l++) {
            for (String w : PROFILES.get(LANGS.get(l))) {
                byWord.computeIfAbsent(w, k -> new java.util.ArrayList<>()).add(l);
            }
        }
        Map<String, int[]> out = new HashMap<>();
        byWord.forEach((w, ls) -> out.put(w, ls.stream().mapToInt(Integer::intValue).toArray()));
        return Map.copyOf(out);
    }

    private LanguageGuesser() {
    }

    /** The ISO 639-1 code of the text's language, or empty when the text is too short or unclear. */
    public static Optional<String> guess(String text) {
        List<String> words = words(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text);
        if (words.size() < MIN_WORDS) {
            return Optional.empty();
        }
        Map<String, Double> score = new HashMap<>();
        double[] counts = new double[LANGS.size()];
        for (String w : words) {
            int[] langs = WORD_LANGS.get(w);
            if (langs != null) {
                for (int l : langs) {
                    counts[l]++;
                }
            }
        }
        for (int l = 0; l < counts.length; l++) {
            if (counts[l] > 0) {
                score.put(LANGS.get(l), counts[l]);
            }
        }
        cyrillicLetters(words, score);
        String best = null;
        double first = 0;
        double second = 0;
        // Sorted keys: equal scores resolve the same way on every run.
        for (String lang : score.keySet().stream().sorted().toList()) {
            double s = score.get(lang);
            if (s > first) {
                second = first;
                first = s;
                best = lang;
            } else if (s > second) {
                second = s;
            }
        }
        if (best == null || first < MIN_COVER * words.size() || first < MIN_LEAD * second) {
            return Optional.empty();
        }
        return Optional.of(best);
    }

    private static void cyrillicLetters(List<String> words, Map<String, Double> score) {
        int ru = 0;
        int uk = 0;
        for (String w : words) {
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (c == 'ы' || c == 'э' || c == 'ъ') {
                    ru++;
                } else if (c == 'і' || c == 'ї' || c == 'є' || c == 'ґ') {
                    uk++;
                }
            }
        }
        if (ru > 0) {
            score.merge("ru", Math.min(ru, words.size() / 4.0), Double::sum);
        }
        if (uk > 0) {
            score.merge("uk", Math.min(uk, words.size() / 4.0), Double::sum);
        }
    }

    static List<String> words(String text) {
        List<String> out = new java.util.ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < n && (Character.isLetter(text.charAt(i)) || Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK)) {
                i++;
            }
            if (i > s) {
                out.add(text.substring(s, i).toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static Map<String, Set<String>> profiles(Map<String, String> lists) {
        Map<String, Set<String>> out = new HashMap<>();
        lists.forEach((lang, words) -> out.put(lang, Set.of(words.split(" "))));
        return Map.copyOf(out);
    }
}
