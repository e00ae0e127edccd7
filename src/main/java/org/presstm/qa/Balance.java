package org.presstm.qa;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The brackets and quotes of a text: whether round and square brackets pair up, and whether the quotes
 * (straight, curly, guillemets, „low-high“) come in pairs. Apostrophes are not quotes ("Azerbaijan’s").
 *
 * @param unmatchedBrackets offsets of brackets without a partner
 * @param quotes            offsets of all quote marks
 * @param openQuotes        opening marks (“ « „) minus closing marks (” »), straight quotes left out
 */
record Balance(List<Integer> unmatchedBrackets, List<Integer> quotes, int openQuotes, int straightQuotes) {
    Balance {
        unmatchedBrackets = List.copyOf(unmatchedBrackets);
        quotes = List.copyOf(quotes);
    }

    static Balance of(String text) {
        Deque<Integer> open = new ArrayDeque<>();
        List<Integer> unmatched = new ArrayList<>();
        List<Integer> quotes = new ArrayList<>();
        int openQuotes = 0;
        int straight = 0;
        // in „low-high“ quoting (Azerbaijani, Russian) “ closes; in English it opens
        boolean lowHigh = text.indexOf('„') >= 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '(', '[' -> open.push(i);
                case ')', ']' -> {
                    char want = c == ')' ? '(' : '[';
                    if (!open.isEmpty() && text.charAt(open.peek()) == want) {
                        open.pop();
                    } else {
                        unmatched.add(i);
                    }
                }
                case '"' -> {
                    quotes.add(i);
                    straight++;
                }
                case '«', '“', '„' -> {
                    quotes.add(i);
                    openQuotes += c == '“' && lowHigh ? -1 : 1;
                }
                case '»', '”' -> {
                    quotes.add(i);
                    openQuotes--;
                }
                default -> {
                }
            }
        }
        unmatched.addAll(open);
        unmatched.sort(null);
        return new Balance(unmatched, quotes, openQuotes, straight);
    }

    boolean bracketsBalanced() {
        return unmatchedBrackets.isEmpty();
    }

    /** Whether the quotes pair up: straight ones in pairs, as many closing curly ones as opening ones. */
    boolean quotesBalanced() {
        return straightQuotes % 2 == 0 && openQuotes == 0;
    }
}
