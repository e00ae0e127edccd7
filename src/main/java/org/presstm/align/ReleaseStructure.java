package org.presstm.align;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.presstm.lang.Language;
import org.presstm.lang.NumberReader;
import org.presstm.lang.Quantity;

/**
 * The parts of a press release that are not its body, told from their form and place: the headline (the
 * first segment, without final punctuation), date lines ("- 20 fevral, 2026 - 10:17", "Baku, September 25,
 * AZERTAC", "Политика Материалы 5 марта 2026 14:30"), bylines and signatures (short lines without final
 * punctuation: "XQ", "News.Az", "By Trend", "The Milli Majlis"), source lines (a sentence that only says
 * where the news came from: "Report" xəbər verir ki, bu barədə ... məlumat yayıb; "Об этом передает Day.Az";
 * their phrasing is in {@code align/<lang>/source-lines.txt}) and the fragment that ends a text cut short
 * (a last segment, longer than a byline, without final punctuation). Each agency that reprints a release
 * adds its own headline, date line, byline and source line, so these pair only with their own kind, and a
 * version may well lack them: leaving one out costs little ({@link BeadCost}). Stateless; thread-safe.
 */
public final class ReleaseStructure {
    /** What a segment is in a release. */
    public enum Role {
        HEADLINE, DATELINE, BYLINE, SOURCE, FRAGMENT, BODY;

        /** Headlines, date lines and bylines: the release's frame, not its text. */
        public boolean isFrame() {
            return this == HEADLINE || this == DATELINE || this == BYLINE;
        }

        /** The frame or a line that only names the source: the parts a translation may add, drop or word freely. */
        public boolean isFrameOrSourceLine() {
            return isFrame() || this == SOURCE;
        }
    }

    /** A byline or signature has at most this many words. */
    static final int BYLINE_WORDS = 6;
    /** A date line has at most this many words besides its numbers (place, agency, category, zone). */
    static final int DATELINE_WORDS = 5;
    /** A source line has at most this many words. */
    static final int SOURCE_WORDS = 18;

    private static final Map<Language, List<Pattern>> SOURCE = new EnumMap<>(Language.class);
    private static final Map<Language, List<Pattern>> ATTRIBUTION = new EnumMap<>(Language.class);
    /**
     * An agency's date line opening a lead sentence: a place in capitals and the agency between slashes,
     * then a dash ("БАКУ /Trend/ - ", "BAKU/APA/ — ").
     */
    private static final Pattern AGENCY_LEAD =
            Pattern.compile("\\p{Lu}[\\p{Lu}\\p{L}.,\\s-]{0,40}/[^/]{1,30}/\\s*[-–—]\\s*");
    /** Short words a byline or signature may have in lower case ("By Trend", "The Press and ... Department"). */
    private static final java.util.Set<String> BYLINE_SMALL = java.util.Set.of("by", "and", "of", "the", "for",
            "və", "по", "и", "для");

    static {
        for (Language lang : Language.values()) {
            SOURCE.put(lang, patterns(lang.code() + "/source-lines.txt"));
            ATTRIBUTION.put(lang, patterns(lang.code() + "/attribution.txt"));
        }
    }

    private static List<Pattern> patterns(String file) {
        return AlignData.lines(file).stream()
                .map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();
    }

    private ReleaseStructure() {
    }

    /** The role of each segment of a text. */
    public static Role[] roles(AlignText text) {
        int n = text.size();
        Role[] roles = new Role[n];
        for (int i = 0; i < n; i++) {
            roles[i] = role(text.sentences().get(i), text.language(), i, n);
        }
        return roles;
    }

    /**
     * The role of one segment of a text of {@code count} segments, at {@code index}: the headline can only be
     * the first, a cut-short fragment only the last.
     */
    public static Role role(String segment, Language language, int index, int count) {
        String s = segment.strip();
        int words = words(s, false);
        if (isOpen(s)) {
            if (words(s, true) <= DATELINE_WORDS && hasDate(s, language)) {
                return Role.DATELINE;
            }
            if (isByline(s, words) && (index > 0 || words == 1 || s.regionMatches(true, 0, "by ", 0, 3))) {
                return Role.BYLINE;
            }
            if (index == 0) {
                return Role.HEADLINE;
            }
            return index == count - 1 ? Role.FRAGMENT : Role.BODY;
        }
        if (words <= SOURCE_WORDS && isSourceLine(s, language)) {
            return Role.SOURCE;
        }
        return Role.BODY;
    }

