package org.presstm.glossary;

import java.util.List;

import org.presstm.lang.Language;

/** A small term base of the project's own writing, shared by the glossary tests. */
final class Fixtures {
    private Fixtures() {
    }

    static Term az(String t) {
        return new Term(t, Language.AZ, TermStatus.PREFERRED);
    }

    static Term en(String t) {
        return new Term(t, Language.EN, TermStatus.PREFERRED);
    }

    static Term ru(String t) {
        return new Term(t, Language.RU, TermStatus.PREFERRED);
    }

    static Term name(String t, Language l) {
        return new Term(t, l, TermStatus.PREFERRED, "properNoun", "");
    }

    static TermBase base() {
        return TermBase.of(null, List.of(
                new Concept("mm", List.of(name("Milli Məclis", Language.AZ), name("Milli Majlis", Language.EN),
                        new Term("Milli Mejlis", Language.EN, TermStatus.DEPRECATED),
                        name("Милли Меджлис", Language.RU))),
                new Concept("mm-chair", List.of(az("Milli Məclisin sədri"), en("Speaker of the Milli Majlis"),
                        ru("председатель Милли Меджлиса"))),
                new Concept("osce-pa", List.of(az("ATƏT PA"), en("OSCE PA"), ru("ПА ОБСЕ"),
                        new Term("Парламентская ассамблея ОБСЕ", Language.RU, TermStatus.ADMITTED))),
                new Concept("turkpa", List.of(az("TürkPA"), en("TurkPA"), ru("ТюркПА"))),
                new Concept("pace", List.of(az("AŞPA"), en("PACE"), ru("ПАСЕ"))),
                new Concept("delegation", List.of(az("nümayəndə heyəti"), en("delegation"), ru("делегация"))),
                new Concept("embassy", List.of(az("səfirlik"), en("embassy"), ru("посольство"))),
                new Concept("ambassador", List.of(az("səfir"), en("ambassador"), ru("посол"))),
                new Concept("help", List.of(az("kömək"), en("help"), ru("помощь"))),
                new Concept("mp", List.of(az("deputat"), en("MP"), ru("депутат"))),
                new Concept("person-guliyev", List.of(name("Azay Quliyev", Language.AZ),
                        name("Azay Guliyev", Language.EN), name("Азай Гулиев", Language.RU))),
                new Concept("country-td", List.of(name("Çad", Language.AZ), name("Chad", Language.EN),
                        name("Чад", Language.RU))),
                new Concept("country-tg", List.of(name("Toqo", Language.AZ), name("Togo", Language.EN),
                        name("Того", Language.RU)))));
    }
}
