package org.presstm.cli;

import picocli.CommandLine.Command;

/** {@code presstm glossary ...}: term bases, term lookup and term scanning. */
@Command(name = "glossary", mixinStandardHelpOptions = true,
        description = {"Term bases in az, en and ru: look up, scan texts, import, export, add, transliterate.",
                "Every command uses all term bases in <project>/glossaries/ unless --glossary names others."},
        subcommands = {GlossaryLookupCommand.class, GlossaryScanCommand.class, GlossaryImportCommand.class,
                GlossaryExportCommand.class, GlossaryAddCommand.class, GlossaryTransliterateCommand.class})
final class GlossaryCommand {
}
