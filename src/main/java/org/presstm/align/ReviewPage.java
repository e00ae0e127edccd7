package org.presstm.align;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.presstm.lang.Language;
import org.presstm.xml.XmlText;

/**
 * The review page of {@code presstm align --review}: one self-contained HTML file (inline style, no script,
 * nothing fetched) showing, for each release, the versions side by side, one row a unit with its
 * confidence, low-confidence and inconsistent units marked, then the sentences that found no counterpart.
 * A translator reads it to check what will go, or did not go, into the memory. Stateless.
 */
public final class ReviewPage {
    private static final String STYLE = "body{font:14px/1.4 sans-serif;margin:1.5em}table{border-collapse:collapse;"
            + "width:100%;margin-bottom:2em}td,th{border:1px solid #ccc;padding:4px 6px;vertical-align:top}"
            + "th{background:#eee}tr.low td{background:#fde2e1}tr.odd td{background:#fff7d6}"
            + "td.c{white-space:nowrap;text-align:right;color:#555}.w{color:#a00}";

    private ReviewPage() {
    }

    public static String html(List<Release> releases) {
        StringBuilder sb = new StringBuilder(4096);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>presstm alignment review</title><style>").append(STYLE).append("</style></head><body>\n")
                .append("<h1>Alignment review</h1><p>Rows in red are below confidence ")
                .append(Alignment.LOW).append(" and are not written to the memory unless <code>--accept-low</code>; ")
                .append("rows in yellow disagree with the third language.</p>\n");
        for (Release r : releases) {
            release(r, sb);
        }
        return sb.append("</body></html>\n").toString();
    }

    private static void release(Release r, StringBuilder sb) {
        List<Language> langs = new ArrayList<>(r.versions().keySet());
        sb.append("<h2>").append(XmlText.escape(r.name())).append("</h2>\n");
        for (String w : r.warnings()) {
            sb.append("<p class=\"w\">").append(XmlText.escape(w)).append("</p>\n");
        }
        sb.append("<table><tr><th>#</th>");
        langs.forEach(l -> sb.append("<th>").append(l.englishName()).append("</th>"));
        sb.append("<th>confidence</th></tr>\n");
        int n = 0;
        for (AlignedUnit u : r.units()) {
            String cls = u.isLow() ? " class=\"low\"" : !u.consistent() ? " class=\"odd\"" : "";
            sb.append("<tr").append(cls).append("><td>").append(++n).append("</td>");
            for (Language l : langs) {
                sb.append("<td>").append(XmlText.escape(u.texts().getOrDefault(l, ""))).append("</td>");
            }
            sb.append("<td class=\"c\">").append(String.format(Locale.ROOT, "%.2f", u.confidence())).append("</td></tr>\n");
        }
        sb.append("</table>\n");
        orphans(r, langs, sb);
    }

    private static void orphans(Release r, List<Language> langs, StringBuilder sb) {
        StringBuilder rows = new StringBuilder();
        for (Language l : langs) {
            Set<Integer> used = new HashSet<>();
            r.units().forEach(u -> used.addAll(u.sentences().getOrDefault(l, List.of())));
            List<String> sentences = r.versions().get(l).sentences();
            for (int i = 0; i < sentences.size(); i++) {
                if (!used.contains(i)) {
                    rows.append("<tr><td>").append(l).append(' ').append(i + 1).append("</td><td>")
                            .append(XmlText.escape(sentences.get(i))).append("</td></tr>\n");
                }
            }
        }
        if (rows.length() > 0) {
            sb.append("<h3>No counterpart</h3><table><tr><th>sentence</th><th>text</th></tr>\n").append(rows)
                    .append("</table>\n");
        }
    }
}
