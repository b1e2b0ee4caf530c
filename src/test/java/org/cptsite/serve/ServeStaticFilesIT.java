package org.cptsite.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** content/static/ while serving: its files served as they are on disk, a new one found, a removed one gone. */
class ServeStaticFilesIT {
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

            Files.delete(files.resolve("claim-form.pdf"));
            served.await("/files/claim-form.pdf", t -> t.contains("Page not found"));
            assertEquals(404, served.get("/files/claim-form.pdf").statusCode());
        }
    }
}
