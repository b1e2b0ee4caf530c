package org.cptsite.deploy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cptsite.CommandRun;
import org.cptsite.Sites;
import org.cptsite.pipeline.Pipeline;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** content/static/: the owner's files published as they are, kept build after build, never over the site's own. */
class StaticFilesIT {
    static final LocalDate DAY = LocalDate.of(2026, 1, 15);
    static final byte[] PDF = {'%', 'P', 'D', 'F', '-', '1', '.', '7', 0, (byte) 0xE2, (byte) 0xE3, '\n'};

    @TempDir
    Path tmp;

    private Path contentWithStatic() throws IOException {
        Path content = Sites.copyTree(Sites.CONTENT, tmp.resolve("content"));
        Path s = content.resolve("static");
        Files.createDirectories(s.resolve(".well-known"));
        Files.createDirectories(s.resolve("files"));
        Files.writeString(s.resolve("CNAME"), "fees.example.org\n");
        Files.writeString(s.resolve(".well-known/security.txt"), "Contact: mailto:security@example.org\n");
        Files.write(s.resolve("files/claim-form.pdf"), PDF);
        Files.writeString(s.resolve(".DS_Store"), "finder");
        Files.writeString(s.resolve("My Report*.pdf"), "a name no rule of _headers can hold as it is");
        Files.createDirectories(s.resolve("images"));
        javax.imageio.ImageIO.write(
                new java.awt.image.BufferedImage(240, 120, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png",
                s.resolve("images/logo.png").toFile());
        // A page links to one of them (the link check knows the files of static/) and shows another: Markdown
        // gives the image its size, which the page checks require.
        Files.writeString(
                content.resolve("codes/38900.md"),
                "\nSee the [claim form](/files/claim-form.pdf).\n\n![The site's logo](/images/logo.png)\n",
                StandardOpenOption.APPEND);
        return content;
    }

    @Test
    void theFilesArePublishedAsTheyAreAndKeptByTheNextBuild() throws IOException {
        Path content = contentWithStatic();
        Path site = tmp.resolve("site");
        Sites.build(Sites.SAMPLE, content, site, DAY);
        assertEquals("fees.example.org\n", Files.readString(site.resolve("CNAME")));
        assertEquals(
                "Contact: mailto:security@example.org\n", Files.readString(site.resolve(".well-known/security.txt")));
        assertArrayEquals(PDF, Files.readAllBytes(site.resolve("files/claim-form.pdf")));
        assertFalse(Files.exists(site.resolve(".DS_Store")));
        assertEquals(
                1,
                Jsoup.parse(site.resolve("cpt/38900/index.html").toFile())
                        .select("a[href=/files/claim-form.pdf]")
                        .size());
        assertEquals(
                "240x120",
                Jsoup.parse(site.resolve("cpt/38900/index.html").toFile()).select("img[src=/images/logo.png]").stream()
                        .map(img -> img.attr("width") + "x" + img.attr("height"))
                        .findFirst()
                        .orElse("no image"));
        // A cache rule each for the top names a rule can hold; none for the others (the host's default).
        String headers = Files.readString(site.resolve("_headers"));
        assertTrue(headers.contains("\n/.well-known/*\n  Cache-Control: ") && headers.contains("\n/CNAME\n"), headers);
        assertFalse(headers.contains("My Report"), headers);
        // Not pages: not in the sitemap.
        String sitemap = Files.readString(site.resolve("sitemap.xml"));
        assertFalse(sitemap.contains("claim-form") || sitemap.contains("CNAME"), sitemap);

        // The next build is not refused for files it did not make, keeps them, and an unchanged one its time.
        FileTime before = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(site.resolve("CNAME"), before);
        Files.writeString(content.resolve("static/files/new.txt"), "added\n");
        Sites.build(Sites.SAMPLE, content, site, DAY.plusDays(1));
        assertEquals("fees.example.org\n", Files.readString(site.resolve("CNAME")));
        assertEquals(before, Files.getLastModifiedTime(site.resolve("CNAME")));
        assertEquals("added\n", Files.readString(site.resolve("files/new.txt")));
        // The owner's robots.txt replaces the build's; without a Sitemap line, a warning says to add one.
        Files.writeString(content.resolve("static/robots.txt"), "User-agent: *\nDisallow: /files/\n");
        Pipeline.Result own = Sites.build(Sites.SAMPLE, content, site, DAY.plusDays(1));
        assertEquals("User-agent: *\nDisallow: /files/\n", Files.readString(site.resolve("robots.txt")));
        assertTrue(
                own.problems().all().stream()
                        .anyMatch(p -> p.file().endsWith("robots.txt")
                                && p.message().startsWith("names no sitemap")
                                && p.fix().equals("add the line: Sitemap: " + Sites.BASE_URL + "/sitemap.xml")),
                own.problems().all()::toString);

        // A file that becomes a folder of the same name (the live site's file stands where the folder goes).
        Files.writeString(content.resolve("static/files/new.txt"), "a file\n");
        Sites.build(Sites.SAMPLE, content, site, DAY.plusDays(1));
        Files.delete(content.resolve("static/files/new.txt"));
        Files.createDirectories(content.resolve("static/files/new.txt/deeper"));
        Files.writeString(content.resolve("static/files/new.txt/deeper/inner.txt"), "now a folder\n");
        Sites.build(Sites.SAMPLE, content, site, DAY.plusDays(1));
        Sites.build(Sites.SAMPLE, content, site, DAY.plusDays(1));
        assertEquals("now a folder\n", Files.readString(site.resolve("files/new.txt/deeper/inner.txt")));
        try (var tree = Files.walk(content.resolve("static/files/new.txt"))) {
            for (Path p : tree.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
        Files.writeString(content.resolve("static/files/new.txt"), "added\n");

        // A file taken out of static/ leaves the site with the next build, as a page would.
        Files.delete(content.resolve("static/files/new.txt"));
        Files.delete(content.resolve("static/robots.txt"));
        Sites.build(Sites.SAMPLE, content, site, DAY.plusDays(2));
        assertFalse(Files.exists(site.resolve("files/new.txt")));
        assertTrue(Files.readString(site.resolve("robots.txt")).contains("Sitemap: "), "the build's own again");
    }

    @Test
    void aFileWhereTheBuildMakesOneOfItsOwnIsAnErrorAndTheSiteStaysAsItWas() throws IOException {
        Path content = contentWithStatic();
        // Allowed here, so that sitemap.xml and 404.html are refused for their place, not for their kind.
        Files.writeString(content.resolve("site.yml"), "static: { allow_scripts: true }\n", StandardOpenOption.APPEND);
        Path site = tmp.resolve("site");
        Sites.build(Sites.SAMPLE, content, site, DAY);
        Map<String, byte[]> built = Sites.files(site);
        for (String taken : List.of(
                "_redirects",
                "sitemap.xml",
                "_headers",
                "404.html",
                "cpt",
                "cpt/38900/index.html",
                "404.html/a.txt",
                "_redirects/b.txt")) {
            Path file = content.resolve("static").resolve(taken);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "mine");
            CommandRun r = CommandRun.onSample("build", content, "--out", site.toString());
            assertEquals(1, r.code(), taken + ": " + r);
            assertTrue(r.err().contains(file + ": error: "), taken + ": " + r);
            assertTrue(
                    r.err()
                            .contains(
                                    taken.contains("/a.txt") || taken.contains("/b.txt")
                                            ? " itself, where this file needs a folder"
                                            : " itself, and the file would take its place"),
                    taken + ": " + r);
            assertFalse(r.err().contains("\tat "), r::toString);
            // check says the same as build.
            CommandRun checked = CommandRun.onSample("check", content);
            assertEquals(1, checked.code(), taken + ": " + checked);
            assertTrue(checked.err().contains(file + ": error: "), taken + ": " + checked);
            Files.delete(file);
        }
        Map<String, byte[]> after = Sites.files(site);
        assertEquals(built.keySet(), after.keySet());
        built.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), path));
    }
}
