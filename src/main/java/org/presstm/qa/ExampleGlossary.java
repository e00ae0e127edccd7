package org.presstm.qa;

import java.util.List;

import org.presstm.glossary.Concept;
import org.presstm.glossary.Term;
import org.presstm.glossary.TermBase;
import org.presstm.glossary.TermStatus;
import org.presstm.lang.Language;

/**
 * The few entries the examples of the term and name checks rely on, so that the examples do not depend on
 * a project's glossary files.
 */
final class ExampleGlossary {
    private static final TermBase BASE = TermBase.of(null, List.of(
            new Concept("mm", "institution", "", "", "", List.of(
                    new Term("Milli Məclis", Language.AZ, TermStatus.PREFERRED, "properNoun", ""),
                    new Term("Milli Majlis", Language.EN, TermStatus.PREFERRED, "properNoun", ""),
                    new Term("Milli Mejlis", Language.EN, TermStatus.DEPRECATED, "properNoun", ""),
                    new Term("Милли Меджлис", Language.RU, TermStatus.PREFERRED, "properNoun", ""),
                    new Term("Милли Меджлиси", Language.RU, TermStatus.DEPRECATED, "properNoun", ""))),
            new Concept("person-guliyev-azay", "person", "", "", "", List.of(
                    new Term("Azay Quliyev", Language.AZ, TermStatus.PREFERRED, "properNoun", ""),
                    new Term("Azay Guliyev", Language.EN, TermStatus.PREFERRED, "properNoun", ""),
                    new Term("Азай Гулиев", Language.RU, TermStatus.PREFERRED, "properNoun", ""))),
            // a namesake with no house spelling in English or Russian yet
            new Concept("person-guliyev-adil", "person", "", "", "", List.of(
                    new Term("Adil Quliyev", Language.AZ, TermStatus.PREFERRED, "properNoun", ""))),
            new Concept("geneva", "place", "", "", "", List.of(
                    new Term("Cenevrə", Language.AZ, TermStatus.PREFERRED, "properNoun", ""),
                    new Term("Geneva", Language.EN, TermStatus.PREFERRED, "properNoun", ""),
                    new Term("Женева", Language.RU, TermStatus.PREFERRED, "properNoun", ""))),
            // two places whose names share a word: "Республики" of one is no mention of the other
            new Concept("nakhchivan-ar", "place", "", "", "", List.of(
                    new Term("Naxçıvan Muxtar Respublikası", Language.AZ, TermStatus.PREFERRED, "properNoun", ""),
                    new Term("Nakhchivan Autonomous Republic", Language.EN, TermStatus.PREFERRED, "properNoun", ""),
                    new Term("Нахчыванская Автономная Республика", Language.RU, TermStatus.PREFERRED, "properNoun", ""))),
            new Concept("iran", "place", "", "", "", List.of(
                    new Term("İran İslam Respublikası", Language.AZ, TermStatus.PREFERRED, "properNoun", ""),
                    new Term("Islamic Republic of Iran", Language.EN, TermStatus.PREFERRED, "properNoun", ""),
                    new Term("Исламская Республика Иран", Language.RU, TermStatus.PREFERRED, "properNoun", ""))),
            new Concept("osce-pa", "organisation", "", "", "", List.of(
                    new Term("ATƏT PA", Language.AZ, TermStatus.PREFERRED, "properNoun", ""),
                    new Term("OSCE PA", Language.EN, TermStatus.PREFERRED, "properNoun", ""),
                    new Term("ПА ОБСЕ", Language.RU, TermStatus.PREFERRED, "properNoun", "")))));

    private ExampleGlossary() {
    }

    static TermBase base() {
        return BASE;
    }
}
