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
}
