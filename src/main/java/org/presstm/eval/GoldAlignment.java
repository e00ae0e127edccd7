package org.presstm.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.presstm.InvalidInputException;
import org.presstm.align.Bead;
import org.presstm.io.TextFiles;
import org.presstm.lang.Language;

/**
 * One gold alignment item of the evaluation corpus: a {@code pair/S-T/} folder holding {@code S.sent} and
 * {@code T.sent} (one unit a line) and {@code gold.beads} (Vecalign's bead format).
 *
 * @param dir    the pair folder
 * @param group  the corpus part it belongs to: the first folder under the root ("ntrex", "releases")
 * @param source the source lines
 * @param target the target lines
 * @param gold   the gold beads
 */
public record GoldAlignment(Path dir, String group, Language sourceLanguage, Language targetLanguage,
        List<String> source, List<String> target, List<Bead> gold) {
    public GoldAlignment {
        source = List.copyOf(source);
        target = List.copyOf(target);
        gold = List.copyOf(gold);
    }

    /** "az-en". */
    public String pair() {
        return sourceLanguage + "-" + targetLanguage;
    }

    /** The folder of the release or story the pair belongs to (holding S.txt and T.txt). */
    public Path item() {
        return dir.getParent().getParent();
    }

    /** Every {@code pair/S-T/} folder under {@code root}, sorted. */
    public static List<GoldAlignment> find(Path root) {
        if (!Files.isDirectory(root)) {
            throw new InvalidInputException(root, 0, "not a folder of gold alignments");
        }
        List<GoldAlignment> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path beads : walk.filter(p -> p.getFileName().toString().equals("gold.beads")).sorted().toList()) {
                Path dir = beads.getParent();
                if (dir.getParent() != null && dir.getParent().getFileName().toString().equals("pair")) {
                    out.add(read(root, dir));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static GoldAlignment read(Path root, Path dir) {
        String[] langs = dir.getFileName().toString().split("-");
        if (langs.length != 2) {
            throw new InvalidInputException(dir, 0, "pair folder name is not S-T (e.g. az-en)");
        }
        Language s = Language.of(langs[0]);
        Language t = Language.of(langs[1]);
        List<Bead> gold = new ArrayList<>();
        Path beads = dir.resolve("gold.beads");
        String[] lines = TextFiles.readUtf8(beads).split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                try {
                    gold.add(Bead.parse(lines[i]));
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException(beads, i + 1, e.getMessage());
                }
            }
        }
        Path rel = root.relativize(dir);
        String group = rel.getNameCount() > 1 ? rel.getName(0).toString() : root.getFileName().toString();
        return new GoldAlignment(dir, group, s, t, lines(dir.resolve(s + ".sent")), lines(dir.resolve(t + ".sent")),
                gold);
    }

    /** The lines of a presegmented file: one unit a line, a final line break not making an extra line. */
    public static List<String> lines(Path file) {
        String text = TextFiles.readUtf8(file);
        if (text.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>(List.of(text.split("\r?\n", -1)));
        if (out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }
}
