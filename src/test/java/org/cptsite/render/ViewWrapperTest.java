package org.cptsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cptsite.model.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A view record reads in a template as it did through Freemarker's bean model, and shows nothing more. */
class ViewWrapperTest {
    @TempDir
    Path dir;

    private Problems problems;

    public record Inner(String label) {}

    public record Outer(String title, Inner inner, List<Inner> items, Map<String, Inner> byKey, Inner none) {
        public boolean isEmpty() {
            return items.isEmpty();
        }

        public String getCaption() {
            return "caption of " + title;
        }
    }

    /** Like the records nested in package-private classes: its public methods are called all the same. */
    private record Hidden(int size) {}

    private static final Outer OUTER = new Outer(
            "A <b>", new Inner("one"), List.of(new Inner("x"), new Inner("y")), Map.of("k", new Inner("z")), null);

    private String render(Object page, String template) throws IOException {
        Files.writeString(dir.resolve("t.ftlh"), template);
        problems = new Problems();
        byte[] out = new Templates(dir, false, 10_000, problems).render("t.ftlh", Map.of("page", page));
        return out == null ? null : new String(out, StandardCharsets.UTF_8);
    }

    @Test
    void componentsNestedRecordsListsAndMapsRead() throws IOException {
        assertEquals(
                "A &lt;b&gt;|one|x,y|z|none",
                render(
                        OUTER,
                        "${page.title}|${page.inner.label}|<#list page.items as i>${i.label}<#sep>,</#list>"
                                + "|${page.byKey.k.label}|${(page.none.label)!'none'}"));
        assertEquals("3", render(new Hidden(3), "${page.size}"));
    }

    @Test
    void zeroArgumentMethodsReadAsTheBeanModelHadThem() throws IOException {
        assertEquals(
                "false|caption of A &lt;b&gt;|true",
                render(OUTER, "${page.empty?c}|${page.caption}|${page.items[0]?has_content?c}"));
    }

    @Test
    void aRecordHasContentAndUnknownNamesAreMissing() throws IOException {
        assertEquals(
                "yes|missing|missing",
                render(OUTER, "${page?has_content?then('yes','no')}|${page.nope!'missing'}|${page.none!'missing'}"));
    }

    @Test
    void javaStaysOutOfReach() throws IOException {
        for (String name : List.of("getClass", "class", "hashCode", "toString", "equals", "wait", "notify")) {
            assertEquals("missing", render(OUTER, "${page." + name + "!'missing'}"), name);
        }
        assertNull(render(OUTER, "${page.title?api.getClass().getName()}"));
        assertTrue(problems.hasErrors());
    }

    @Test
    void propertyNamesFollowTheBeanConvention() throws NoSuchMethodException {
        assertEquals("empty", ViewWrapper.propertyName(Outer.class.getMethod("isEmpty")));
        assertEquals("caption", ViewWrapper.propertyName(Outer.class.getMethod("getCaption")));
        assertNull(ViewWrapper.propertyName(Outer.class.getMethod("title")));
        assertNull(ViewWrapper.propertyName(Acronyms.class.getMethod("get")));
        assertNull(ViewWrapper.propertyName(Acronyms.class.getMethod("isNumber")), "isX of an int is no property");
        assertNull(ViewWrapper.propertyName(Acronyms.class.getMethod("getaway")));
        Method url = Acronyms.class.getMethod("getURL");
        assertEquals("URL", ViewWrapper.propertyName(url));
    }

    public record Acronyms(String get, int isNumber, String getaway, String getURL) {}

    /** A record with methods of a JDK interface ({@code isEmpty} is CharSequence's), which it cannot look into. */
    public record Word(String text) implements CharSequence {
        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }
    }

    @Test
    void methodsOfJdkInterfacesReadToo() throws IOException {
        assertEquals("ab|2|false", render(new Word("ab"), "${page.text}|${page.length}|${page.empty?c}"));
        assertEquals("true", render(new Word(""), "${page.empty?c}"));
    }

    /** Its accessor fails as a bug in a view would. */
    public record Failing(String text) {
        @Override
        public String text() {
            throw new IllegalStateException("broken view");
        }
    }

    @Test
    void aFailingAccessorIsATemplateError() throws IOException {
        assertNull(render(new Failing("x"), "${page.text}"));
        assertTrue(problems.hasErrors());
    }
}
