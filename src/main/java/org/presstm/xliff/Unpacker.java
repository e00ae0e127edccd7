package org.presstm.xliff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.presstm.InvalidInputException;
import org.presstm.PresstmException;
import org.presstm.lang.Language;
import org.presstm.tm.Memory;
import org.presstm.tm.TaggedText;

/**
 * Takes translations back ({@code presstm unpack}): reads each returned XLIFF (a lone file, or every XLIFF
 * in a returned ZIP), finds its package, checks it ({@link ReturnCheck}), writes the translated release in
 * its original format ({@link ReleaseMerger}) and imports the confirmed segments into the memory
 * ({@link MemoryImport}) in one transaction. All checks run before anything is written, and every problem
 * found is reported; a failed unpack leaves the memory unchanged. Not thread-safe.
 */
public final class Unpacker {
    private final Memory memory;

    public Unpacker(Memory memory) {
        this.memory = memory;
    }

    public UnpackResult unpack(UnpackRequest request) {
        if (request.input().getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            Path tmp = tempDir();
            try {
                List<Path> files = PackageZip.unzip(request.input(), tmp);
                return unpack(request, xliffs(request.input(), files));
            } finally {
                deleteTree(tmp);
            }
        }
        return unpack(request, List.of(request.input()));
    }

    private UnpackResult unpack(UnpackRequest request, List<Path> xliffs) {
        List<ReturnedFile> files = xliffs.stream().map(ReturnedFiles::read).toList();
        ReturnedFile first = files.get(0);
        String id = first.packageId().orElseThrow(() -> new InvalidInputException(first.file(), 0,
                "the file carries no presstm package id; was it made by presstm pack? nothing imported"));
        PackageLocator.Found found = PackageLocator.locate(first.file(), id, request.registry());
        Manifest m = found.manifest();
        Path original = PackageLocator.inside(found.folder(), m.original());
        List<SourceUnit> units = OriginalRelease.units(original, m);
        Map<String, SourceSegment> sources = new LinkedHashMap<>();
        units.forEach(u -> u.segments().forEach(s -> sources.put(s.name(), s)));

        Map<Language, Map<String, ReturnCheck.Checked>> checked = new LinkedHashMap<>();
        Map<Language, ReturnedFile> byLanguage = new LinkedHashMap<>();
        for (ReturnedFile f : files) {
            ReturnProblems problems = new ReturnProblems(f.file());
            Language target = ReturnCheck.language(f, m, problems);
            Map<String, ReturnCheck.Checked> segments = ReturnCheck.segments(f, m, sources, request.states(),
                    problems);
            if (target != null && byLanguage.putIfAbsent(target, f) != null) {
                problems.add(0, "a second file for " + target + " (the first: " + byLanguage.get(target).file() + ")");
            }
            problems.throwIfAny();
            checked.put(target, segments);
        }
        return finish(request, m, original, units, sources, checked, byLanguage);
    }

    private UnpackResult finish(UnpackRequest request, Manifest m, Path original, List<SourceUnit> units,
            Map<String, SourceSegment> sources, Map<Language, Map<String, ReturnCheck.Checked>> checked,
            Map<Language, ReturnedFile> files) {
        createDirectories(request.outDir());
        List<UnpackResult.LanguageResult> results = new ArrayList<>();
        for (Map.Entry<Language, Map<String, ReturnCheck.Checked>> e : checked.entrySet()) {
            Map<String, TaggedText> texts = new LinkedHashMap<>();
            e.getValue().forEach((name, c) -> texts.put(name, c.target()));
            Path out = request.outDir().resolve(m.header().release() + "." + e.getKey().code() + "."
                    + m.format().extension());
            int untranslated = ReleaseMerger.merge(m, original, units, texts, e.getKey(), out);
            int confirmed = (int) e.getValue().values().stream().filter(ReturnCheck.Checked::confirmed).count();
            results.add(new UnpackResult.LanguageResult(e.getKey(), files.get(e.getKey()).file(), sources.size(),
                    confirmed, untranslated, out));
        }
        MemoryImport.Outcome imported = new MemoryImport(memory, m, request).run(sources, checked);
        return new UnpackResult(m, results, imported.added(), imported.merged());
    }

    /** The XLIFF files of an unzipped package, outside its original/ folder. */
    private static List<Path> xliffs(Path zip, List<Path> files) {
        List<Path> out = files.stream()
                .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(xlf|xliff)$"))
                .filter(f -> !f.getParent().getFileName().toString().equals(PackageWriter.ORIGINAL_DIR))
                .sorted().toList();
        if (out.isEmpty()) {
            throw new InvalidInputException(zip, 0, "no .xlf or .xliff file in the ZIP; nothing imported");
        }
        return out;
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("presstm-unpack");
        } catch (IOException e) {
            throw new PresstmException("cannot create a temporary folder: " + e.getMessage(), e);
        }
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new PresstmException("cannot create " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary folder left behind costs disk space, not correctness; say so rather than hide it
            System.getLogger(Unpacker.class.getName()).log(System.Logger.Level.WARNING,
                    "cannot delete temporary folder " + dir + ": " + e.getMessage());
        }
    }
}
