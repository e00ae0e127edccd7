package org.presstm.qa;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.presstm.align.AlignText;
import org.presstm.align.Aligner;
import org.presstm.align.Alignment;
import org.presstm.align.Bead;
import org.presstm.align.ReleaseStructure;
import org.presstm.align.ReleaseStructure.Role;
import org.presstm.lang.Language;
import org.presstm.segment.Segment;
import org.presstm.segment.Segmenter;
import org.presstm.segment.Segmenters;
import org.presstm.tm.TaggedText;

/**
 * A release given in two or three languages, turned into segments to check: each version is segmented,
 * each target aligned to the source on the fly ({@link Aligner}), and the alignments joined on the source
 * side: source sentences that any alignment puts in one bead form one segment, with the target sentences of
 * those beads. A source sentence with no target sentence is a dropped sentence; a target sentence with no
 * source one becomes a segment of its own with an empty source (an added sentence). Segment ids name the
 * sentences, 1-based: "az3", "az3-4", "+en5". Each text carries its role in the release
 * ({@link ReleaseStructure}: headline, date line, byline, source line, cut-short fragment), so that the checks
 * can tell the frame each agency writes its own way from the translated text. Not thread-safe (it holds
 * segmenters).
 */
public final class ReleaseInput {
    private final Segmenters segmenters;
    private final Aligner aligner;
    private final Map<Language, Segmenter> byLanguage = new EnumMap<>(Language.class);

    public ReleaseInput(Segmenters segmenters, Aligner aligner) {
        this.segmenters = Objects.requireNonNull(segmenters, "segmenters");
        this.aligner = Objects.requireNonNull(aligner, "aligner");
    }

    /**
     * @param document the release's name in the report
     * @param texts    the versions by language (two or three); the source is Azerbaijani if given, else English
     */
    public List<ParallelSegment> segments(String document, Map<Language, String> texts) {
        if (texts.size() < 2) {
            throw new IllegalArgumentException("a release to check needs at least two languages, not " + texts.keySet());
        }
        Language source = texts.containsKey(Language.AZ) ? Language.AZ : Language.EN;
        Map<Language, AlignText> versions = new EnumMap<>(Language.class);
        texts.forEach((lang, text) -> versions.put(lang, segment(lang, text)));
        List<Language> targets = texts.keySet().stream().filter(l -> l != source).sorted().toList();
        Map<Language, Alignment> alignments = new EnumMap<>(Language.class);
        for (Language t : targets) {
            alignments.put(t, aligner.align(versions.get(source), versions.get(t)));
        }
        Map<Language, Role[]> roles = new EnumMap<>(Language.class);
        versions.forEach((lang, text) -> roles.put(lang, ReleaseStructure.roles(text)));
        return join(document, source, versions, targets, alignments, roles);
    }

    /**
     * The role of several sentences taken together: a frame role when all of them have one (the first's), a
     * fragment when the last is one, else body.
     */
    private static Role role(Role[] roles, TreeSet<Integer> sentences) {
        boolean allFrame = sentences.stream().allMatch(i -> roles[i].isFrameOrSourceLine());
        if (allFrame) {
            return roles[sentences.first()];
        }
        return roles[sentences.last()] == Role.FRAGMENT ? Role.FRAGMENT : Role.BODY;
    }

    private AlignText segment(Language lang, String text) {
        Segmenter s = byLanguage.computeIfAbsent(lang, l -> segmenters.forLanguage(l, false));
        List<Segment> segments = s.segment(text);
        return new AlignText(lang, segments.stream().map(Segment::text).toList(),
                segments.stream().map(Segment::paragraph).toList());
    }

    private static List<ParallelSegment> join(String document, Language source, Map<Language, AlignText> versions,
            List<Language> targets, Map<Language, Alignment> alignments, Map<Language, Role[]> roles) {
        int n = versions.get(source).size();
        boolean[] joinsNext = new boolean[Math.max(n, 1)];
        for (Alignment a : alignments.values()) {
            for (Bead b : a.beads()) {
                for (int k = 0; k + 1 < b.source().size(); k++) {
                    joinsNext[b.source().get(k)] = true;
                }
            }
        }
        List<ParallelSegment> out = new ArrayList<>();
        addedAfter(document, source, versions, targets, alignments, roles, -1, out);
        int start = 0;
        for (int i = 0; i < n; i++) {
            if (!joinsNext[i]) {
                out.add(group(document, source, versions, targets, alignments, roles, start, i + 1));
                for (int k = start; k <= i; k++) {
                    addedAfter(document, source, versions, targets, alignments, roles, k, out);
                }
                start = i + 1;
            }
        }
        return out;
    }

    /** The segment of source sentences [from, to) with the target sentences aligned to them. */
    private static ParallelSegment group(String document, Language source, Map<Language, AlignText> versions,
            List<Language> targets, Map<Language, Alignment> alignments, Map<Language, Role[]> roles, int from, int to) {
        Map<Language, TaggedText> texts = new EnumMap<>(Language.class);
        Map<Language, Role> textRoles = new EnumMap<>(Language.class);
        textRoles.put(source, role(roles.get(source), range(from, to)));
        for (Language t : targets) {
            TreeSet<Integer> sentences = new TreeSet<>();
            for (Bead b : alignments.get(t).beads()) {
                if (!b.source().isEmpty() && b.source().get(0) >= from && b.source().get(0) < to) {
                    sentences.addAll(b.target());
                }
            }
            if (!sentences.isEmpty()) {
                texts.put(t, TaggedText.of(joined(versions.get(t), sentences)));
                textRoles.put(t, role(roles.get(t), sentences));
            }
        }
        String id = source.code() + (from + 1) + (to - from > 1 ? "-" + to : "");
        TaggedText src = TaggedText.of(joined(versions.get(source), range(from, to)));
        return new ParallelSegment(document, id, Origin.RELEASE, source, src, targets, texts, textRoles);
    }

    /** Target sentences that no source sentence has, aligned right after source sentence {@code after}. */
    private static void addedAfter(String document, Language source, Map<Language, AlignText> versions,
            List<Language> targets, Map<Language, Alignment> alignments, Map<Language, Role[]> roles, int after,
            List<ParallelSegment> out) {
        for (Language t : targets) {
            int sourceSeen = -1;
            for (Bead b : alignments.get(t).beads()) {
                if (!b.source().isEmpty()) {
                    sourceSeen = b.source().get(b.source().size() - 1);
                } else if (sourceSeen == after) {
                    String text = joined(versions.get(t), new TreeSet<>(b.target()));
                    String id = "+" + t.code() + (b.target().get(0) + 1)
                            + (b.target().size() > 1 ? "-" + (b.target().get(b.target().size() - 1) + 1) : "");
                    out.add(new ParallelSegment(document, id, Origin.RELEASE, source, TaggedText.of(""), targets,
                            Map.of(t, TaggedText.of(text)), Map.of(t, role(roles.get(t), new TreeSet<>(b.target())))));
                }
            }
        }
    }

    private static TreeSet<Integer> range(int from, int to) {
        TreeSet<Integer> r = new TreeSet<>();
        for (int i = from; i < to; i++) {
            r.add(i);
        }
        return r;
    }

    private static String joined(AlignText text, TreeSet<Integer> sentences) {
        StringBuilder sb = new StringBuilder();
        for (int i : sentences) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(text.sentences().get(i));
        }
        return sb.toString();
    }
}
