// Stanford CoreNLP's quote attribution over a folder of texts, written as TSV for
// `echotrace eval attribution-quotes --predicted FILE`. A baseline run beside Echotrace (CoreNLP is
// GPL): never compiled into the project; scripts/baselines/corenlp-quotes.sh fetches CoreNLP from
// Maven Central and runs this file with the Java source launcher.
//
// Output, one line per quote: article name, quote begin, quote end (character offsets into the
// text), speaker mention begin, end (-1 when none), the canonical speaker (may be empty).

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

public class CoreNlpQuotes {
    public static void main(String[] args) throws Exception {
        Path texts = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
        props.setProperty("coref.algorithm", "statistical");
        props.setProperty("quote.attributeQuotes", "true");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.useSUTime", "false");
        StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
        List<Path> files;
        try (Stream<Path> s = Files.list(texts)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        long started = System.nanoTime();
        long cpu0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            for (Path f : files) {
                String name = f.getFileName().toString().replaceFirst("\\.txt$", "");
                Annotation doc = new Annotation(Files.readString(f, StandardCharsets.UTF_8));
                pipeline.annotate(doc);
                List<CoreMap> quotes = doc.get(CoreAnnotations.QuotationsAnnotation.class);
                for (CoreMap q : quotes == null ? List.<CoreMap>of() : quotes) {
                    int begin = q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                    int end = q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                    int mb = -1;
                    int me = -1;
                    Integer tb = q.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class);
                    Integer te = q.get(QuoteAttributionAnnotator.MentionEndAnnotation.class);
                    List<edu.stanford.nlp.ling.CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
                    if (tb != null && te != null && tb >= 0 && te < tokens.size()) {
                        mb = tokens.get(tb).beginPosition();
                        me = tokens.get(te).endPosition();
                    }
                    String speaker = q.get(QuoteAttributionAnnotator.CanonicalMentionAnnotation.class);
                    w.println(name + "\t" + begin + "\t" + end + "\t" + mb + "\t" + me + "\t"
                            + (speaker == null ? "" : speaker.replaceAll("\\s+", " ")));
                }
                System.err.println(name + ": " + (quotes == null ? 0 : quotes.size()) + " quotes");
            }
        }
        double wall = (System.nanoTime() - started) / 1e9;
        double cpu = (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0) / 1e9;
        System.err.printf("corenlp: %d articles in %.1f s wall, %.1f s CPU of the main thread (%.2f articles/s)%n",
                files.size(), wall, cpu, files.size() / wall);
    }
}
