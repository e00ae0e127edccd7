package org.presstm.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.presstm.align.ReleaseStructure;
import org.presstm.align.ReleaseStructure.Role;
import org.presstm.lang.Language;
import org.presstm.lang.NumberReader;
import org.presstm.lang.Quantity;

/**
 * The frame of a press release inside a sentence of its text: the agency's date line that opens a lead
 * sentence ("BAKU, Azerbaijan, October 19. Speaker ...", "БАКУ /Trend/ - 5 марта министр ...", "Bakı, 3
 * sentyabr, AZƏRTAC. ...") and the clause that names where the news came from ("Milli Məclisin Mətbuat ...
 * şöbəsindən bildiriblər ki, ...", "..., the parliamentary press service told Trend."). Each agency writes
 * these its own way, so the checks do not hold a translation to what its source says there. Whole frame
 * lines are told by {@link ReleaseStructure}, whose phrase lists these use. Stateless.
 */
public final class ReleaseFrame {
    /** Where a date line may end inside a lead sentence: ". ", " - ", " – ", " — ". */
    private static final Pattern PREFIX_END = Pattern.compile("\\.\\s+|\\s+[-–—]\\s+");
    /** A date line inside a lead sentence is no longer than this. */
    private static final int PREFIX_MAX_CHARS = 60;
    /**
     * An attribution clause opens a sentence ("According to the press service, ...", "Milli Məclisin Mətbuat ...
     * şöbəsindən bildiriblər ki, ...") with at most this many words, or closes it ("..., Trend reports citing
     * ...") with at most {@link #LAST_CLAUSE_MAX_WORDS}; a clause in the middle is the sentence's own.
     */
    private static final int FIRST_CLAUSE_MAX_WORDS = 16;
    private static final int LAST_CLAUSE_MAX_WORDS = 12;

    private ReleaseFrame() {
    }

    /**
     * The end of the date line or agency tag that opens a sentence, 0 if none: a short opening that would be a
     * date line or an agency byline on a line of its own, followed by ". " or a dash; a date right after an
     * agency tag and its dash ("БАКУ /Trend/ - 5 марта") belongs to it. The rest must be a sentence.
     */
    static int prefixEnd(String text, Language language) {
        Matcher m = PREFIX_END.matcher(text);
        if (!m.find() || m.start() > PREFIX_MAX_CHARS || m.end() >= text.length()) {
            return 0;
        }
        String prefix = text.substring(0, m.start());
        Role role = ReleaseStructure.role(prefix, language, 1, 3);
        if (role == Role.DATELINE) {
            return m.end();
        }
        if (role != Role.BYLINE || !agencyTag(prefix)) {
            return 0;
        }
        int end = m.end();
        for (Quantity q : NumberReader.of(language).read(text.substring(end, Math.min(text.length(), end + 30)))) {
            if (q.start() == 0 && q.kind() == Quantity.Kind.DATE) {
                return end + q.end();
            }
        }
        return end;
    }

    /**
     * Whether a short capitalised opening names a place and an agency as a date line does: a word in capitals
     * ("BAKU", "БАКУ") or an agency between slashes ("/Trend/"); a person's name ("Sahiba Gafarova - ...") is
     * neither.
     */
    private static boolean agencyTag(String prefix) {
        if (prefix.indexOf('/') >= 0) {
            return true;
        }
        for (String w : prefix.split("[^\\p{L}]+")) {
            if (w.length() >= 3 && w.equals(w.toUpperCase(Locale.ROOT)) && !w.equals(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The spans of the frame inside a sentence, where its terms are the agency's: its opening date line, and its
     * clauses (between commas) that name where the news came from ("according to the press service", "Milli Məclisin Mətbuat ... şöbəsindən
     * bildiriblər ki"), as {start, end}.
     */
    static List<int[]> spans(String text, Language language) {
        List<int[]> out = new ArrayList<>();
        int prefix = prefixEnd(text, language);
        if (prefix > 0) {
            out.add(new int[] {0, prefix});
        }
        // each sentence of a segment that joins several has its own clauses
        for (int[] sentence : MissingCheck.sentences(text)) {
            clauses(text, sentence[0], sentence[1], prefix, language, out);
        }
        return out;
    }

    /** The attribution clauses of the sentence at [from, to), added to {@code out}. */
    private static void clauses(String text, int from, int to, int prefix, Language language, List<int[]> out) {
        List<int[]> clauses = new ArrayList<>();
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || text.charAt(i) == ',') {
                clauses.add(new int[] {start, i});
                start = i + 1;
            }
        }
        if (clauses.size() < 2) {
            return; // a sentence that only names its source is a source line, told apart whole
        }
        int[] first = clauses.get(0);
        int[] last = clauses.get(clauses.size() - 1);
        if (attribution(text, first, prefix, FIRST_CLAUSE_MAX_WORDS, language)) {
            out.add(new int[] {Math.max(first[0], Math.min(prefix, first[1])), first[1]});
        }
        if (attribution(text, last, prefix, LAST_CLAUSE_MAX_WORDS, language)) {
            out.add(last);
        }
    }

    private static boolean attribution(String text, int[] clause, int prefix, int maxWords, Language language) {
        String c = text.substring(Math.max(clause[0], Math.min(prefix, clause[1])), clause[1]);
        return ReleaseStructure.words(c, false) <= maxWords && ReleaseStructure.isAttributed(c, language);
    }

    /** The opening date line as a span list (empty or one span): where a sentence's numbers are the agency's. */
    static List<int[]> prefix(String text, Language language) {
        int end = prefixEnd(text, language);
        return end > 0 ? List.of(new int[] {0, end}) : List.of();
    }

    /**
     * The parts of a sentence (or a few joined) that are its text rather than the frame: without its opening
     * date line and attribution clauses, and without the sentences that only name the source.
     */
    public static List<String> body(String text, Language language) {
        List<String> out = new ArrayList<>();
        for (int[] sentence : MissingCheck.sentences(text)) {
            String s = text.substring(sentence[0], sentence[1]);
            if (ReleaseStructure.isSourceLine(s, language)) {
                continue;
            }
            int at = 0;
            for (int[] span : spans(s, language)) {
                if (span[0] > at) {
                    out.add(s.substring(at, span[0]));
                }
                at = Math.max(at, span[1]);
            }
            if (at < s.length()) {
                out.add(s.substring(at));
            }
        }
        return out.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    /** Whether [start, end) lies inside one of the spans. */
    static boolean inside(List<int[]> spans, int start, int end) {
        for (int[] s : spans) {
            if (s[0] <= start && end <= s[1]) {
                return true;
            }
        }
        return false;
    }
}
