package org.cptsite.render;

import java.util.HashSet;
import java.util.Set;
import org.cptsite.model.Slug;

/**
 * The ids of one page's FAQ questions, for links to a question ({@code /cpt/38900/#faq-is-38900-an-add-on-code}):
 * "faq-" and the question's words, each id once on the page ("-2" for a second question of the same words).
 * Made by hand for ASCII questions: a page has five or more, on every one of 17,000 pages, and {@link Slug}'s
 * normalising and patterns cost ten times as much; other questions go through {@link Slug}.
 */
final class QuestionIds {
    /** Long enough to tell questions apart, short enough for a link: cut at a word past it. */
    static final int MAX_WORDS_CHARS = 60;

    private final Set<String> used = new HashSet<>();

    /** The id of the next question of the page. */
    String next(String question) {
        String base = "faq-" + words(question);
        String id = base;
        for (int n = 2; !used.add(id); n++) id = base + "-" + n;
        return id;
    }

    /** "Is 38900 an add-on code?" gives "is-38900-an-add-on-code". */
    static String words(String question) {
        StringBuilder sb = new StringBuilder(question.length());
        for (int i = 0; i < question.length(); i++) {
            char c = question.charAt(i);
            if (c >= 0x80) return cut(Slug.of(question));
            if (c >= 'A' && c <= 'Z') c = (char) (c + ('a' - 'A'));
            boolean word = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (word) sb.append(c);
            else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') sb.append('-');
        }
        if (sb.length() > 0 && sb.charAt(sb.length() - 1) == '-') sb.setLength(sb.length() - 1);
        return sb.length() == 0 ? "question" : cut(sb.toString());
    }

    private static String cut(String words) {
        if (words.length() <= MAX_WORDS_CHARS) return words;
        int hyphen = words.indexOf('-', MAX_WORDS_CHARS);
        return hyphen < 0 ? words : words.substring(0, hyphen);
    }
}
