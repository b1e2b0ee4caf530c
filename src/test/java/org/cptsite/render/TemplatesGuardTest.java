package org.cptsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cptsite.model.Problem;
import org.cptsite.model.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Templates cannot reach Java, and a template that never ends is stopped at its line. */
class TemplatesGuardTest {
    @TempDir
    Path dir;

    /** A view record as the pages get, public as they are. */
    public record View(String title) {}

    private Problems problems;

    private byte[] render(boolean allowJava, long limitMillis, String... lines) throws IOException {
        return render(Map.of("title", "x"), allowJava, limitMillis, lines);
    }

    private byte[] render(Object page, boolean allowJava, long limitMillis, String... lines) throws IOException {
        Files.writeString(dir.resolve("t.ftlh"), String.join("\n", lines) + "\n");
        problems = new Problems();
        return new Templates(dir, allowJava, limitMillis, problems).render("t.ftlh", Map.of("page", page));
    }

    private Problem only() {
        List<Problem> all = problems.all();
        assertEquals(1, all.size(), all::toString);
        return all.get(0);
    }

    @Test
    void newOfExecuteIsRefusedAtItsLine() throws IOException {
        Path marker = dir.resolve("ran");
        assertNull(render(
                false,
                10_000,
                "<p>ok</p>",
                "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"touch " + marker + "\")}"));
        Problem p = only();
        assertEquals(dir.resolve("t.ftlh").toString(), p.file());
        assertEquals(2, p.line());
        assertTrue(p.message().startsWith("template error: "), p::format);
        assertTrue(p.fix().contains("templates: { allow_java: true }"), p::format);
        assertTrue(Files.notExists(marker), "the command ran");
    }

    @Test
    void apiIsRefused() throws IOException {
        assertNull(render(false, 10_000, "${page.title?api.getClass().getName()}"));
        Problem p = only();
        assertEquals(1, p.line());
        assertTrue(p.fix().contains("allow_java"), p::format);
    }

    @Test
    void getClassIsHiddenFromTemplates() throws IOException {
        for (Object page : new Object[] {new View("x"), Map.of("title", "x"), "x"}) {
            assertNull(render(page, false, 10_000, "${page.class.name}"), page::toString);
            assertEquals(1, only().line());
            assertNull(render(page, false, 10_000, "${page.getClass().getName()}"), page::toString);
            assertEquals(1, only().line());
        }
    }

    @Test
    void theOwnerCanAllowJava() throws IOException {
        byte[] html = render(true, 10_000, "<#assign n = \"freemarker.template.SimpleScalar\"?new(\"made\")>${n}");
        assertEquals(
                "made\n",
                new String(html, StandardCharsets.UTF_8),
                () -> problems.all().toString());
    }

    @Test
    void aLoopWithoutEndIsStoppedAtItsLine() throws IOException {
        long start = System.nanoTime();
        assertNull(render(false, 500, "<p>before</p>", "<#list 1.. as i>${i}</#list>"));
        long millis = (System.nanoTime() - start) / 1_000_000;
        Problem p = only();
        assertEquals(2, p.line(), p::format);
        assertEquals("template ran longer than 500 ms for one page (a loop without end?)", p.message());
        assertEquals("make the loop or the recursion end (a page has 500 ms and 1000 levels of nesting)", p.fix());
        assertTrue(millis < 5_000, "stopped after " + millis + " ms");
    }

    @Test
    void aSilentLoopWithoutEndIsStoppedToo() throws IOException {
        assertNull(render(false, 500, "<#list 1.. as i></#list>"));
        assertEquals(1, only().line());
    }

    @Test
    void recursionWithoutEndIsStoppedAtItsLine() throws IOException {
        assertNull(render(false, 10_000, "<#macro f n>", "<@f n + 1/>", "</#macro>", "<@f 0/>"));
        Problem p = only();
        assertEquals(
                dir.resolve("t.ftlh") + ":1: error: template nests deeper than 1000 elements (a macro that "
                        + "calls itself without end?)",
                p.format().lines().findFirst().orElseThrow());
    }

    @Test
    void aFunctionThatCallsItselfWithoutEndIsStopped() throws IOException {
        assertNull(render(false, 10_000, "<#function f n><#return f(n + 1)></#function>", "${f(0)}"));
        assertTrue(only().message().startsWith("template nests deeper than 1000 elements"), only()::format);
    }

    @Test
    void theThreadRendersAgainAfterAStop() throws IOException {
        assertNull(render(false, 300, "<#list 1.. as i>${i}</#list>"));
        byte[] html = render(false, 10_000, "<p>${page.title}</p>");
        assertEquals(List.of(), problems.all());
        assertEquals("<p>x</p>\n", new String(html, StandardCharsets.UTF_8));
    }

    @Test
    void aBuiltInWithoutEndIsStoppedFromOutside() throws IOException {
        long start = System.nanoTime();
        assertNull(render(false, 300, "<p>before</p>", "<p>${(1..999999999)?join(\",\")?length}</p>"));
        long millis = (System.nanoTime() - start) / 1_000_000;
        Problem p = only();
        assertEquals(2, p.line(), p::format);
        assertTrue(p.message().startsWith("template ran longer than 300 ms for one page inside a built-in"), p::format);
        assertTrue(millis < 300 + TemplateGuard.GRACE_MILLIS + 3_000, "stopped after " + millis + " ms");
        // The thread was stopped, not lost: it renders the next page, loops included (Thread.stop also sets
        // the interrupt flag, which Freemarker's loop checks would take for a stop).
        byte[] html = render(false, 10_000, "<p>${page.title}<#list 1..3 as i>${i}</#list></p>");
        assertEquals(List.of(), problems.all());
        assertEquals("<p>x123</p>\n", new String(html, StandardCharsets.UTF_8));
    }

    @Test
    void aHugeStringIsRefusedNotACrash() throws IOException {
        // 2^31 characters: more than any Java string or array can hold, whatever the heap.
        assertNull(render(false, 10_000, "<p>${\"x\"?left_pad(2147483647)?length}</p>"));
        Problem p = only();
        assertEquals(1, p.line(), p::format);
        assertTrue(p.message().startsWith("template needed more memory"), p::format);
    }
}
