package io.github.qacatalog.cli;

import picocli.CommandLine.Command;

/** The top command: it only holds the commands that do something, so naming none is a usage error. */
@Command(name = "qacatalog", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Checks and exports question files with the qacatalog processor's own stages and messages,"
        + " evaluates models on them, and serves a run's report for grading by hand.",
    subcommands = {CheckCommand.class, ExportCommand.class, EvalCommand.class, ReviewCommand.class})
final class QaCatalogCommand {
}
