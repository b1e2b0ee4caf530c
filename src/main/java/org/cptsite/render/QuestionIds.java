package org.cptsite.render;

import org.cptsite.model.Slug;
import org.cptsite.model.UniqueIds;

/**
 * The ids of one page's FAQ questions, for links to a question ({@code /cpt/38900/#faq-is-38900-an-add-on-code}):
 * "faq-" and the question's words ({@link Slug#words}), each id once on the page ("-2" for a second question of
 * the same words).
 */
final class QuestionIds {
    private final UniqueIds ids = new UniqueIds();

    /** The id of the next question of the page. */
    String next(String question) {
        return ids.next("faq-" + words(question));
    }

    /** "Is 38900 an add-on code?" gives "is-38900-an-add-on-code"; "question" for one without words. */
    static String words(String question) {
        String words = Slug.words(question);
        return words.isEmpty() ? "question" : words;
    }
}
