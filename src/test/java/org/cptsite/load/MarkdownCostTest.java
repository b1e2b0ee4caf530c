package org.cptsite.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.cptsite.model.Problem;
import org.cptsite.model.Problems;
import org.junit.jupiter.api.Test;

/**
 * Hostile Markdown that would cost flexmark minutes (character references, brackets: time in the square of the
 * text's length) or its stack (thousands of emphasis marks) is an error at the text, not a hung or dead build.
 */
class MarkdownCostTest {
    private static List<Problem> errors(String markdown) {
        Problems problems = new Problems();
        String html = new Markdown(false).toHtml(markdown, "38900.md", 12, problems);
        assertEquals("", html, "nothing of such a text is published");
        return problems.all().stream().filter(Problem::isError).toList();
    }

    @Test
    void thousandsOfCharacterReferencesOrBracketsAreAnError() {
        List<Problem> refs = errors("&#x6a;".repeat(5_000));
        assertEquals(1, refs.size(), refs::toString);
        assertEquals(12, refs.get(0).line());
        assertEquals(
                "the text has 5000 character references (&...;); at most 500",
                refs.get(0).message());
        List<Problem> brackets = errors("![".repeat(2_000) + "x" + "](/cpt/38792/)".repeat(2_000));
        assertEquals(
                "the text has 2000 links or brackets ([); at most 500",
                brackets.get(0).message());
        List<Problem> big = errors("word ".repeat(20_000));
        assertEquals("the text has 100000 characters; at most 65536", big.get(0).message());
    }

    @Test
    void aWritersTextIsReadAsAlways() {
        Problems problems = new Problems();
        String html = new Markdown(false)
                .toHtml("Fees &amp; [codes](/cpt/38792/) &mdash; **bold**.", "38900.md", 1, problems);
        assertEquals("<p>Fees &amp; <a href=\"/cpt/38792/\">codes</a> — <strong>bold</strong>.</p>", html);
        assertTrue(problems.all().isEmpty(), problems.all()::toString);
    }

    /** On a small stack (as serve's watcher thread or a JVM's default may have), a run of marks overflows it. */
    @Test
    void aStackOverflowInTheParserIsAnErrorAtTheText() throws InterruptedException {
        AtomicReference<List<Problem>> said = new AtomicReference<>();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread t = new Thread(
                null,
                () -> {
                    try {
                        said.set(errors("**".repeat(5_000) + "x" + "**".repeat(5_000)));
                    } catch (Throwable e) {
                        thrown.set(e);
                    }
                },
                "small-stack",
                256 * 1024);
        t.start();
        t.join();
        assertEquals(null, thrown.get(), "nothing escapes");
        assertEquals(1, said.get().size(), said.get()::toString);
        assertTrue(said.get().get(0).message().startsWith("Markdown too deeply nested to read"), said.get()::toString);
    }
}
