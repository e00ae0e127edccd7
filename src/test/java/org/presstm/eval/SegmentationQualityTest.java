package org.presstm.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.presstm.lang.Language;
import org.presstm.segment.SentenceModels;

/**
 * Guards the measured segmentation quality on the shared corpus (../shared/corpus), when it is present.
 * The figures themselves come from {@code presstm eval segment --gold ../shared/corpus}.
 */
class SegmentationQualityTest {
    static final Path CORPUS = Path.of("..", "shared", "corpus");

    @Test
    void presstmBeatsBothBaselinesAndReachesTheTargetInEachLanguage() {
        assumeTrue(Files.isDirectory(CORPUS), "../shared/corpus is absent: segmentation quality not measured");
        List<GoldSegmentation> items = SegmentationEvaluation.findItems(CORPUS, List.of(Language.values()));
        Map<String, Map<Language, BoundaryScore>> table =
                SegmentationEvaluation.standard(new SentenceModels()).run(items, null);
        for (Language lang : Language.values()) {
            double ours = table.get("presstm").get(lang).f1();
            assertTrue(ours >= 0.985, lang + ": presstm F1 " + ours + " below the 0.985 target");
            assertTrue(ours > table.get("okapi-srx").get(lang).f1(), lang + ": not better than Okapi SRX");
            assertTrue(ours > table.get("opennlp-en").get(lang).f1(), lang + ": not better than OpenNLP-en");
        }
    }
}
