package org.presstm.glossary;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.presstm.lang.Language;
import org.presstm.lang.TextNormalizer;

/**
 * A concept entry: one thing (an institution, a title, a person) and its terms in each language.
 *
 * @param id         unique within the loaded term bases ("mm", "person-gafarova")
 * @param subject    subject field or empty
 * @param definition a definition or empty
 * @param note       a note for translators or empty
 * @param source     where the terms were taken from, or empty
 * @param terms      at least one; no two with the same text in the same language
 */
public record Concept(String id, String subject, String definition, String note, String source, List<Term> terms) {
    public Concept {
        Objects.requireNonNull(id, "id");
        id = id.strip();
        if (id.isEmpty() || id.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("concept id '" + id + "' is blank or contains white space");
        }
        subject = subject == null ? "" : subject.strip();
        definition = definition == null ? "" : definition.strip();
        note = note == null ? "" : note.strip();
        source = source == null ? "" : source.strip();
        terms = List.copyOf(terms);
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("concept '" + id + "' has no terms");
        }
        Set<String> seen = new HashSet<>();
        for (Term t : terms) {
            if (!seen.add(t.language() + "\u0000" + TextNormalizer.fold(t.text(), t.language()))) {
                throw new IllegalArgumentException("concept '" + id + "' has the " + t.language() + " term '"
                        + t.text() + "' twice");
            }
        }
    }

    public Concept(String id, List<Term> terms) {
        this(id, "", "", "", "", terms);
    }

    public List<Term> terms(Language language) {
        return terms.stream().filter(t -> t.language() == language).toList();
    }

    /** The term to use in that language: the first preferred one, else the first admitted one. */
    public Optional<Term> preferred(Language language) {
        List<Term> in = terms(language);
        return in.stream().filter(t -> t.status() == TermStatus.PREFERRED).findFirst()
                .or(() -> in.stream().filter(t -> t.status().usable()).findFirst());
    }

    /** This concept with one more term (used by {@code glossary add}). */
    public Concept with(Term term) {
        List<Term> more = new java.util.ArrayList<>(terms);
        more.add(term);
        return new Concept(id, subject, definition, note, source, more);
    }
}
