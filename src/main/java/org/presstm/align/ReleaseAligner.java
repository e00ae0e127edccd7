package org.presstm.align;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.presstm.InvalidInputException;
import org.presstm.io.TextFiles;
import org.presstm.lang.Language;
import org.presstm.segment.LanguageGuesser;
import org.presstm.segment.Segment;
import org.presstm.segment.SegmentedText;
import org.presstm.segment.Segmenters;
import org.presstm.segment.TextSegmentation;

/**
 * The service behind {@code presstm align}: reads the versions of a release, segments each with presstm's
 * segmenter (paragraphs kept as soft boundaries), and aligns them three ways ({@link ThreeWayJoin}).
 * Holds a segmenter per language, so it is not thread-safe: one per thread.
 */
public final class ReleaseAligner {
    /**
     * The language check of a version reads this much of its start: enough to tell az, en and ru apart.
     * Where the letters already show the language ({@link LanguageGuesser#plainly}) the detector is not run:
     * it was most of the time of aligning a release.
     */
    static final int LANGUAGE_SAMPLE = 600;

    private final TextSegmentation segmentation;
    private final ThreeWayJoin join;
    private final LanguageGuesser guesser = new LanguageGuesser();

    public ReleaseAligner(Segmenters segmenters, Aligner aligner) {
        this.segmentation = new TextSegmentation(segmenters, false);
        this.join = new ThreeWayJoin(aligner);
    }

    /** A release from files by language; at least two must be given. */
    public Release alignFiles(String name, Map<Language, Path> files) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        files.forEach((lang, file) -> texts.put(lang, TextFiles.readUtf8(file)));
        return align(name, texts);
    }

    /** A release folder: {@code az.txt}, {@code en.txt}, {@code ru.txt}, any of them missing. */
    public Release alignFolder(Path dir) {
        Map<Language, Path> files = new EnumMap<>(Language.class);
        for (Language lang : Language.values()) {
            Path f = dir.resolve(lang.code() + ".txt");
            if (Files.isRegularFile(f)) {
                files.put(lang, f);
            }
        }
        if (files.size() < 2) {
            throw new InvalidInputException(dir, 0, "a release folder needs two of az.txt, en.txt, ru.txt");
        }
        return alignFiles(dir.getFileName() == null ? dir.toString() : dir.getFileName().toString(), files);
    }

    public Release align(String name, Map<Language, String> texts) {
        if (texts.size() < 2) {
            throw new IllegalArgumentException("alignment needs two or three versions, got " + texts.keySet());
        }
        List<String> warnings = new ArrayList<>();
        Map<Language, AlignText> versions = new EnumMap<>(Language.class);
        texts.forEach((lang, text) -> versions.put(lang, segment(name, lang, text, warnings)));
        ThreeWayJoin.Result result = join.join(versions);
        warnings.addAll(result.warnings());
        return new Release(name, versions, result, warnings);
    }

    private AlignText segment(String name, Language lang, String text, List<String> warnings) {
        if (text.isBlank()) {
            return AlignText.of(lang, List.of());
        }
        SegmentedText t = segmentation.segment(name + "/" + lang, text, Optional.of(lang), false);
        String sample = text.length() > LANGUAGE_SAMPLE ? text.substring(0, LANGUAGE_SAMPLE) : text;
        Language detected = LanguageGuesser.plainly(sample, lang) ? lang : guesser.guess(sample).orElse(null);
        TextSegmentation.contradiction(new SegmentedText(t.source(), lang, detected, t.segments()))
                .ifPresent(warnings::add);
        List<String> sentences = new ArrayList<>();
        List<Integer> paragraphs = new ArrayList<>();
        for (Segment s : t.segments()) {
            sentences.add(s.text());
            paragraphs.add(s.paragraph());
        }
        return new AlignText(lang, sentences, paragraphs);
    }
}
