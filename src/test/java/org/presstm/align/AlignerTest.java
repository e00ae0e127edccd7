package org.presstm.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.presstm.lang.Language;

/** Fixtures are the project's own writing. */
class AlignerTest {
    private static final List<String> AZ = List.of(
            "Milli Məclisin sədri Sahibə Qafarova 14 oktyabrda Pakistan Senatının sədri ilə görüşüb.",
            "Görüşdə iki ölkə arasında parlament əməkdaşlığının inkişafı müzakirə olunub.",
            "Qafarova 2024-cü ildə imzalanmış memorandumun əhəmiyyətini vurğulayıb.",
            "Tərəflər BMT və ATƏT çərçivəsində qarşılıqlı dəstəyi yüksək qiymətləndiriblər.",
            "Sonda qonaqlar Bakıya dəvət olunub.");
    private static final List<String> EN = List.of(
            "On 14 October Milli Majlis Speaker Sahiba Gafarova met the Chairman of the Senate of Pakistan.",
            "The meeting discussed the development of parliamentary cooperation between the two countries.",
            "Gafarova stressed the importance of the memorandum signed in 2024.",
            "The sides praised their mutual support within the UN and the OSCE.",
            "Finally, the guests were invited to Baku.");

    private final Aligner aligner = new Aligner();

    private List<String> beads(List<String> az, List<String> en) {
        return aligner.align(AlignText.of(Language.AZ, az), AlignText.of(Language.EN, en)).beads().stream()
                .map(Bead::toString).toList();
    }

    @Test
    void alignsSentenceForSentenceTranslation() {
        assertEquals(List.of("[0]:[0]", "[1]:[1]", "[2]:[2]", "[3]:[3]", "[4]:[4]"), beads(AZ, EN));
    }

    @Test
    void findsASentenceTheTranslationLeftOut() {
        List<String> en = List.of(EN.get(0), EN.get(1), EN.get(3), EN.get(4));
        assertEquals(List.of("[0]:[0]", "[1]:[1]", "[2]:[]", "[3]:[2]", "[4]:[3]"), beads(AZ, en));
    }

    @Test
    void findsTwoSentencesTranslatedAsOne() {
        List<String> en = List.of(EN.get(0), EN.get(1), EN.get(2) + " " + EN.get(3), EN.get(4));
        assertEquals(List.of("[0]:[0]", "[1]:[1]", "[2, 3]:[2]", "[4]:[3]"), beads(AZ, en));
    }

    @Test
    void aSentenceWhoseNamesTheOtherVersionLacksIsLeftOutNotMerged() {
        List<String> az = List.of("Milli Məclisin sədri Sahibə Qafarova Romaya səfərə gəlib.",
                "Spiker sabah keçiriləcək beynəlxalq konfransda ölkəmizi təmsil edəcək və parlamentlərarası əməkdaşlıq "
                        + "barədə çıxış edəcək, həmçinin bir neçə görüş keçirəcək.");
        List<String> en = List.of("Speaker of the Milli Majlis Sahiba Gafarova has arrived in Rome on a visit.",
                "At Fiumicino airport she was met by Ambassador Rustam Mammadov and Senator Giulia Bongiorno.",
                "Tomorrow the Speaker will represent the country at the international conference.");
        assertEquals(List.of("[0]:[0]", "[]:[1]", "[1]:[2]"), beads(az, en),
                "the welcome at the airport names five people az never mentions: en added it");
    }

    @Test
    void theSearchSkipsOnlyBeadsThatCannotWin() {
        List<String> en = List.of(EN.get(0), EN.get(1) + " " + EN.get(2), EN.get(3), EN.get(4));
        Aligner a = new Aligner();
        BeadCost cost = new BeadCost(LengthModel.forPair(Language.AZ, Language.EN),
                a.anchor(AlignText.of(Language.AZ, AZ)), a.anchor(AlignText.of(Language.EN, en)));
        int checked = 0;
        for (int s0 = 0; s0 <= AZ.size(); s0++) {
            for (int t0 = 0; t0 <= en.size(); t0++) {
                for (int[] shape : Aligner.SHAPES) {
                    int s1 = s0 + shape[0];
                    int t1 = t0 + shape[1];
                    if (shape[0] + shape[1] > 2 && s1 <= AZ.size() && t1 <= en.size()) {
                        assertTrue(cost.mergedLowerBound(s0, s1, t0, t1) <= cost.cost(s0, s1, t0, t1),
                                "bound above the cost of " + Bead.of(s0, s1, t0, t1, 1));
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > 50, "merged beads checked: " + checked);
    }

    @Test
    void everyBeadHasAConfidenceAndSureOnesAreHigh() {
        Alignment a = aligner.align(AlignText.of(Language.AZ, AZ), AlignText.of(Language.EN, EN));
        assertTrue(a.beads().stream().allMatch(b -> b.confidence() >= Alignment.LOW), a.beads().toString());
        assertTrue(a.warnings().isEmpty());
    }

    @Test
    void anEmptyVersionGivesAWarningNotACrash() {
        Alignment a = aligner.align(AlignText.of(Language.AZ, AZ), AlignText.of(Language.EN, List.of()));
        assertEquals(5, a.beads().size());
        assertTrue(a.beads().stream().allMatch(Bead::isOmission));
        assertFalse(a.warnings().isEmpty());
        assertTrue(a.beads().stream().allMatch(b -> b.confidence() < Alignment.LOW));
    }

    @Test
    void textsThatAreNotTranslationsGiveLowConfidenceAndAWarning() {
        List<String> other = List.of("The weather in the mountains will be cold tomorrow.",
                "Farmers expect a good harvest of apples this autumn.",
                "A new bridge over the river will open next spring.",
                "The football season ended with a surprise.",
                "Museums will stay open late on Fridays.");
        Alignment a = aligner.align(AlignText.of(Language.AZ, AZ), AlignText.of(Language.EN, other));
        assertFalse(a.warnings().isEmpty(), a.beads().toString());
        assertTrue(a.beads().stream().allMatch(b -> b.confidence() < Alignment.LOW));
    }

    @Test
    void longInputsAreAlignedInABand() {
        List<String> az = new java.util.ArrayList<>();
        List<String> en = new java.util.ArrayList<>();
        for (int i = 0; i < 400; i++) {
            az.add(AZ.get(i % 5).replace("14", String.valueOf(i)));
            en.add(EN.get(i % 5).replace("14", String.valueOf(i)));
        }
        Alignment a = new Aligner().align(AlignText.of(Language.AZ, az), AlignText.of(Language.EN, en));
        assertEquals(400, a.beads().size());
        assertTrue(a.beads().stream().allMatch(b -> b.source().equals(b.target())));
    }
}
