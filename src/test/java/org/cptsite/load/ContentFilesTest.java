package org.cptsite.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cptsite.Sites;
import org.cptsite.model.Content;
import org.cptsite.model.Problem;
import org.cptsite.model.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files of content/codes and content/categories are read, and which are named as not read. */
class ContentFilesTest {
    @Test
    void aFileThatIsNotMarkdownIsNamedNotPassedOverInSilence(@TempDir Path dir) throws IOException {
        Path content = Sites.copyTree(Sites.CONTENT, dir.resolve("content"));
        Path upper = content.resolve("codes/38792.MD");
        Files.move(content.resolve("codes/38792.md"), upper);
        Path text = content.resolve("categories/notes.txt");
        Files.writeString(text, "to do");
        // An editor's backups, hidden files and a desktop's own: quietly passed over.
        for (String quiet : List.of("codes/38900.md~", "codes/#38900.md#", "codes/.38900.md.swp", "codes/Thumbs.db")) {
            Files.writeString(content.resolve(quiet), "x");
        }
        Problems problems = new Problems();

        Content loaded = new ContentLoader(problems).load(content);

        assertFalse(problems.hasErrors(), problems.all()::toString);
        List<Problem> notRead = problems.all().stream()
                .filter(p -> p.message().startsWith("not read"))
                .toList();
        assertEquals(
                List.of(text.toString(), upper.toString()),
                notRead.stream().map(Problem::file).toList());
        assertTrue(notRead.get(1).fix().startsWith("rename it to end in .md (lower case)"), notRead::toString);
        assertFalse(loaded.codes().containsKey("38792"));
        assertTrue(loaded.codes().containsKey("38900"));
    }

    /** A link in the content's folders (to a file or a folder anywhere) is an error, never followed. */
    @Test
    void aLinkIsAnErrorNotFollowed(@TempDir Path dir) throws IOException {
        Path content = Sites.copyTree(Sites.CONTENT, dir.resolve("content"));
        Path outside = Files.writeString(
                dir.resolve("secret.md"),
                "---\ntitle: Secret\nsummary: Outside.\n---\n## Clinical context\n\nSECRET\n");
        Files.delete(content.resolve("codes/38792.md"));
        Path link = Files.createSymbolicLink(content.resolve("codes/38792.md"), outside);
        Path folder = Files.createSymbolicLink(content.resolve("categories/more"), dir);
        Problems problems = new Problems();

        Content loaded = new ContentLoader(problems).load(content);

        List<String> links = problems.all().stream()
                .filter(p -> p.isError() && p.message().startsWith("is a symbolic link"))
                .map(Problem::file)
                .toList();
        assertEquals(
                List.of(folder.toString(), link.toString()),
                links.stream().sorted().toList());
        assertTrue(loaded == null || !loaded.codes().containsKey("38792"), "not read through the link");
    }

    /**
     * A file named for no code (a modifier, a copy's suffix, a doubled extension) is an error that says how to
     * name it, and no warnings of a page it cannot have.
     */
    @Test
    void aFileNamedForNoCodeSaysHowToNameIt(@TempDir Path dir) throws IOException {
        Path content = Sites.copyTree(Sites.CONTENT, dir.resolve("content"));
        String md = Files.readString(content.resolve("codes/38900.md"));
        for (String name : List.of("38900-26.md", "38900 (1).md", "38525.md.md", "notes.md")) {
            Files.writeString(content.resolve("codes/" + name), md);
        }
        Problems problems = new Problems();

        new ContentLoader(problems).load(content);

        List<Problem> named = problems.all().stream()
                .filter(p -> p.message().endsWith("is not named for a code"))
                .toList();
        assertEquals(4, named.size(), problems.all()::toString);
        assertEquals(
                List.of(
                        "a modifier has no file of its own: write its text in 38900.md, which the page of the code and "
                                + "its modifiers shows",
                        "name the file for its code, 38900.md (if it is a copy of that file, merge the two and delete "
                                + "one)",
                        "name the file for its code, 38525.md (if it is a copy of that file, merge the two and delete "
                                + "one)",
                        "name the file for its code, such as 38900.md or G0105.md"),
                List.of("38900-26.md", "38900 (1).md", "38525.md.md", "notes.md").stream()
                        .map(n -> named.stream()
                                .filter(p -> p.file().endsWith(n))
                                .findFirst()
                                .orElseThrow()
                                .fix())
                        .toList());
        assertTrue(
                problems.all().stream()
                        .filter(p -> !p.isError())
                        .noneMatch(p -> p.file().contains(" (1)") || p.file().contains("-26")),
                "no warnings of a page that cannot be: " + problems.all());
    }
}
