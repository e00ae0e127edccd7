package org.presstm.xliff;

import java.util.Objects;

import org.presstm.glossary.Concept;

/**
 * A glossary entry found in a segment: the concept, the form the text has, the source term it is a form
 * of, and the term to use in the target language (empty when the glossary has none).
 */
public record TermSuggestion(Concept concept, String found, String sourceTerm, String targetTerm) {
    public TermSuggestion {
        Objects.requireNonNull(concept, "concept");
        Objects.requireNonNull(found, "found");
        Objects.requireNonNull(sourceTerm, "sourceTerm");
        targetTerm = targetTerm == null ? "" : targetTerm;
    }

    /** One line for an XLIFF note: "Term: Milli Məclisin → Milli Majlis (Milli Məclis; concept mm)". */
    public String noteText() {
        String to = targetTerm.isEmpty() ? "(no translation in the glossary)" : targetTerm;
        String base = found.equals(sourceTerm) ? "" : sourceTerm + "; ";
        String note = concept.note();
        return "Term: " + found + " \u2192 " + to + " (" + base + "concept " + concept.id() + ")"
                + (note.isEmpty() ? "" : ". " + note);
    }
}
