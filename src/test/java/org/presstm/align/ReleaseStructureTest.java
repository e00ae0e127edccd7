package org.presstm.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.presstm.align.ReleaseStructure.Role;
import org.presstm.lang.Language;

/** The frame of a release (headline, date line, byline, source line, cut) in alignment. Fixtures are the project's own writing. */
class ReleaseStructureTest {
    private static final String AZ_HEAD = "Spiker Qafarova Litva Seyminin sədri ilə görüşüb";
    private static final String AZ_1 = "Milli Məclisin sədri Sahibə Qafarova Litva Seyminin sədri Viktorija Čmilytė-Nielsen ilə görüşüb.";
    private static final String AZ_2 = "Görüşdə iki ölkə arasında parlament əməkdaşlığının inkişafı müzakirə olunub.";
    private static final String AZ_3 = "Tərəflər 2023-cü ildə imzalanmış sazişin əhəmiyyətini qeyd ediblər.";
    private static final String AZ_4 = "Sonda qonaq Bakıya dəvət olunub.";
    private static final String EN_1 = "Milli Majlis Speaker Sahiba Gafarova met Speaker of the Lithuanian Seimas Viktorija Čmilytė-Nielsen.";
    private static final String EN_2 = "The meeting discussed the development of parliamentary cooperation between the two countries.";
    private static final String EN_3 = "The sides noted the importance of the agreement signed in 2023.";
    private static final String EN_4 = "Finally, the guest was invited to Baku.";

    private final Aligner aligner = new Aligner();

    private List<String> beads(Language sl, List<String> s, Language tl, List<String> t) {
        return aligner.align(AlignText.of(sl, s), AlignText.of(tl, t)).beads().stream().map(Bead::toString).toList();
    }

    @Test
    void rolesAreToldFromFormAndPlace() {
        assertEquals(Role.HEADLINE, ReleaseStructure.role(AZ_HEAD, Language.AZ, 0, 5));
        assertEquals(Role.DATELINE, ReleaseStructure.role("Baku, March 3, AZERTAC", Language.EN, 0, 5));
        assertEquals(Role.DATELINE, ReleaseStructure.role("- 3 mart, 2026 - 09:40", Language.AZ, 1, 5));
        assertEquals(Role.DATELINE, ReleaseStructure.role("Общество 3 марта 2026 09:40", Language.RU, 1, 5));
        assertEquals(Role.BYLINE, ReleaseStructure.role("News.Az", Language.EN, 4, 5));
        assertEquals(Role.BYLINE, ReleaseStructure.role("By Trend", Language.EN, 0, 5));
        assertEquals(Role.BYLINE, ReleaseStructure.role("The Press and Public Relations Department", Language.EN, 3, 5));
        assertEquals(Role.BODY, ReleaseStructure.role("Goals from the bench - analysis", Language.EN, 3, 5),
                "a subheading has words in lower case");
        assertEquals(Role.SOURCE, ReleaseStructure.role("Об этом сообщает агентство Sputnik.", Language.RU, 2, 5));
        assertEquals(Role.SOURCE, ReleaseStructure.role("\"APA\" xəbər verir ki, bu barədə parlamentin mətbuat xidməti məlumat yayıb.", Language.AZ, 2, 5));
        assertEquals(Role.BODY, ReleaseStructure.role("Как сообщает APA, депутаты обсудили бюджет на будущий год.", Language.RU, 2, 5),
                "an attribution inside a sentence with news of its own is body text");
        assertEquals(Role.FRAGMENT, ReleaseStructure.role("The delegation then went on to discuss the reg", Language.EN, 4, 5));
    }

    @Test
    void sentencesThatNameTheirSourceAreRecognised() {
        assertTrue(ReleaseStructure.isAttributed("Parlamentin mətbuat xidmətindən verilən məlumata görə, görüş uğurlu olub.", Language.AZ));
        assertTrue(ReleaseStructure.isAttributed("According to the press service, the talks went well.", Language.EN));
        assertTrue(ReleaseStructure.isAttributed("Об этом говорится в информации парламента.", Language.RU));
        assertFalse(ReleaseStructure.isAttributed("Trend reports.", Language.EN), "an agency's bare tag names no source");
    }

    @Test
    void anAttributionClauseAndAnAgencysLeadAreFrameNotNews() {
        String clause = "Parlamentin mətbuat xidmətindən verilən məlumata görə,";
        String az = clause + " görüşdə iki ölkə arasında enerji sahəsində əməkdaşlıq müzakirə olunub.";
        assertEquals(BeadCost.nonSpace(clause) - 1, ReleaseStructure.attribution(az, Language.AZ).frameChars(),
                "the clause up to its comma");
        String lead = "БАКУ /Trend/ - ";
        String tail = ", сообщает Trend со ссылкой на пресс-службу.";
        String ru = lead + "Председатель парламента провела встречу с послом Грузии в Азербайджане" + tail;
        ReleaseStructure.Attribution a = ReleaseStructure.attribution(ru, Language.RU);
        assertTrue(a.named());
        assertEquals(BeadCost.nonSpace(lead) + BeadCost.nonSpace(tail) - 1, a.frameChars(), "lead and clause");
        assertEquals(0, ReleaseStructure.attribution(EN_2, Language.EN).frameChars());
        assertEquals(0, ReleaseStructure.attribution("According to the press service of the parliament, it rained.",
                Language.EN).frameChars(), "a clause that is most of the sentence is not discounted");
    }

