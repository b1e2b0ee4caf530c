package org.cptsite.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cptsite.model.Problem;
import org.cptsite.model.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaticFilesReaderTest {
    @TempDir
    Path tmp;

    private Path file(String rel, String text) throws IOException {
        Path p = tmp.resolve("static").resolve(rel);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text);
    }

    @Test
    void filesAreReadByTheirPathInTheSiteWithoutHiddenOnesButWellKnown() throws IOException {
        file("CNAME", "fees.example.org");
        file("files/claim form.pdf", "%PDF");
        file(".well-known/security.txt", "Contact: mailto:x@example.org");
        file(".DS_Store", "x");
        file("files/.gitkeep", "");
        file("files/Thumbs.db", "Explorer's");
        file("files/desktop.ini", "Explorer's");
        file(".git/config", "[core]");
        file("files/.well-known/a.txt", "only at the top");
        Problems problems = new Problems();
        Map<String, Path> files = StaticFilesReader.read(tmp.resolve("static"), problems);
        assertEquals(List.of(".well-known/security.txt", "CNAME", "files/claim form.pdf"), List.copyOf(files.keySet()));
        assertEquals(tmp.resolve("static/CNAME"), files.get("CNAME"));
        assertTrue(problems.all().isEmpty(), problems.all()::toString);
    }

    @Test
    void noFolderIsNoFiles() {
        Problems problems = new Problems();
        assertTrue(StaticFilesReader.read(tmp.resolve("static"), problems).isEmpty());
        assertTrue(problems.all().isEmpty());
    }

    @Test
    void aLinkIsRefusedWhereverItPoints() throws IOException {
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "SECRET");
        file("ok.txt", "fine");
        Files.createSymbolicLink(tmp.resolve("static/secret.txt"), secret);
        Files.createSymbolicLink(tmp.resolve("static/up"), tmp);
        Problems problems = new Problems();
        Map<String, Path> files = StaticFilesReader.read(tmp.resolve("static"), problems);
        assertEquals(List.of("ok.txt"), List.copyOf(files.keySet()));
        List<Problem> errors = problems.all();
        assertEquals(2, errors.size(), errors::toString);
        assertEquals(tmp.resolve("static/secret.txt").toString(), errors.get(0).file());
        assertTrue(errors.get(0).message().startsWith("is a link;"), errors.get(0)::message);
        assertTrue(errors.get(0).fix().startsWith("copy the file into "), errors.get(0)::fix);
        assertEquals(tmp.resolve("static/up").toString(), errors.get(1).file());
    }

    @Test
    void aNameWithAControlCharacterIsRefused() throws IOException {
        file("files/a\tb.pdf", "pdf");
        file("files/line\nbreak.pdf", "pdf");
        Problems problems = new Problems();
        assertTrue(StaticFilesReader.read(tmp.resolve("static"), problems).isEmpty());
        assertEquals(2, problems.errorCount(), problems.all()::toString);
        assertTrue(problems.all().get(0).message().startsWith("its name has a control character"));
        // Shown escaped, on one line.
        assertEquals(
                tmp.resolve("static/files") + "/a\\tb.pdf",
                problems.all().get(0).file());
    }

    @Test
    void aStaticFolderThatIsAFileOrALinkIsSaidSo() throws IOException {
        Path folder = tmp.resolve("static");
        Files.writeString(folder, "not a folder");
        Problems problems = new Problems();
        assertTrue(StaticFilesReader.read(folder, problems).isEmpty());
        assertTrue(problems.all().get(0).message().startsWith("is a file, not a folder"), problems.all()::toString);
        Files.delete(folder);
        Files.createDirectories(tmp.resolve("elsewhere"));
        Files.writeString(tmp.resolve("elsewhere/CNAME"), "x");
        Files.createSymbolicLink(folder, tmp.resolve("elsewhere"));
        Problems linked = new Problems();
        assertTrue(StaticFilesReader.read(folder, linked).isEmpty());
        assertTrue(linked.all().get(0).fix().startsWith("make " + folder + " a real folder"), linked.all()::toString);
    }

    @Test
    void aFileTooLargeForCloudflarePagesIsAWarning() throws IOException {
        file("big.bin", "x".repeat(3 << 20));
        Problems problems = new Problems();
        Map<String, Path> files = StaticFilesReader.read(tmp.resolve("static"), 2L << 20, problems);
        assertEquals(List.of("big.bin"), List.copyOf(files.keySet()));
        Problem p = problems.all().get(0);
        assertTrue(
                !p.isError() && p.message().equals("3.0 MiB, more than the 2 MiB a file may have on Cloudflare Pages"),
                p::toString);
    }
}
