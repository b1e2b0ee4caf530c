package org.cptsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import org.cptsite.model.Problem;
import org.cptsite.model.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplatesFolderTest {
    /** Said once, at the folder: not again as each template missing from it, in Freemarker's words. */
    @Test
    void aTemplatesFolderThatIsNotThereIsOneError(@TempDir Path dir) {
        Problems problems = new Problems();
        Path missing = dir.resolve("nope");

        assertFalse(new Templates(missing, problems).check());

        List<Problem> all = problems.all();
        assertEquals(1, all.size(), all::toString);
        assertEquals(missing.toString(), all.get(0).file());
        assertEquals("template folder not found", all.get(0).message());
        assertEquals("pass --templates the folder with code.ftlh", all.get(0).fix());
    }

    /**
     * A linked template (Freemarker refused it with a stack trace) or asset (it was published from outside the
     * project) is an error at the link, and nothing is parsed.
     */
    @Test
    void aLinkInTheTemplatesFolderIsAnErrorAtTheLink(@TempDir Path dir) throws java.io.IOException {
        Path templates = dir.resolve("templates");
        org.cptsite.Sites.copyTree(org.cptsite.Sites.TEMPLATES, templates);
        Path outside = java.nio.file.Files.writeString(dir.resolve("outside.ftlh"), "x");
        java.nio.file.Files.createSymbolicLink(templates.resolve("extra.ftlh"), outside);
        Path css = templates.resolve("assets/site.css");
        java.nio.file.Files.delete(css);
        java.nio.file.Files.createSymbolicLink(css, java.nio.file.Files.writeString(dir.resolve("x.css"), "x"));
        Problems problems = new Problems();

        assertFalse(new Templates(templates, problems).check());

        assertEquals(
                List.of(css.toString(), templates.resolve("extra.ftlh").toString()),
                problems.all().stream().map(Problem::file).sorted().toList());
        assertEquals(
                "is a link; templates and their assets are read from the templates folder only, and a link could"
                        + " publish or run a file from outside it",
                problems.all().get(0).message());
    }

    /** The templates folder itself a link (given as a relative path): the fix names what to do, not "null". */
    @Test
    void aTemplatesFolderThatIsALinkSaysWhatToDo(@TempDir Path dir) throws java.io.IOException {
        Path real = org.cptsite.Sites.copyTree(org.cptsite.Sites.TEMPLATES, dir.resolve("real"));
        Path link = java.nio.file.Files.createSymbolicLink(dir.resolve("templates"), real);
        Path relative = Path.of("").toAbsolutePath().relativize(link);
        Problems problems = new Problems();

        assertFalse(new Templates(relative, problems).check());

        assertEquals(
                "copy the folder there instead of linking to it, or give --templates the folder it leads to",
                problems.all().get(0).fix());
    }
}
