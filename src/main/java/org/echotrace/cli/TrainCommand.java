package org.echotrace.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Parent of the commands that train the models the project ships; each writes its own model file. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Trains a model the project ships, from a dataset in its published layout.",
        subcommands = {
                TrainTechniquesCommand.class,
        })
final class TrainCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name what to train");
    }
}
