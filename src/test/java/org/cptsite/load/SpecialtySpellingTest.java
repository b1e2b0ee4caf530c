package org.cptsite.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cptsite.Sites;
import org.cptsite.model.Problem;
import org.cptsite.model.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two spellings of one specialty are a warning at the line of the less used one. */
class SpecialtySpellingTest {
    @Test
    void aSecondSpellingOrCaseIsWarnedAtItsLine(@TempDir Path dir) throws IOException {
        Path content = Sites.copyTree(Sites.CONTENT, dir.resolve("content"));
        Path md = content.resolve("codes/17000.md");
        Files.writeString(md, Files.readString(md).replace("specialties: [Dermatology,", "specialties: [dermatology,"));
        Problems problems = new Problems();
        new ContentLoader(problems).load(content);
        List<Problem> warnings = problems.all().stream().filter(p -> p.message().startsWith("specialty")).toList();
        assertEquals(1, warnings.size(), warnings.toString());
        Problem p = warnings.get(0);
        assertFalse(p.isError());
        assertEquals(md.toString(), p.file());
        assertEquals(11, p.line());
        assertTrue(p.message().startsWith("specialty 'dermatology' differs only in spelling or case from 'Dermatology'"),
                p.message());
        assertEquals("write it as 'Dermatology'", p.fix());
    }

    @Test
    void britishAndAmericanSpellingsAreOneKey() {
        assertEquals(ContentLoader.spellingKey("Orthopaedic Surgery"), ContentLoader.spellingKey("Orthopedic surgery"));
        assertFalse(ContentLoader.spellingKey("Urology").equals(ContentLoader.spellingKey("Neurology")));
    }
}
