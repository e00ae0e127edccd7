package org.presstm.tm;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads units and variants from their rows. Stateless; the caller owns the connection. */
final class UnitRows {
    static final String UNIT_COLUMNS = "u.id, u.tuid, u.release, u.creation_date, u.creation_id, u.change_date,"
            + " u.change_id, u.usage_count, u.props, u.notes";
    static final String VARIANT_COLUMNS = "v.id, v.unit_id, v.lang, v.text, v.codes, v.creation_date,"
            + " v.creation_id, v.change_date, v.change_id, v.usage_count, v.props, v.notes";

    private UnitRows() {
    }

    /** A unit row read with {@link #UNIT_COLUMNS}, whose id is column {@code at}, with the given variants. */
    static TranslationUnit unit(ResultSet rs, int at, List<Variant> variants) throws SQLException {
        return new TranslationUnit(rs.getString(at + 1), rs.getString(at + 2), provenance(rs, at + 2),
                Codec.props(rs.getString(at + 8)), Codec.notes(rs.getString(at + 9)), variants);
    }

    /** A variant row read with {@link #VARIANT_COLUMNS}, whose id is column {@code at + 1}. */
    static Variant variant(ResultSet rs, int at) throws SQLException {
        TaggedText text = new TaggedText(rs.getString(at + 4), Codec.codes(rs.getString(at + 5)));
        return new Variant(rs.getString(at + 3), text, provenance(rs, at + 5), Codec.props(rs.getString(at + 11)),
                Codec.notes(rs.getString(at + 12)));
    }

    /** The five provenance columns from {@code at + 1}. */
    private static Provenance provenance(ResultSet rs, int at) throws SQLException {
        return new Provenance(rs.getString(at + 1), rs.getString(at + 2), rs.getString(at + 3), rs.getString(at + 4),
                rs.getInt(at + 5));
    }

    /** Whole units by id, in the order of {@code ids}. */
    static Map<Long, TranslationUnit> units(Connection c, Collection<Long> ids) throws SQLException {
        Map<Long, TranslationUnit> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        String list = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        Map<Long, List<Variant>> variants = new LinkedHashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT " + VARIANT_COLUMNS
                + " FROM variant v WHERE v.unit_id IN (" + list + ") ORDER BY v.id");
                ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                variants.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(variant(rs, 0));
            }
        }
        Map<Long, TranslationUnit> byId = new LinkedHashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT " + UNIT_COLUMNS
                + " FROM unit u WHERE u.id IN (" + list + ")");
                ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                byId.put(id, unit(rs, 1, variants.getOrDefault(id, List.of())));
            }
        }
        for (Long id : ids) {
            if (byId.containsKey(id)) {
                out.put(id, byId.get(id));
            }
        }
        return out;
    }
}
