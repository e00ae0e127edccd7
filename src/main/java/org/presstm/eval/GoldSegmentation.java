package org.presstm.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.presstm.io.TextFiles;
import org.presstm.lang.Language;

/**
 * One evaluation item: a text ({@code L.txt}) and its gold segmentation ({@code gold/L.sent}: one sentence a
 * line, a blank line between paragraphs), in the corpus's scoring convention: a boundary is the number of
 * non-space characters before it, and only boundaries inside paragraphs count.
 */
public record GoldSegmentation(Path textFile, Language language, String text, TreeSet<Integer> innerBoundaries,
        TreeSet<Integer> paragraphEnds, String squeezedGold) {

    static GoldSegmentation read(Path textFile, Path goldFile, Language language) {
        String text = TextFiles.readUtf8(textFile);
        String gold = TextFiles.readUtf8(goldFile);
        TreeSet<Integer> inner = new TreeSet<>();
        TreeSet<Integer> paraEnds = new TreeSet<>();
        StringBuilder squeezed = new StringBuilder();
        List<Integer> paragraph = new ArrayList<>();
        for (String line : gold.split("\r?\n", -1)) {
            if (line.isBlank()) {
                close(paragraph, inner, paraEnds);
                continue;
            }
            squeezed.append(squeeze(line));
            paragraph.add(squeezed.length());
        }
        close(paragraph, inner, paraEnds);
        return new GoldSegmentation(textFile, language, text, inner, paraEnds, squeezed.toString());
    }

    private static void close(List<Integer> paragraph, TreeSet<Integer> inner, TreeSet<Integer> paraEnds) {
        if (paragraph.isEmpty()) {
            return;
        }
        inner.addAll(paragraph.subList(0, paragraph.size() - 1));
        paraEnds.add(paragraph.get(paragraph.size() - 1));
        paragraph.clear();
    }

    /** The text with all white space removed, the coordinate system of boundaries. */
    static String squeeze(CharSequence s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\uFEFF') {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
