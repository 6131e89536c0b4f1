package io.github.qacatalog.cli;

import picocli.CommandLine.Command;

/** The top command: it only holds the two that do something, so naming neither is a usage error. */
@Command(name = "qacatalog", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Checks and exports question files with the qacatalog processor's own stages and messages.",
    subcommands = {CheckCommand.class, ExportCommand.class, ReviewCommand.class})
final class QaCatalogCommand {
}
