package org.presstm.cli;

import java.nio.file.Path;

import picocli.CommandLine.Model.CommandSpec;

/**
 * Where a project keeps its files (README "Project layout"): the memory in {@code tm/memory.db}, term bases in
 * {@code glossaries/}, the record of packages made in {@code packages/}. Every command resolves them here, so the
 * layout is written down once.
 */
final class ProjectLayout {
    private ProjectLayout() {
    }

    /** The folder given by {@code --project} on the top command, or the working folder. */
    static Path project(CommandSpec spec) {
        return spec.root().userObject() instanceof PresstmCommand top ? top.project : Path.of(".");
    }

    /** The memory file: the one a {@code --tm} option names, else the project's. */
    static Path memory(CommandSpec spec, Path explicit) {
        return explicit != null ? explicit : memory(project(spec));
    }

    static Path memory(Path project) {
        return project.resolve("tm").resolve("memory.db");
    }

    static Path glossaries(Path project) {
        return project.resolve("glossaries");
    }

    static Path packages(Path project) {
        return project.resolve("packages");
    }
}
