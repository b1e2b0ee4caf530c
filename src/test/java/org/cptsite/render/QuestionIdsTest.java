package org.cptsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.cptsite.model.Slug;
import org.junit.jupiter.api.Test;

/** Ids of FAQ questions: their words, each once on a page. */
class QuestionIdsTest {
    @Test
    void anIdIsTheQuestionsWordsEachOnceOnThePage() {
        QuestionIds ids = new QuestionIds();
        assertEquals("faq-is-38900-an-add-on-code", ids.next("Is 38900 an add-on code?"));
        assertEquals("faq-how-much-does-medicare-pay-for-0042t", ids.next("  How much does Medicare pay for 0042T?"));
        assertEquals("faq-is-38900-an-add-on-code-2", ids.next("Is 38900 an add-on code"));
        assertEquals("faq-question", ids.next("???"));
        assertEquals("faq-question-2", ids.next("-"));
    }

    @Test
    void otherScriptsGoThroughSlugAndLongQuestionsAreCutAtAWord() {
        assertEquals(Slug.of("Médecine générale ou pas ?"), QuestionIds.words("Médecine générale ou pas ?"));
        String words = QuestionIds.words(
                "Can modifier 50 be reported when the mapping is done on both sides of the body in one session?");
        assertEquals("can-modifier-50-be-reported-when-the-mapping-is-done-on-both", words);
        // Past the limit, the word under way is kept whole.
        assertEquals(
                "an-unusually-long-question-about-the-technical-component-of-imaging",
                QuestionIds.words("An unusually long question about the technical component of imaging, asked often?"));
    }
}
