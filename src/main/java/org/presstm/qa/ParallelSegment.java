package org.presstm.qa;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.presstm.align.ReleaseStructure;
import org.presstm.align.ReleaseStructure.Role;
import org.presstm.lang.Language;
import org.presstm.tm.TaggedText;

/**
 * One source sentence (or a few, where a translation joined them) with its translations: what every check
 * looks at. A language of {@code targetLanguages} missing from {@code targets} has no translation (a
 * dropped sentence in a release); an empty source with a target is a sentence the translation added.
 *
 * @param document        the release or file it belongs to (the report groups by it)
 * @param id              the segment's name within the document ("u3/2", "s7", a tuid)
 * @param origin          what kind of input it came from
 * @param sourceLanguage  the language of the source
 * @param source          the source text with its inline codes; may be empty (an added sentence)
 * @param targetLanguages the languages the document is translated into, in report order
 * @param targets         the translations present, each in one of {@code targetLanguages}
 * @param roles           what the source and each target is in its release ({@link ReleaseStructure}: a
 *                        headline, a date line, a byline, a source line, a cut-short fragment); a language left
 *                        out is body text, as everything outside a release is
 */
public record ParallelSegment(String document, String id, Origin origin, Language sourceLanguage, TaggedText source,
        List<Language> targetLanguages, Map<Language, TaggedText> targets, Map<Language, Role> roles) {
    public ParallelSegment {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(sourceLanguage, "sourceLanguage");
        Objects.requireNonNull(source, "source");
        targetLanguages = List.copyOf(targetLanguages);
        if (targetLanguages.contains(sourceLanguage)) {
            throw new IllegalArgumentException("segment " + id + ": target language " + sourceLanguage
                    + " is the source language");
        }
        Map<Language, TaggedText> copy = new EnumMap<>(Language.class);
        for (Map.Entry<Language, TaggedText> e : targets.entrySet()) {
            if (!targetLanguages.contains(e.getKey())) {
                throw new IllegalArgumentException("segment " + id + ": target in " + e.getKey()
                        + ", which is not one of " + targetLanguages);
            }
            copy.put(e.getKey(), Objects.requireNonNull(e.getValue(), "target"));
        }
        targets = Collections.unmodifiableMap(copy);
        if (roles.isEmpty()) {
            roles = Map.of();
        } else {
            Map<Language, Role> r = new EnumMap<>(Language.class);
            r.putAll(roles);
            roles = Collections.unmodifiableMap(r);
        }
    }

    /** A segment of body text (a package's, the memory's, or a release's where its roles are not known). */
    public ParallelSegment(String document, String id, Origin origin, Language sourceLanguage, TaggedText source,
            List<Language> targetLanguages, Map<Language, TaggedText> targets) {
        this(document, id, origin, sourceLanguage, source, targetLanguages, targets, Map.of());
    }

    /** A segment without inline codes. */
    public static ParallelSegment of(String document, String id, Origin origin, Language sourceLanguage,
            String source, Map<Language, String> targets) {
        Map<Language, TaggedText> tagged = new EnumMap<>(Language.class);
        targets.forEach((l, t) -> tagged.put(l, TaggedText.of(t)));
        return new ParallelSegment(document, id, origin, sourceLanguage, TaggedText.of(source),
                List.copyOf(targets.keySet()), tagged);
    }

    /** The source without inline codes. */
    public String sourceText() {
        return source.plain();
    }

    /** The translation into {@code language} without inline codes, if there is one. */
    public Optional<String> target(Language language) {
        TaggedText t = targets.get(language);
        return t == null ? Optional.empty() : Optional.of(t.plain());
    }

    /** The targets present and not blank, in report order. */
    public List<Language> translatedLanguages() {
        return targetLanguages.stream().filter(l -> target(l).map(t -> !t.isBlank()).orElse(false)).toList();
    }

    /** What the text in a language is in its release: {@link Role#BODY} unless known otherwise. */
    public Role role(Language language) {
        return roles.getOrDefault(language, Role.BODY);
    }

    /**
     * Whether the text in a language is part of the release's frame rather than its text: a headline, date
     * line, byline or source line, which each agency writes its own way, so that versions may differ there or
     * lack them without a translation error.
     */
    public boolean isFrame(Language language) {
        return role(language).isFrameOrSourceLine();
    }

    /** The segment with the roles of its texts. */
    public ParallelSegment withRoles(Map<Language, Role> roles) {
        return new ParallelSegment(document, id, origin, sourceLanguage, source, targetLanguages, targets, roles);
    }

    /** The text in a language: the source or a target ("" when absent). */
    public String text(Language language) {
        return language == sourceLanguage ? sourceText() : target(language).orElse("");
    }
}
