package org.presstm.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * The format of presstm's abbreviation lists ({@code segment/<lang>/abbreviations.txt}): one abbreviation a
 * line, written as in text with its dot(s), no spaces; '#' starts a comment; blank lines are ignored.
 */
final class AbbreviationList {
    private AbbreviationList() {
    }

    static List<String> parse(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\r?\n")) {
            int hash = line.indexOf('#');
            String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (!entry.isEmpty()) {
                out.add(entry);
            }
        }
        return out;
    }
}