    @Test
    void anAttributionOnAnotherSentenceDoesNotMergeTwoPairs() {
        List<String> az = List.of(
                "Milli Məclisin sədri Sahibə Qafarova Bakıda Gürcüstan parlamentinin sədri Şalva Papuaşvili ilə görüşüb.",
                "Parlamentin mətbuat xidmətindən verilən məlumata görə, görüşdə iki ölkə arasında enerji və nəqliyyat "
                        + "sahələrində əməkdaşlıq müzakirə olunub.",
                "Tərəflər 2027-ci ildə keçiriləcək birgə forumun hazırlığını da nəzərdən keçiriblər.");
        List<String> ru = List.of(
                "Председатель Милли Меджлиса Сахиба Гафарова встретилась в Баку с председателем парламента Грузии "
                        + "Шалвой Папуашвили, сообщает пресс-служба парламента со ссылкой на официальный сайт.",
                "На встрече обсуждалось сотрудничество двух стран в сферах энергетики и транспорта.",
                "Стороны также рассмотрели подготовку к совместному форуму, который пройдет в 2027 году.");
        assertEquals(List.of("[0]:[0]", "[1]:[1]", "[2]:[2]"), beads(Language.AZ, az, Language.RU, ru),
                "each agency put the attribution on its own sentence; the sentences still pair one to one");
    }

    @Test
    void headlinesAlignWithHeadlinesThoughWordedDifferently() {
        List<String> en = List.of("Azerbaijan and Lithuania to deepen parliamentary ties", EN_1, EN_2, EN_3, EN_4);
        assertEquals("[0]:[0]", beads(Language.AZ, List.of(AZ_HEAD, AZ_1, AZ_2, AZ_3, AZ_4), Language.EN, en).get(0));
    }

    @Test
    void aHeadlineAndAnotherAgencysDateLineAreBothLeftOut() {
        List<String> en = List.of("Baku, March 3, AZERTAC", EN_1, EN_2, EN_3, EN_4);
        List<String> got = beads(Language.AZ, List.of(AZ_HEAD, AZ_1, AZ_2, AZ_3, AZ_4), Language.EN, en);
        assertTrue(got.containsAll(List.of("[0]:[]", "[]:[0]", "[1]:[1]")), got.toString());
    }

    @Test
    void dateLinesAlignWithDateLinesThoughTheTimesDiffer() {
        List<String> az = List.of(AZ_HEAD, "- 3 mart, 2026 - 09:40", AZ_1, AZ_2, AZ_3, AZ_4);
        List<String> en = List.of("Azerbaijan and Lithuania to deepen parliamentary ties", "03 March 2026 | 10:15",
                EN_1, EN_2, EN_3, EN_4);
        assertTrue(beads(Language.AZ, az, Language.EN, en).contains("[1]:[1]"));
    }

    @Test
    void bylinesOfDifferentAgenciesStayUnpaired() {
        List<String> got = beads(Language.AZ, List.of(AZ_1, AZ_2, AZ_3, AZ_4, "XQ"), Language.EN,
                List.of(EN_1, EN_2, EN_3, EN_4, "News.Az"));
        assertTrue(got.containsAll(List.of("[4]:[]", "[]:[4]")), got.toString());
    }

    @Test
    void aSourceLineOfAnotherAgencyIsLeftOutNotMerged() {
        List<String> az = List.of(AZ_1, "\"APA\" xəbər verir ki, bu barədə Milli Məclisin mətbuat xidməti məlumat yayıb.",
                AZ_2, AZ_3, AZ_4);
        List<String> got = beads(Language.AZ, az, Language.EN, List.of(EN_1, EN_2, EN_3, EN_4));
        assertEquals(List.of("[0]:[0]", "[1]:[]", "[2]:[1]", "[3]:[2]", "[4]:[3]"), got);
    }

    @Test
    void aSourceLineMergesWithTheSentenceThatNamesTheSameSource() {
        List<String> ru = List.of(
                "Председатель Милли Меджлиса Сахиба Гафарова встретилась с председателем Сейма Литвы Викторией Чмилите-Нильсен.",
                "Об этом говорится в информации парламента Азербайджана.",
                "На встрече обсуждалось развитие парламентского сотрудничества между двумя странами.");
        List<String> az = List.of(AZ_1,
                "Parlamentdən verilən məlumata görə, görüşdə iki ölkə arasında parlament əməkdaşlığının inkişafı müzakirə olunub.");
        assertEquals(List.of("[0]:[0]", "[1]:[1, 2]"), beads(Language.AZ, az, Language.RU, ru));
    }

    @Test
    void aVersionCutShortLeavesTheRestOfTheOtherOut() {
        List<String> en = new ArrayList<>(List.of(EN_1, EN_2, "The sides noted the importance of the agr"));
        List<String> got = beads(Language.AZ, List.of(AZ_1, AZ_2, AZ_3, AZ_4), Language.EN, en);
        assertEquals(List.of("[0]:[0]", "[1]:[1]", "[2]:[2]", "[3]:[]"), got);
    }
}
