package org.cptsite.load;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean ...?" for misspelt keys and headings: the one known word it begins, else the closest within two edits. */
public final class Suggest {
    private Suggest() {}

    public static Optional<String> nearest(String word, Collection<String> known) {
        String lower = word.toLowerCase(Locale.ROOT).trim();
        // A word cut short ("Intro", "Billing") is the start of the one meant, more than two edits away.
        if (lower.length() >= 4) {
            java.util.List<String> started = known.stream()
                    .filter(k -> k.toLowerCase(Locale.ROOT).startsWith(lower))
                    .toList();
            if (started.size() == 1) return Optional.of(started.get(0));
        }
        return known.stream()
                .filter(k -> distance(word.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT)) <= 2)
                .min(Comparator.comparingInt(
                                (String k) -> distance(word.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT)))
                        .thenComparing(k -> k));
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
