package org.presstm.lang;

import java.math.BigDecimal;
import java.util.List;

/**
 * The digits of one written number with its separators read as the language writes them: groups of
 * thousands ("1,500", "1 500", "18 400 000") and a decimal part ("18,4" in az and ru, "18.4" in en). A
 * single group of three after the language's decimal separator is ambiguous ("1,500" in Azerbaijani), so it
 * gives both readings, the language's own first.
 *
 * @param values one or two canonical values ("1500", "1.5")
 * @param end    offset after the last digit
 * @param plain  whether it was a bare run of digits (no separator)
 */
record NumberText(List<String> values, int end, boolean plain) {
    NumberText {
        values = List.copyOf(values);
    }

    /** A plain number from 1 to 31 that may be the day of a date. */
    boolean isDay() {
        if (!plain || values.get(0).length() > 2) {
            return false;
        }
        int v = Integer.parseInt(values.get(0));
        return v >= 1 && v <= 31;
    }

    static NumberText read(String text, int from, NumberForms forms) {
        int end = NumberReader.digitsEnd(text, from);
        String first = text.substring(from, end);
        if (end + 1 >= text.length() || !NumberReader.isDigit(text.charAt(end + 1))) {
            return new NumberText(List.of(NumberReader.strip(first)), end, true);
        }
        char sep = text.charAt(end);
        int groupEnd = NumberReader.digitsEnd(text, end + 1);
        boolean threeDigits = groupEnd - end - 1 == 3;
        if (sep == ',' || sep == '.') {
            if (!threeDigits || first.length() > 3) {
                return new NumberText(List.of(decimal(first, text.substring(end + 1, groupEnd))), groupEnd, false);
            }
            return grouped(text, from, end, sep, forms);
        }
        if ((sep == ' ' || sep == '\u00A0' || sep == '\u202F') && threeDigits && first.length() <= 3) {
            return grouped(text, from, end, sep, forms);
        }
        return new NumberText(List.of(NumberReader.strip(first)), end, true);
    }

    /** Groups of three after {@code sep}; one group after a '.' or ',' is also read as a decimal. */
    private static NumberText grouped(String text, int from, int end, char sep, NumberForms forms) {
        StringBuilder whole = new StringBuilder(text.substring(from, end));
        int i = end;
        int groups = 0;
        while (i + 4 <= text.length() && text.charAt(i) == sep && NumberReader.digitsEnd(text, i + 1) == i + 4) {
            whole.append(text, i + 1, i + 4);
            i += 4;
            groups++;
        }
        String thousands = NumberReader.strip(whole.toString());
        if (groups == 1 && (sep == ',' || sep == '.')) {
            String dec = decimal(text.substring(from, end), text.substring(end + 1, end + 4));
            boolean decimalFirst = sep == forms.decimal() && !forms.isThousands(sep);
            return new NumberText(decimalFirst ? List.of(dec, thousands) : List.of(thousands, dec), i, false);
        }
        if (i + 1 < text.length() && (text.charAt(i) == ',' || text.charAt(i) == '.') && text.charAt(i) != sep
                && NumberReader.isDigit(text.charAt(i + 1))) {
            int fracEnd = NumberReader.digitsEnd(text, i + 1);
            return new NumberText(List.of(decimal(whole.toString(), text.substring(i + 1, fracEnd))), fracEnd, false);
        }
        return new NumberText(List.of(thousands), i, false);
    }

    private static String decimal(String whole, String fraction) {
        return new BigDecimal(whole + "." + fraction).stripTrailingZeros().toPlainString();
    }
}
