package org.presstm.align;

import java.util.List;
import java.util.function.Consumer;

import org.presstm.lang.Language;
import org.presstm.lang.NumberReader;
import org.presstm.lang.Quantity;

/**
 * Numbers and dates as anchors, read by the project's one reader of numbers ({@link NumberReader} of
 * {@code org.presstm.lang}, which the checks use too), so that "mayın 6-da", "6 May" and "6 мая" share
 * the anchors {@code n6} and {@code m5}, "44 günlük", "44-day", "44-дневной" share {@code n44}, "1,500"
 * (en) and "1 500" (ru) share {@code n1500}, "5 faiz" and "5%" share {@code n5}, and "XXI", "ikinci",
 * "second", "второй" give their value. A date gives its day and its month, so that a date written in full
 * on one side still meets a bare day or month on the other; a time gives itself ({@code n11:40}). The
 * spans the reader took are reported so that the words inside them (month names, number words) give no
 * other anchor. Immutable; thread-safe.
 */
final class NumberAnchors {
    private NumberAnchors() {
    }

    /** The quantities of a sentence, in text order. */
    static List<Quantity> read(String sentence, Language language) {
        return NumberReader.of(language).read(sentence);
    }

    /** The anchors of one quantity. */
    static void of(Quantity q, Consumer<String> sink) {
        switch (q.kind()) {
            case DATE -> {
                String[] md = q.value().split("-");
                sink.accept("n" + Integer.parseInt(md[1]));
                sink.accept("m" + Integer.parseInt(md[0]));
            }
            case MONTH -> sink.accept("m" + Integer.parseInt(q.value()));
            case TIME -> sink.accept("n" + q.value());
            default -> {
                for (String key : q.keys()) {
                    sink.accept("n" + key.substring(1));
                }
            }
        }
    }
}
