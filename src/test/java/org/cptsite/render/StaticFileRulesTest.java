package org.cptsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cptsite.model.Hosting;
import org.cptsite.model.Problem;
import org.cptsite.model.Problems;
import org.cptsite.model.SiteSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every problem of content/static/ against the site, in one pass, each for its real cause. */
class StaticFileRulesTest {
    /** What a small site makes: its pages' files, a 404 page, a twin; its folders. */
    private static final Set<String> MADE =
            Set.of("index.html", "404.html", "cpt/38900/index.html", "cpt/38900.json", "assets/site.0123456789.css");

    private static final Set<String> FOLDERS = Set.of("cpt", "cpt/38900", "assets");

    @TempDir
    Path tmp;

    private Map<String, Path> statics(String... paths) throws IOException {
        Files.createDirectories(tmp.resolve("static"));
        Map<String, Path> files = new TreeMap<>();
        for (String p : paths) {
            // Only robots.txt is read; the others may even stand where one of them is a folder.
            Path f = tmp.resolve("static").resolve(p);
            files.put(p, p.equals("robots.txt") ? Files.writeString(f, "User-agent: *\n") : f);
        }
        return files;
    }

    private static List<String> check(Map<String, Path> statics, SiteSettings settings) {
        Problems problems = new Problems();
        StaticFileRules.check(statics, settings, MADE::contains, FOLDERS::contains, problems);
        List<String> said = new ArrayList<>();
        for (Problem p : problems.all()) {
            said.add((p.isError() ? "error " : "warning ")
                    + p.file().substring(p.file().indexOf("static/") + 7) + ": " + p.message());
        }
        return said;
    }

    private static SiteSettings settings() {
        return SiteSettings.builder()
                .name("Fees")
                .baseUrl("https://www.example.org")
                .build();
    }

    @Test
    void eachFileIsJudgedForItsRealCauseAllInOneRun() throws IOException {
        List<String> said = check(
                statics(
                        "index.html",
                        "cpt/38900/index.html/x.txt",
                        "cpt",
                        "_headers",
                        "sitemap-2.xml",
                        "_redirects/b.txt",
                        "assets/my.txt",
                        "files/app.js",
                        "files/page.XHT",
                        "files/logo.png",
                        "robots.txt"),
                settings());
        assertEquals(
                List.of(
                        "error _headers: the site makes /_headers itself, and the file would take its place",
                        "error _redirects/b.txt: the site makes the file /_redirects itself, where this file needs a"
                                + " folder",
                        "error assets/my.txt: assets/ holds the build's own files, which hosts keep for a year because"
                                + " their names change with their content; this file's name does not",
                        "error cpt: the site makes /cpt itself, and the file would take its place",
                        "error cpt/38900/index.html/x.txt: the site makes the file /cpt/38900/index.html itself, where"
                                + " this file needs a folder",
                        "error files/app.js: a browser runs scripts in such a file, and the site would serve it from"
                                + " its own address, past its Content-Security-Policy",
                        "error files/page.XHT: a browser runs scripts in such a file, and the site would serve it from"
                                + " its own address, past its Content-Security-Policy",
                        "error index.html: the site makes /index.html itself, and the file would take its place",
                        "error sitemap-2.xml: the site makes /sitemap-2.xml itself, and the file would take its place",
                        "warning robots.txt: names no sitemap; it replaces the robots.txt the build writes, which does"),
                said);
    }

    @Test
    void scriptsAreAllowedOnlyBySiteYml() throws IOException {
        SiteSettings allowing = settings().toBuilder().staticScripts(true).build();
        assertEquals(List.of(), check(statics("files/app.js", "google0123.html", "logo.svg"), allowing));
    }

    @Test
    void withPrecompressTheBuildsCompressedCopiesAreItsOwn() throws IOException {
        SiteSettings gzip = settings().toBuilder()
                .hosting(new Hosting(Hosting.JsonTwins.PER_CODE, Set.of(Hosting.Compression.GZIP), false))
                .build();
        List<String> said = check(
                statics("index.html.gz", "robots.txt.gz", "files/notes.txt", "files/notes.txt.gz", "files/data.tar.gz"),
                gzip);
        assertEquals(
                List.of(
                        "error files/notes.txt.gz: the site makes /files/notes.txt.gz itself, and the file would take"
                                + " its place",
                        "error index.html.gz: the site makes /index.html.gz itself, and the file would take its place",
                        "error robots.txt.gz: the site makes /robots.txt.gz itself, and the file would take its place"),
                said);
        assertEquals(
                List.of(), check(statics("files/notes.txt.gz"), settings()), "without precompress, a file of its own");
    }

    /**
     * Without precompress too, a .gz or .br copy of a file the site makes is refused: nginx's gzip_static (as in
     * deploy/nginx.conf) would send it in place of the page.
     */
    @Test
    void withoutPrecompressACompressedCopyOfTheSitesFileIsRefused() throws IOException {
        List<String> said = check(
                statics("cpt/38900/index.html.gz", "robots.txt.br", "files/notes.txt", "files/notes.txt.gz"),
                settings());
        String fix = ", which the site makes";
        assertEquals(
                List.of(
                        "error cpt/38900/index.html.gz: a server that sends precompressed files (nginx's gzip_static or"
                                + " brotli_static, as in deploy/nginx.conf) would send this file in place of "
                                + "/cpt/38900/index.html" + fix,
                        "error robots.txt.br: a server that sends precompressed files (nginx's gzip_static or"
                                + " brotli_static, as in deploy/nginx.conf) would send this file in place of /robots.txt"
                                + fix),
                said);
    }

    @Test
    void underAPathFilesReadOnlyAtADomainsRootAreWarnedOf() throws IOException {
        SiteSettings underPath =
                settings().toBuilder().baseUrl("https://example.org/fees").build();
        List<String> said = check(statics("CNAME", ".well-known/security.txt", "files/form.pdf"), underPath);
        assertEquals(
                List.of(
                        "warning .well-known/security.txt: only read at the root of a domain, but the site is under"
                                + " /fees/, so it is published at /fees/.well-known/security.txt",
                        "warning CNAME: only read at the root of a domain, but the site is under /fees/, so it is"
                                + " published at /fees/CNAME"),
                said);
    }
}
