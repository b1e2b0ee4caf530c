package org.cptsite.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** content/static/ while serving: its files served as they are on disk, a new one found, a removed one gone. */
class ServeStaticFilesIT {
    private static final String PROBLEMS = "/__cptsite/problems?page=/cpt/38900/";

    @Test
    void theFilesAreServedAsTheyAreOnDisk(@TempDir Path dir) throws IOException {
        try (Served served = new Served(dir)) {
            Path files = Files.createDirectories(served.content.resolve("static/files"));
            Files.write(files.resolve("claim-form.pdf"), new byte[] {'%', 'P', 'D', 'F', 0, (byte) 0xFF});
            // A new file is found by the content's reload.
            served.await("/files/claim-form.pdf", t -> t.startsWith("%PDF"));
            HttpResponse<byte[]> pdf = served.get("/files/claim-form.pdf");
            assertEquals(
                    "application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
            assertEquals(6, pdf.body().length);

            // An edit shows at the next request: the file is read from disk, not kept.
            Files.writeString(files.resolve("claim-form.pdf"), "%PDF-2");
            assertEquals("%PDF-2", served.text("/files/claim-form.pdf"));

            Files.writeString(served.content.resolve("static/CNAME"), "fees.example.org\n");
            assertEquals("fees.example.org\n", served.await("/CNAME", t -> t.startsWith("fees")));

            // The owner's robots.txt over the build's, as a build writes it.
            Files.writeString(served.content.resolve("static/robots.txt"), "User-agent: *\nDisallow: /files/\n");
            served.await("/robots.txt", t -> t.equals("User-agent: *\nDisallow: /files/\n"));

            // A page that links to it: its check follows the file's coming and going.
            String md = Files.readString(served.content.resolve("codes/38900.md"));
            served.write("codes/38900.md", md + "\nSee the [claim form](/files/claim-form.pdf#page=2).\n");
            served.await(PROBLEMS, t -> !t.contains("\"severity\":\"error\""));
            Files.delete(files.resolve("claim-form.pdf"));
            served.await("/files/claim-form.pdf", t -> t.contains("Page not found"));
            assertEquals(404, served.get("/files/claim-form.pdf").statusCode());
            served.await(PROBLEMS, t -> t.contains("links to /files/claim-form.pdf#page=2"));
            served.write("codes/38900.md", md);
        }
    }

    /** A file swapped for a link while serving is not followed out of the content folder. */
    @Test
    void aFileOrFolderMadeALinkIsNotFollowed(@TempDir Path dir) throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("form.pdf"), "SECRET");
        try (Served served = new Served(dir)) {
            Path files = Files.createDirectories(served.content.resolve("static/files"));
            Files.writeString(files.resolve("form.pdf"), "%PDF");
            served.await("/files/form.pdf", t -> t.equals("%PDF"));
            Files.delete(files.resolve("form.pdf"));
            Files.createSymbolicLink(files.resolve("form.pdf"), outside.resolve("form.pdf"));
            assertFalse(served.text("/files/form.pdf").contains("SECRET"));
            assertEquals(404, served.get("/files/form.pdf").statusCode());
            // The folder made a link to a folder holding a file of the same name.
            Files.delete(files.resolve("form.pdf"));
            Files.delete(files);
            Files.createSymbolicLink(files, outside);
            assertFalse(served.text("/files/form.pdf").contains("SECRET"));
            served.await(PROBLEMS, t -> t.contains("is a link"));
            assertFalse(served.text("/files/form.pdf").contains("SECRET"));
        }
    }

    /** A large file is sent from disk in pieces, whole. */
    @Test
    void aLargeFileIsSentWhole(@TempDir Path dir) throws IOException {
        try (Served served = new Served(dir)) {
            Path files = Files.createDirectories(served.content.resolve("static/files"));
            byte[] big = new byte[30 << 20];
            for (int i = 0; i < big.length; i += 4096) big[i] = (byte) i;
            Files.write(files.resolve("manual.pdf"), big);
            served.await("/files/manual.pdf", t -> !t.contains("Page not found"));
            HttpResponse<byte[]> r = served.get("/files/manual.pdf");
            assertEquals(200, r.statusCode());
            assertArrayEquals(big, r.body());
        }
    }
}
