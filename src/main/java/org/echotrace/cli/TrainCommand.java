package org.echotrace.cli;

import picocli.CommandLine.Command;

/** Trains the project's own models from data in {
        TrainEntitiesCommand.class, TrainTechniquesCommand.class})
final class TrainCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name what to train: entities");
    }
}
