package org.presstm.xml;

/**
 * Text written into XML or HTML by hand (review pages, reports, the few strings Okapi's writers take as raw
 * markup). One escaper for the project: it escapes all five markup characters, so its result is safe both as
 * element content and inside a quoted attribute.
 */
public final class XmlText {
    private XmlText() {
    }

    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
