package org.presstm.tm;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.presstm.lang.TextNormalizer;

/**
 * Concordance search: variants containing every searched word, where a word matches the start of a stored
 * word (so "Məclis" finds "Məclisin", as Azerbaijani and Russian inflect by suffix) and case and
 * diacritics are ignored through {@link TextNormalizer#searchKey}. Not thread-safe: one per search.
 */
final class Concordance {
    private final Connection c;

    Concordance(Connection c) {
        this.c = c;
    }

    List<ConcordanceHit> search(String text, String langKey, int max) throws SQLException {
        String lang = langKey == null ? null : Variant.keyOf(langKey);
        List<String> words = Words.split(TextNormalizer.searchKey(text, lang == null ? null : Words.language(lang)));
        if (words.isEmpty()) {
            throw new IllegalArgumentException("nothing to search for in '" + text + "'");
        }
        List<String> langs = lang == null ? languages() : List.of(lang);
        if (langs.isEmpty()) {
            return List.of();
        }
        List<Long> ids = new CandidateIndex(c).containing(langs, words, max);
        List<ConcordanceHit> out = new ArrayList<>();
        if (ids.isEmpty()) {
            return out;
        }
        List<Long> unitIds = new ArrayList<>();
        List<Variant> variants = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT " + UnitRows.VARIANT_COLUMNS
                + " FROM variant v WHERE v.id IN (" + SqliteMemory.idList(ids) + ") ORDER BY v.id");
                ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                unitIds.add(rs.getLong(2));
                variants.add(UnitRows.variant(rs, 0));
            }
        }
        Map<Long, TranslationUnit> units = UnitRows.units(c, unitIds);
        for (int i = 0; i < variants.size(); i++) {
            Variant v = variants.get(i);
            out.add(new ConcordanceHit(v, highlight(v, words), units.get(unitIds.get(i))));
        }
        return out;
    }

    /** The variant's plain text with each word that starts with a searched word marked. */
    static String highlight(Variant v, List<String> words) {
        String plain = v.text().plain();
        int[] spans = Words.spans(plain);
        StringBuilder sb = new StringBuilder(plain.length() + 8);
        int at = 0;
        for (int i = 0; i < spans.length; i += 2) {
            String word = plain.substring(spans[i], spans[i + 1]);
            String key = TextNormalizer.searchKey(word, Words.language(v.langKey()));
            boolean hit = words.stream().anyMatch(key::startsWith);
            sb.append(plain, at, spans[i]);
            sb.append(hit ? Match.MARK_START + word + Match.MARK_END : word);
            at = spans[i + 1];
        }
        return sb.append(plain.substring(at)).toString();
    }

    private List<String> languages() throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT lang_key FROM language ORDER BY lang_key")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
