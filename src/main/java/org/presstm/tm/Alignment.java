package org.presstm.tm;

/**
 * The word alignment behind a Levenshtein distance (Wagner and Fischer 1974): which words of the second
 * sequence are kept unchanged on one optimal path from the first. Used to mark differences. Stateless.
 */
final class Alignment {
    private Alignment() {
    }

    /** For each word of {@code b}: true if an optimal edit path keeps it as an equal word of {@code a}. */
    static boolean[] kept(String[] a, String[] b) {
        int[][] d = new int[a.length + 1][b.length + 1];
        for (int i = 0; i <= a.length; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            for (int j = 1; j <= b.length; j++) {
                int cost = a[i - 1].equals(b[j - 1]) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
            }
        }
        boolean[] kept = new boolean[b.length];
        int i = a.length;
        int j = b.length;
        while (i > 0 && j > 0) {
            if (a[i - 1].equals(b[j - 1]) && d[i][j] == d[i - 1][j - 1]) {
                kept[j - 1] = true;
                i--;
                j--;
            } else if (d[i][j] == d[i - 1][j - 1] + 1) {
                i--;
                j--;
            } else if (d[i][j] == d[i][j - 1] + 1) {
                j--;
            } else {
                i--;
            }
        }
        return kept;
    }
}
