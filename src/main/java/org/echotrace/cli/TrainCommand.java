package org.echotrace.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Trains the project's own models from data in {@code ../shared/data}; each model is a subcommand. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Trains a model of ours on real data and writes it where the build ships it from.",
        subcommands = {
                TrainEntitiesCommand.class,
                TrainTechniquesCommand.class,
                TrainNarrativesCommand.class,
                TrainAttributionCommand.class,
        })
final class TrainCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name what to train: entities, techniques or narratives");
    }
}
