package org.echotrace.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --store} option shared by every command that reads or writes a store. */
final class StoreOption {
    static final String DEFAULT = "echotrace-data";

    @Option(names = "--store", paramLabel = "DIR", defaultValue = DEFAULT,
            description = "Store folder (default: ${DEFAULT-VALUE} in the current folder).")
    Path store;
}
