package org.presstm.segment;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

import org.presstm.lang.Language;

/**
 * The presstm segmenter: paragraphs by {@link ParagraphSplitter}, then OpenNLP's maximum-entropy sentence
 * detector inside each paragraph (soft line wraps seen as spaces), then {@link BoundaryRules} that
 * veto the few boundaries a statistical model gets wrong for want of language knowledge.
 *
 * <p>Not thread-safe ({@link SentenceDetectorME} keeps state): use one instance per thread; the
 * {@link SentenceModel} behind it may be shared.
 */
public final class SentenceSegmenter implements Segmenter {
    private final Language language;
    private final SentenceDetectorME detector;
    private final BoundaryRules rules;
    private final ParagraphSplitter paragraphs;

    public SentenceSegmenter(Language language, SentenceModel model, BoundaryRules rules,
            ParagraphSplitter paragraphs) {
        this.language = language;
        // The model's abbreviations still feed the detector's features (through its factory), but OpenNLP
        // 2.5's own abbreviation veto (isAcceptableBreak) is left out: it searches the whole text once per
        // dictionary entry for every candidate, finds only an abbreviation's first occurrence, and throws
        // on a text that starts with one. BoundaryRules applies the same list correctly, in linear time.
        this.detector = new SentenceDetectorME(model, (Dictionary) null);
        this.rules = rules;
        this.paragraphs = paragraphs;
    }

    @Override
    public Language language() {
        return language;
    }

    @Override
    public List<Segment> segment(String text) {
        List<Segment> segments = new ArrayList<>();
        for (Paragraph p : paragraphs.split(text)) {
            for (int[] span : sentenceSpans(text, p)) {
                segments.add(new Segment(text.substring(span[0], span[1]), span[0], span[1], p.index(), language));
            }
        }
        return segments;
    }

    /** Sentence spans of one paragraph, as absolute offsets into {@code text}. */
    private List<int[]> sentenceSpans(String text, Paragraph p) {
        String flat = flatten(text, p.start(), p.end());
        List<int[]> spans = new ArrayList<>();
        int cursor = 0;
        for (int end : boundaries(flat)) {
            if (end <= cursor || end >= flat.length()) {
                continue;
            }
            spans.add(trimmed(flat, cursor, end, p.start()));
            cursor = end;
        }
        if (hasText(flat, cursor, flat.length())) {
            spans.add(trimmed(flat, cursor, flat.length(), p.start()));
        }
        return mergePunctuationOnly(text, spans);
    }

    /**
     * The detector's boundaries that the rules allow, plus the certain ones it missed, in text order.
     * Offsets are into {@code flat}, each just after a sentence's last character.
     */
    private java.util.SortedSet<Integer> boundaries(String flat) {
        Span[] found = detector.sentPosDetect(flat);
        java.util.SortedSet<Integer> out = new java.util.TreeSet<>();
        for (Span s : found) {
            int end = s.getEnd();
            if (end > 0 && end < flat.length() && rules.allowsBoundary(flat, end)) {
                out.add(end);
            }
        }
        for (int i = 0; i < flat.length(); i++) {
            if (ParagraphSplitter.isSpace(flat.charAt(i)) && i > 0 && !ParagraphSplitter.isSpace(flat.charAt(i - 1))
                    && rules.isCertainBoundary(flat, i)) {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * A span without a letter or digit (a stray closing quote after a space, a lone dash) is no sentence:
     * it joins the sentence before it, or the one after it at the start of a paragraph.
     */
    private static List<int[]> mergePunctuationOnly(String text, List<int[]> spans) {
        List<int[]> out = new ArrayList<>(spans.size());
        int[] pending = null;
        for (int[] span : spans) {
            if (pending != null) {
                span = new int[] {pending[0], span[1]};
                pending = null;
            }
            if (!hasLetterOrDigit(text, span[0], span[1])) {
                if (!out.isEmpty()) {
                    int[] last = out.remove(out.size() - 1);
                    out.add(new int[] {last[0], span[1]});
                } else {
                    pending = span;
                }
                continue;
            }
            out.add(span);
        }
        if (pending != null) {
            out.add(pending);
        }
        return out;
    }

    private static boolean hasLetterOrDigit(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The paragraph with line breaks as spaces: a single line break inside a paragraph is a soft wrap. */
    private static String flatten(String text, int start, int end) {
        String paragraph = text.substring(start, end);
        if (paragraph.indexOf('\n') < 0 && paragraph.indexOf('\r') < 0) {
            return paragraph;
        }
        char[] chars = paragraph.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] == '\n' || chars[i] == '\r') {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    private static int[] trimmed(String flat, int from, int to, int offset) {
        int s = from;
        int e = to;
        while (s < e && ParagraphSplitter.isSpace(flat.charAt(s))) {
            s++;
        }
        while (e > s && ParagraphSplitter.isSpace(flat.charAt(e - 1))) {
            e--;
        }
        return new int[] {offset + s, offset + e};
    }

    private static boolean hasText(String flat, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!ParagraphSplitter.isSpace(flat.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
