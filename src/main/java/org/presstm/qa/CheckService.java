package org.presstm.qa;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.presstm.align.Aligner;
import org.presstm.glossary.Glossary;
import org.presstm.io.TextFiles;
import org.presstm.lang.Language;
import org.presstm.segment.Segmenters;
import org.presstm.tm.Memory;

/**
 * The check command's one entry: reads the target (a package, a release, the memory), runs the selected
 * checks with the context, and returns the report. Not thread-safe (each call builds its own checks).
 */
public final class CheckService {
    private final CheckContext context;
    private final List<String> selected;

    /** @param selected check ids or categories to run; empty for all */
    public CheckService(CheckContext context, List<String> selected) {
        this.context = context;
        this.selected = List.copyOf(selected);
        Checks.select(context, selected);
    }

    /** A translated XLIFF file, package folder or package zip. */
    public Report checkPackage(Path target) {
        List<ParallelSegment> segments = XliffInput.read(target);
        return run("package " + target, SegmentSource.of(segments));
    }

    /** A release in two or three languages, aligned on the fly. */
    public Report checkRelease(Map<Language, Path> files) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        files.forEach((lang, file) -> texts.put(lang, TextFiles.readUtf8(file)));
        Aligner aligner = new Aligner(context.glossary().map(Glossary::matcher).orElse(null));
        List<ParallelSegment> segments = new ReleaseInput(new Segmenters(), aligner)
                .segments(releaseName(files), texts);
        List<String> names = new ArrayList<>();
        files.values().forEach(p -> names.add(p.toString()));
        return run("release " + String.join(", ", names), SegmentSource.of(segments));
    }

    /** Every unit of the memory, read twice at most, never held whole. */
    public Report checkMemory(Memory memory, String name, Language source) {
        return run("memory " + name, new MemoryInput(memory, source));
    }

    public Report run(String title, SegmentSource segments) {
        return new CheckRunner(Checks.select(context, selected)).run(title, segments);
    }

    /** The folder the release's files share ("2026-03-12_estonia"), else the first file's name. */
    static String releaseName(Map<Language, Path> files) {
        Path first = files.values().iterator().next().toAbsolutePath();
        Path folder = first.getParent();
        boolean shared = folder != null && files.values().stream()
                .allMatch(p -> folder.equals(p.toAbsolutePath().getParent()));
        return shared && folder.getFileName() != null ? folder.getFileName().toString() : first.getFileName().toString();
    }
}
