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

/** Two spellings of one specialty are a warning at the line of the less used one; two cases, an error. */
class SpecialtySpellingTest {
    @Test
    void aSecondSpellingIsWarnedAtItsLine(@TempDir Path dir) throws IOException {
        Path content = Sites.copyTree(Sites.CONTENT, dir.resolve("content"));
        Path md = content.resolve("codes/27447.md");
        Files.writeString(md, Files.readString(md).replace("Orthopedic Surgery", "Orthopaedic Surgery"));
        Problem p = onlySpecialtyProblem(content);
        assertFalse(p.isError());
        assertEquals(md.toString(), p.file());
        assertEquals(lineOf(md, "Orthopaedic Surgery"), p.line());
        assertTrue(
                p.message()
                        .startsWith("specialty 'Orthopaedic Surgery' differs only in spelling or case from "
                                + "'Orthopedic Surgery'"),
                p.message());
        assertEquals("write it as 'Orthopedic Surgery'", p.fix());
    }

    /** A case-only difference would share one URL: an error at its line (not a warning as well). */
    @Test
    void aSecondCaseIsAnErrorAtItsLine(@TempDir Path dir) throws IOException {
        Path content = Sites.copyTree(Sites.CONTENT, dir.resolve("content"));
        Path md = content.resolve("codes/17000.md");
        Files.writeString(md, Files.readString(md).replace("specialties: [Dermatology,", "specialties: [dermatology,"));
        Problem p = onlySpecialtyProblem(content);
        assertTrue(p.isError());
        assertEquals(md.toString(), p.file());
        assertEquals(11, p.line());
        assertTrue(
                p.message()
                        .startsWith("specialty 'dermatology' has the same URL /specialty/dermatology/ as "
                                + "'Dermatology' in "),
                p.message());
    }

    private static Problem onlySpecialtyProblem(Path content) {
        Problems problems = new Problems();
        new ContentLoader(problems).load(content);
        List<Problem> found = problems.all().stream()
                .filter(p -> p.message().startsWith("specialty"))
                .toList();
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains(text)) return i + 1;
        throw new AssertionError(text + " not in " + file);
    }

    @Test
    void britishAndAmericanSpellingsAreOneKey() {
        assertEquals(ContentLoader.spellingKey("Orthopaedic Surgery"), ContentLoader.spellingKey("Orthopedic surgery"));
        assertFalse(ContentLoader.spellingKey("Urology").equals(ContentLoader.spellingKey("Neurology")));
    }
}
