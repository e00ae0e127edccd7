package org.presstm.align;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.presstm.InvalidInputException;
import org.presstm.lang.Language;

/**
 * An archive of releases, one folder each ({@code az.txt}, {@code en.txt}, {@code ru.txt}, any of them
 * missing), aligned one after the other. A folder that cannot be read is skipped and named in
 * {@link #skipped()}, so one bad release does not stop an archive. Not thread-safe.
 */
public final class Archive {
    private final ReleaseAligner aligner;
    private final boolean acceptLow;
    private final List<String> skipped = new ArrayList<>();

    /** Told after each release. */
    public interface Progress {
        void step(int done, int total, String name);
    }

    /** Totals over an archive. */
    public record Summary(int releases, int units, int low, long sentences) {
        public double lowShare() {
            return units == 0 ? 0 : low / (double) units;
        }
    }

    public Archive(ReleaseAligner aligner, boolean acceptLow) {
        this.aligner = aligner;
        this.acceptLow = acceptLow;
    }

    public ReleaseAligner aligner() {
        return aligner;
    }

    public boolean acceptLow() {
        return acceptLow;
    }

    /** The release folders under {@code dir} (itself, if it is one), sorted. */
    public static List<Path> folders(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InvalidInputException(dir, 0, "not a folder of releases");
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> out = walk.filter(Files::isDirectory).filter(Archive::isRelease).sorted().toList();
            if (out.isEmpty()) {
                throw new InvalidInputException(dir, 0, "no release folder here (a folder with two of az.txt, "
                        + "en.txt, ru.txt)");
            }
            return out;
        } catch (IOException e) {
            throw new InvalidInputException(dir, 0, "cannot list: " + e.getMessage(), e);
        }
    }

    static boolean isRelease(Path dir) {
        int n = 0;
        for (Language lang : Language.values()) {
            n += Files.isRegularFile(dir.resolve(lang.code() + ".txt")) ? 1 : 0;
        }
        return n >= 2;
    }

    public List<Release> alignAll(List<Path> folders, Progress progress) {
        List<Release> out = new ArrayList<>();
        int done = 0;
        for (Path f : folders) {
            try {
                out.add(aligner.alignFolder(f));
            } catch (InvalidInputException e) {
                skipped.add(e.getMessage());
            }
            progress.step(++done, folders.size(), f.getFileName() == null ? f.toString() : f.getFileName().toString());
        }
        return out;
    }

    /** The folders that were skipped, with the reason. */
    public List<String> skipped() {
        return List.copyOf(skipped);
    }

    public static Summary summarize(List<Release> releases) {
        int units = 0;
        int low = 0;
        long sentences = 0;
        for (Release r : releases) {
            units += r.units().size();
            low += (int) r.lowUnits();
            sentences += r.sentences();
        }
        return new Summary(releases.size(), units, low, sentences);
    }
}
