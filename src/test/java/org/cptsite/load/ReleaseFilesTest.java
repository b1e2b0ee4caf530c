package org.cptsite.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.cptsite.Sites;
import org.cptsite.model.Problem;
import org.cptsite.model.Problems;
import org.cptsite.model.Release;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Zips and folders read within limits, as streams, never extracted; text decoded without mojibake. */
class ReleaseFilesTest {
    private static final long MIB = 1 << 20;

    @TempDir
    Path tmp;

    private final Problems problems = new Problems();

    @Test
    void entryOfZerosPastTheLimitIsRefusedByWhatItInflatesTo() throws IOException {
        Path zip = zip("r.zip", Map.of("PPRRVU.csv", zeros(2 * MIB)));
        assertNull(new ReleaseFiles(problems, MIB, 10 * MIB).read(zip));
        assertOnly(zip + "!/PPRRVU.csv", "unpacks to more than 1 MiB; a CMS file is a few MB");
    }

    @Test
    void releasePastTheTotalLimitNamesTheEntryThatPassedIt() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (String n : List.of("a.csv", "b.csv", "c.csv")) entries.put(n, zeros(600 * 1024));
        Path zip = zip("r.zip", entries);
        assertNull(new ReleaseFiles(problems, MIB, MIB).read(zip));
        assertOnly(zip + "!/b.csv", "takes the release past 1 MiB unpacked");
    }

    @Test
    void zipOfManySmallEntriesIsRefused() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i <= ReleaseFiles.MAX_FILES; i++) entries.put("f" + i + ".txt", new byte[0]);
        Path zip = zip("r.zip", entries);
        assertNull(new ReleaseFiles(problems).read(zip));
        assertOnly(zip + "!/f10000.txt", "is past the 10000th file of the release");
    }

    /** A zip inside the zip is read; entry names with ../ are names only, nothing is written anywhere. */
    @Test
    void nestedZipWithTraversalNamesLoadsTheRelease() throws IOException {
        Map<String, byte[]> sample = new LinkedHashMap<>();
        for (Path p : sampleFiles()) sample.put("../../" + p.getFileName(), Files.readAllBytes(p));
        Path outer = zip("outer.zip", Map.of("inner.zip", Files.readAllBytes(zip("inner.zip", sample))));
        Files.delete(tmp.resolve("inner.zip"));
        Release release = new ReleaseLoader(problems).load(outer);
        assertFalse(problems.hasErrors(), () -> problems.all().toString());
        assertNotNull(release);
        assertEquals(369, release.codes().size());
        assertTrue(release.ignored().contains("README.md (not a file the site uses)"), release.ignored()::toString);
        // Where "../../" from the temporary folder would land. Other processes make and delete folders there
        // at the same time, so a folder that vanishes while it is listed is passed over.
        List<Path> extracted = new ArrayList<>();
        Files.walkFileTree(tmp.getParent(), java.util.Set.of(), 2, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path p, BasicFileAttributes attrs) {
                if (p.getFileName().toString().startsWith("PPRRVU2026")) extracted.add(p);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path p, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
        assertEquals(List.of(), extracted, "nothing extracted");
    }

    /**
     * A spreadsheet or Word file (a zip by its bytes, as CMS zips carry them) is a file to ignore, not a zip to
     * open: a release zip wrapped in another, with an .xlsx inside, was refused as a zip three deep.
     */
    @Test
    void anOfficeDocumentIsIgnoredNotOpenedAsAZip() throws IOException {
        Map<String, byte[]> sample = new LinkedHashMap<>();
        for (Path p : sampleFiles()) sample.put(p.getFileName().toString(), Files.readAllBytes(p));
        sample.put(
                "PPRRVU2026_Jan.xlsx",
                Files.readAllBytes(zip("book.xlsx", Map.of("[Content_Types].xml", new byte[10]))));
        sample.put("RVU26A.docx", "PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1));
        Path outer = zip("outer.zip", Map.of("inner.zip", Files.readAllBytes(zip("inner.zip", sample))));
        Release release = new ReleaseLoader(problems).load(outer);
        assertFalse(problems.hasErrors(), () -> problems.all().toString());
        assertNotNull(release);
        assertTrue(
                release.ignored().stream().anyMatch(f -> f.startsWith("PPRRVU2026_Jan.xlsx")),
                release.ignored()::toString);
        assertTrue(release.ignored().stream().anyMatch(f -> f.startsWith("RVU26A.docx")), release.ignored()::toString);
    }

    @Test
    void zipInsideAZipInsideAZipIsNamed() throws IOException {
        byte[] innermost = Files.readAllBytes(zip("c.zip", Map.of("x.csv", new byte[1])));
        byte[] middle = Files.readAllBytes(zip("b.zip", Map.of("c.zip", innermost)));
        Path outer = zip("a.zip", Map.of("b.zip", middle));
        assertNull(new ReleaseFiles(problems).read(outer));
        assertOnly(outer + "!/b.zip!/c.zip", "is a zip inside a zip inside a zip");
    }

    @Test
    void encryptedZipIsAProblemNamingIt() throws IOException {
        Path zip = zip("r.zip", Map.of("PPRRVU.csv", "HCPCS,MOD\n".getBytes(StandardCharsets.US_ASCII)));
        byte[] bytes = Files.readAllBytes(zip);
        bytes[6] |= 1; // the local header's "encrypted" flag
        Files.write(zip, bytes);
        assertNull(new ReleaseFiles(problems).read(zip));
        assertOnly(zip.toString(), "cannot be read: encrypted ZIP entry not supported");
    }

    @Test
    void corruptZipIsAProblemNamingTheEntry() throws IOException {
        byte[] text = "HCPCS,MOD,DESCRIPTION and some text that deflates\n"
                .repeat(2000)
                .getBytes(StandardCharsets.US_ASCII);
        Path zip = zip("r.zip", Map.of("PPRRVU.csv", text));
        byte[] bytes = Files.readAllBytes(zip);
        for (int i = 60; i < 200; i++) bytes[i] = (byte) 0xff; // inside the deflated data
        Files.write(zip, bytes);
        assertNull(new ReleaseFiles(problems).read(zip));
        Problem p = problems.all().get(0);
        assertEquals(zip + "!/PPRRVU.csv", p.file());
        assertTrue(p.message().startsWith("cannot be read: "), p::toString);
    }

    @Test
    void brokenLinkInTheFolderIsAProblemNamingIt() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("data"));
        Files.writeString(dir.resolve("a.csv"), "a");
        Path link = Files.createSymbolicLink(dir.resolve("b.csv"), dir.resolve("missing.csv"));
        assertNull(new ReleaseFiles(problems).read(dir));
        assertOnly(link.toString(), "cannot be read: ");
    }

    @Test
    void fileNamedZipThatIsNotOne() throws IOException {
        Path zip = Files.writeString(tmp.resolve("r.zip"), "not a zip");
        assertNull(new ReleaseFiles(problems).read(zip));
        assertOnly(zip.toString(), "holds no files: it is not a zip, or an empty one");
    }

    // ---- 6. text encoding ----

    @Test
    void utf8IsReadAsUtf8AndAnythingElseAsWindows1252() {
        assertEquals("été", new SourceFile("f", "été".getBytes(StandardCharsets.UTF_8)).text());
        assertEquals("été", new SourceFile("f", new byte[] {(byte) 0xe9, 't', (byte) 0xe9}).text());
        assertEquals("a’b", new SourceFile("f", new byte[] {'a', (byte) 0x92, 'b'}).text());
        byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, 'H', '\n'};
        assertEquals("H\n", new SourceFile("f", bom).text());
        assertEquals(List.of("H"), new SourceFile("f", bom).head(5));
    }

    /** Every file of the sample with a UTF-8 byte-order mark and a UTF-8 descriptor loads as without. */
    @Test
    void byteOrderMarkIsAcceptedInEveryFileKind() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("bom"));
        for (Path p : sampleFiles()) {
            String text = Files.readString(p, StandardCharsets.ISO_8859_1)
                    .replace("Sentinel node mapping during surgery", "Sentinel node mapping (été)");
            Files.write(
                    dir.resolve(p.getFileName()),
                    concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, text.getBytes(StandardCharsets.UTF_8)));
        }
        Release release = new ReleaseLoader(problems).load(dir);
        assertFalse(problems.hasErrors(), () -> problems.all().toString());
        assertEquals(
                List.of(),
                problems.all().stream().filter(p -> p.message().contains("no ")).toList());
        assertEquals(27, release.anesthesia().size());
        assertFalse(release.localities().isEmpty());
        assertFalse(release.counties().isEmpty());
        assertEquals(
                "Sentinel node mapping (été), add-on",
                release.codes().get("38900").main().description());
    }

    @Test
    void carriageReturnOnlyLineEndsReadTheSame() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("cr"));
        for (Path p : sampleFiles()) {
            Files.writeString(
                    dir.resolve(p.getFileName()),
                    Files.readString(p, StandardCharsets.ISO_8859_1).replace("\r\n", "\r"),
                    StandardCharsets.ISO_8859_1);
        }
        Release release = new ReleaseLoader(problems).load(dir);
        assertFalse(problems.hasErrors(), () -> problems.all().toString());
        assertEquals(369, release.codes().size());
        assertEquals(148, release.codes().get("38900").main().line());
    }

    // ---- helpers ----

    private void assertOnly(String file, String message) {
        assertEquals(1, problems.all().size(), () -> problems.all().toString());
        Problem p = problems.all().get(0);
        assertTrue(p.isError(), p::toString);
        assertEquals(file, p.file(), p::toString);
        assertTrue(p.message().startsWith(message), p::toString);
        assertFalse(p.fix().isEmpty());
    }

    private Path zip(String name, Map<String, byte[]> entries) throws IOException {
        Path zip = tmp.resolve(name);
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
            }
        }
        return zip;
    }

    private static byte[] zeros(long n) {
        return new byte[(int) n];
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    private static List<Path> sampleFiles() {
        try (Stream<Path> s = Files.list(Sites.SAMPLE)) {
            return s.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
