package org.echotrace.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.echotrace.eval.EntityEvaluation;
import org.echotrace.extract.entity.ConllReader;
import org.echotrace.extract.entity.DocumentSplit;
import org.echotrace.extract.entity.EntityModel;
import org.echotrace.extract.entity.EntityTagger;
import org.echotrace.extract.entity.LabelledDocument;
import org.echotrace.extract.entity.NamePatterns;
import org.echotrace.model.EntityType;
import org.echotrace.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code echotrace eval entities}: entity-level P/R/F1 on a CoNLL-format file, as conlleval computes it. */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = "Scores the entity tagger on a CoNLL-format file (conlleval's P/R/F1, overall and per type).")
final class EvalEntitiesCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, paramLabel = "FILE",
            description = "A CoNLL-format file: word first, IOB tag last; -DOCSTART- between documents.")
    Path data;

    @Option(names = "--part", defaultValue = "all",
            description = "all, or held-out / train: the seeded split by document that training uses (default: ${DEFAULT-VALUE}).")
    String part;

    @Option(names = "--seed", defaultValue = "" + DocumentSplit.DEFAULT_SEED, description = "Seed of the split (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--types", split = ",", description = "Score only these types (PERSON, ORGANISATION, PLACE, MISC); default all.")
    List<EntityType> types;

    @Option(names = "--model", paramLabel = "FILE", description = "A model file instead of the shipped one.")
    Path model;

    @Option(names = "--conll-conventions",
            description = "Trim gold entities to CoNLL's conventions first (re3d: no pronoun entities, no lower-case edge words).")
    boolean conllConventions;

    @Option(names = "--no-patterns", description = "The trained model alone, without name patterns and gazetteer.")
    boolean noPatterns;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(data)) {
            throw new StoreException("no CoNLL file at " + data);
        }
        List<LabelledDocument> docs;
        try {
            docs = EntityEvaluation.part(ConllReader.read(data), part, seed);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), e.getMessage());
        }
        EntityModel m = model != null ? EntityModel.read(model) : EntityModel.bundled();
        EntityTagger tagger = new EntityTagger(m, noPatterns ? NamePatterns.none() : NamePatterns.standard());
        EnumSet<EntityType> kept = types == null || types.isEmpty() ? EnumSet.allOf(EntityType.class) : EnumSet.copyOf(types);
        String name = data.getFileName() + (part.equals("all") ? "" : " (" + part + ", seed " + seed + ")");
        Map<String, Object> metrics = EntityEvaluation.run(name + (conllConventions ? " (CoNLL conventions)" : ""), docs, tagger, kept,
                conllConventions, System.err);
        System.out.println(new ObjectMapper().writeValueAsString(metrics));
        return 0;
    }
}
