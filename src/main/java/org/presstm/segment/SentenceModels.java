package org.presstm.segment;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Map;

import opennlp.tools.sentdetect.SentenceModel;

import org.presstm.PresstmException;
import org.presstm.lang.Language;

/**
 * The OpenNLP sentence models presstm ships: Azerbaijani and Russian trained by the project
 * ({@code presstm train-segmenter}, from {@code src/main/resources/segment/<lang>/}), English the official
 * model from Maven Central. Each model is loaded once, on first use. Thread-safe: models are immutable.
 */
public final class SentenceModels {
    /** Where the official English model sits in opennlp-models-sentdetect-en 1.3.0. */
    static final String ENGLISH_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

    private final Map<Language, SentenceModel> loaded = new EnumMap<>(Language.class);

    /** The classpath resource of a language's model. */
    public static String resourceOf(Language language) {
        return language == Language.EN ? ENGLISH_MODEL : "/segment/" + language.code() + "/sentence-model.bin";
    }

    public synchronized SentenceModel get(Language language) {
        return loaded.computeIfAbsent(language, SentenceModels::load);
    }

    private static SentenceModel load(Language language) {
        String resource = resourceOf(language);
        try (InputStream in = SentenceModels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new PresstmException("no sentence model for " + language.englishName()
                        + " in the jar (" + resource + "); run 'presstm train-segmenter'");
            }
            return new SentenceModel(in);
        } catch (IOException e) {
            throw new PresstmException("cannot load sentence model " + resource + ": " + e.getMessage(), e);
        }
    }
}
