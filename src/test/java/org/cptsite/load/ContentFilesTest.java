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
}