    /**
     * Whether a short open segment reads as a byline or signature: an agency or office named in capitals
     * ("XQ", "News.Az", "AZƏRTAC", "By Trend", "The Milli Majlis"), unlike a subheading, which has words in
     * lower case.
     */
    static boolean isByline(String s, int words) {
        if (words > BYLINE_WORDS) {
            return false;
        }
        int i = 0;
        while (i < s.length()) {
            if (!Character.isLetter(s.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < s.length() && Character.isLetter(s.charAt(end))) {
                end++;
            }
            boolean afterDot = i > 0 && s.charAt(i - 1) == '.';
            if (!Character.isUpperCase(s.charAt(i)) && !afterDot
                    && !BYLINE_SMALL.contains(s.substring(i, end).toLowerCase(Locale.ROOT))) {
                return false;
            }
            i = end;
        }
        return true;
    }

    /** Whether a sentence names where its news came from, beyond the bare tag of an agency. */
    public static boolean isAttributed(String sentence, Language language) {
        return attribution(sentence, language).named();
    }

    /**
     * How a sentence names its source.
     *
     * @param named      whether it names where its news came from, beyond the bare tag of an agency
     * @param frameChars the non-space characters of the sentence that are an agency's own frame rather than
     *                   the news: the clause that names the source and a lead date line of the agency
     */
    record Attribution(boolean named, int frameChars) {
    }

    /**
     * How a sentence names its source. The frame of a sentence is the clause that names the source
     * ("Milli Məclisin mətbuat xidmətindən verilən məlumata görə, ...", "..., сообщает Trend со ссылкой на
     * парламент.", "..., News.Az reports citing local media.") and a lead date line of the agency ("БАКУ
     * /Trend/ - ..."). Each agency places these its own way, on one sentence or another or not at all, so
     * they are no sure evidence of how long the translation of the sentence is ({@link BeadCost}). The
     * clause is the stretch between commas (or a sentence end) that holds an attribution phrase; one that
     * makes up most of the sentence is not counted (that is a source line, or the news itself).
     */
    static Attribution attribution(String sentence, Language language) {
        Matcher m = AGENCY_LEAD.matcher(sentence);
        int body = m.lookingAt() ? m.end() : 0;
        int lead = BeadCost.nonSpace(sentence.substring(0, body));
        for (Pattern p : ATTRIBUTION.get(language)) {
            Matcher a = p.matcher(sentence);
            if (a.find(body)) {
                int from = clauseStart(sentence, a.start(), body);
                int to = clauseEnd(sentence, a.end());
                int clause = BeadCost.nonSpace(sentence.substring(from, to));
                int all = BeadCost.nonSpace(sentence);
                return new Attribution(true, clause * 2 <= all - lead ? lead + clause : lead);
            }
        }
        return new Attribution(false, lead);
    }

    private static int clauseStart(String s, int at, int min) {
        int i = at;
        while (i > min && s.charAt(i - 1) != ',') {
            i--;
        }
        return i;
    }

    private static int clauseEnd(String s, int at) {
        int i = at;
        while (i < s.length() && s.charAt(i) != ',') {
            i++;
        }
        return i;
    }

    /** Whether a sentence only says where the news came from. */
    public static boolean isSourceLine(String sentence, Language language) {
        String s = sentence.replaceAll("[\"“”«»„]", "").strip().toLowerCase(language == Language.AZ
                ? language.locale() : Locale.ROOT);
        for (Pattern p : SOURCE.get(language)) {
            if (p.matcher(s).find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDate(String s, Language language) {
        for (Quantity q : NumberReader.of(language).read(s)) {
            if (q.kind() == Quantity.Kind.DATE || q.kind() == Quantity.Kind.TIME
                    || q.kind() == Quantity.Kind.MONTH && !q.optional()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A segment without final punctuation: a headline, a date line, a byline, a signature, or the fragment a
     * cut ends on.
     */
    static boolean isOpen(String s) {
        int i = s.length() - 1;
        while (i >= 0 && (Character.isWhitespace(s.charAt(i)) || "\"'»”’)]".indexOf(s.charAt(i)) >= 0)) {
            i--;
        }
        return i < 0 || ".!?…:;".indexOf(s.charAt(i)) < 0;
    }

    /** The words of a segment; with {@code lettersOnly}, those that are not numbers. */
    public static int words(String s, boolean lettersOnly) {
        int n = 0;
        boolean in = false;
        boolean letters = false;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            boolean part = Character.isLetterOrDigit(c);
            if (part && !in) {
                letters = false;
            }
            letters |= Character.isLetter(c);
            if (!part && in && (!lettersOnly || letters)) {
                n++;
            }
            in = part;
        }
        return n;
    }
}
