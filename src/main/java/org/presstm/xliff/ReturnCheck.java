package org.presstm.xliff;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.presstm.lang.Language;
import org.presstm.lang.TextNormalizer;
import org.presstm.tm.InlineCode;
import org.presstm.tm.TaggedText;

/**
 * The checks a returned file must pass before anything of it is used: it belongs to this package, its
 * languages are the package's, every segment is one that was sent, none is missing or doubled, no source was
 * changed, and every translation has the codes of its source. Problems go to a {@link ReturnProblems};
 * the translations of a file that passes come out with the source's codes (type and data) restored.
 * Stateless.
 */
final class ReturnCheck {
    /** A translation as checked: the text and whether its state makes it confirmed. */
    record Checked(TaggedText target, boolean confirmed) {
    }

    private ReturnCheck() {
    }

    static Language language(ReturnedFile f, Manifest m, ReturnProblems problems) {
        if (f.packageId().isEmpty()) {
            problems.add(0, "the file carries no presstm package id; was it made by presstm pack?");
        } else if (!f.packageId().get().equals(m.header().id())) {
            problems.add(0, "the file belongs to package " + f.packageId().get() + ", not " + m.header().id());
        }
        if (Language.fromTag(f.sourceLanguage()).orElse(null) != m.source()) {
            problems.add(0, "source language '" + f.sourceLanguage() + "' is not the package's (" + m.source() + ")");
        }
        Language target = Language.fromTag(f.targetLanguage()).orElse(null);
        if (target == null || m.target(target).isEmpty()) {
            problems.add(0, "wrong target language '" + f.targetLanguage() + "': the package is for "
                    + m.targets().stream().map(t -> t.language().code()).toList());
        }
        return target;
    }

    static Map<String, Checked> segments(ReturnedFile f, Manifest m, Map<String, SourceSegment> sources,
            Set<String> states, ReturnProblems problems) {
        Map<String, Checked> out = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (ReturnedSegment r : f.segments()) {
            SourceSegment sent = sources.get(r.name());
            if (r.segmentId().equals(Xliff12Reader.UNSEGMENTED)) {
                problems.add(r.line(), "unit " + r.unitId() + ": its <seg-source> no longer matches its <source>"
                        + " (a source was changed, or the segments were joined)");
            } else if (!seen.add(r.name())) {
                problems.add(r.line(), "segment " + r.name() + " appears twice");
            } else if (sent == null) {
                problems.add(r.line(), "unknown segment " + r.name() + " (the package has no such segment)");
            } else if (!sameText(r.source(), sent.text().plain())) {
                problems.add(r.line(), "segment " + r.name() + ": the source was changed to '"
                        + TextNormalizer.normalize(r.source()) + "' (sent: '"
                        + TextNormalizer.normalize(sent.text().plain()) + "')");
            } else if (!r.target().isEmpty()) {
                TaggedText target = withSourceCodes(r, sent, problems);
                if (target != null) {
                    out.put(r.name(), new Checked(target, confirmed(r, sent, m.header().profile(), states)));
                }
            }
        }
        for (String name : sources.keySet()) {
            if (!seen.contains(name)) {
                problems.add(0, "segment " + name + " is missing from the file");
            }
        }
        return out;
    }

    private static boolean confirmed(ReturnedSegment r, SourceSegment sent, Profile profile, Set<String> states) {
        if (r.approved() || states.contains(r.state())) {
            return true;
        }
        // OmegaT keeps state="new" and writes the translation over the source copy it was given
        return profile == Profile.OMEGAT && !sameText(r.target().plain(), sent.text().plain());
    }

    static boolean sameText(String a, String b) {
        return TextNormalizer.normalize(a).equals(TextNormalizer.normalize(b));
    }

    /** The target with each code given the source code's kind, type and data; null (and a problem) if the
     * codes differ from the source's. */
    private static TaggedText withSourceCodes(ReturnedSegment r, SourceSegment sent, ReturnProblems problems) {
        List<String> want = sorted(CodedText.codeKeys(sent.text()));
        List<String> have = sorted(CodedText.codeKeys(r.target()));
        if (!want.equals(have)) {
            problems.add(r.line(), "segment " + r.name() + ": the translation has the codes " + have
                    + ", the source " + want);
            return null;
        }
        Map<String, InlineCode> byKey = new LinkedHashMap<>();
        sent.text().codes().forEach(c -> byKey.put(CodedText.key(c), c));
        List<InlineCode> codes = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        String coded = r.target().coded();
        for (int i = 0; i < coded.length(); i++) {
            char c = coded.charAt(i);
            if (!TaggedText.isMarker(c)) {
                sb.append(c);
                continue;
            }
            InlineCode code = byKey.get(CodedText.key(r.target().codes().get(coded.charAt(++i) - TaggedText.INDEX_BASE)));
            codes.add(code);
            sb.append(code.kind().marker()).append((char) (TaggedText.INDEX_BASE + codes.size() - 1));
        }
        return new TaggedText(sb.toString(), codes);
    }

    private static List<String> sorted(List<String> keys) {
        List<String> copy = new ArrayList<>(keys);
        Collections.sort(copy);
        return copy;
    }
}
