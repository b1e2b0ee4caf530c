package org.cptsite.pipeline;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.cptsite.check.CheckingOutput;
import org.cptsite.compute.SiteFacts;
import org.cptsite.link.ContentLinks;
import org.cptsite.link.LinkedSite;
import org.cptsite.link.Linker;
import org.cptsite.load.BaseUrl;
import org.cptsite.load.ContentLoader;
import org.cptsite.load.ReleasesLoader;
import org.cptsite.model.Content;
import org.cptsite.model.Hosting;
import org.cptsite.model.Problem;
import org.cptsite.model.Problems;
import org.cptsite.model.Release;
import org.cptsite.model.Releases;
import org.cptsite.model.SiteSettings;
import org.cptsite.output.BasePath;
import org.cptsite.output.Output;
import org.cptsite.render.Parallel;
import org.cptsite.render.SiteRenderer;
import org.cptsite.render.Templates;
import org.cptsite.write.Disk;
import org.cptsite.write.OutputFolder;
import org.cptsite.write.Precompression;
import org.cptsite.write.Redirects;
import org.cptsite.write.SiteWriter;
import org.cptsite.write.WriteFailed;
import org.jspecify.annotations.Nullable;

/**
 * Runs the build in named stages: load the releases and the content, link them, compute the site's
 * figures, render and check every page, and (for {@code build}) write the site. Problems from any stage
 * stop it before anything is written.
 */
public final class Pipeline {
    /**
     * What to build from and where to; {@code baseUrl} null means the one in site.yml. An empty {@code data}
     * means the {@code releases:} of site.yml, or {@code data/sample} when it names none.
     */
    public record Options(List<Path> data, Path content, Path templates, Path out, String baseUrl, LocalDate today) {
        public Options {
            data = data == null ? List.of() : List.copyOf(data);
        }

        /** One release (or one folder of releases); null means site.yml's. */
        public Options(Path data, Path content, Path templates, Path out, String baseUrl, LocalDate today) {
            this(data == null ? List.of() : List.of(data), content, templates, out, baseUrl, today);
        }
    }

    /** Where releases are read when neither --data nor site.yml names any. */
    static final Path DEFAULT_DATA = Path.of("data/sample");

    /** What a run did. */
    public record Result(Problems problems, Release release, int pages, int files, long bytes) {
        public boolean ok() {
            return !problems.hasErrors();
        }
    }

    private final Options options;
    private final Consumer<String> progress;
    private final Disk disk;

    public Pipeline(Options options, Consumer<String> progress) {
        this(options, progress, Disk.REAL);
    }

    /** With the disk writes going through {@code disk}: tests make them fail as a full disk would. */
    public Pipeline(Options options, Consumer<String> progress, Disk disk) {
        this.options = options;
        this.progress = progress;
        this.disk = disk;
    }

    /** What the load stage read: the releases and the content, each complete. */
    public record Inputs(Releases releases, Content content) {}

    /**
     * Loads, links and computes (for {@code show}, {@code prices} and tests); null when the inputs have errors
     * (they are in {@code problems}).
     */
    public SiteFacts facts(Problems problems) {
        return facts(problems, p -> false);
    }

    /**
     * The same despite the errors {@code tolerated} accepts: {@code show} of one code when another code's file
     * has an error (a content file with an error is left out of the content).
     */
    public SiteFacts facts(Problems problems, Predicate<Problem> tolerated) {
        Inputs inputs = load(problems, tolerated);
        if (inputs == null) return null;
        LinkedSite site = link(inputs.releases(), inputs.content(), problems, tolerated);
        return site == null ? null : compute(site);
    }

    /** Whether a problem is in a code's content file (under content/codes/): the loader leaves such a file out. */
    public boolean inCodeFile(Problem p) {
        try {
            Path codes = options.content().resolve("codes").toAbsolutePath().normalize();
            return Path.of(p.file()).toAbsolutePath().normalize().startsWith(codes);
        } catch (java.nio.file.InvalidPathException e) {
            return false; // a name no file can have
        }
    }

    private static boolean blocking(Problems problems, Predicate<Problem> tolerated) {
        // Past the problems kept, an error not seen may be any: then every error stops the stage.
        if (problems.dropped() > 0) return problems.hasErrors();
        return problems.all().stream().anyMatch(p -> p.isError() && !tolerated.test(p));
    }

    /** The load stage: the releases and the content; null when they have errors (in {@code problems}). */
    public Inputs load(Problems problems) {
        return load(problems, p -> false);
    }

    private Inputs load(Problems problems, Predicate<Problem> tolerated) {
        ContentLoader contentLoader = new ContentLoader(problems, options.today());
        SiteSettings settings = contentLoader.settings(options.content());
        if (settings == null) return null;
        List<Path> data = releasePaths(options, settings);
        progress.accept("loading release "
                + String.join(", ", data.stream().map(Path::toString).toList()) + " and content " + options.content());
        // Independent, and each takes about a second: read the content while the releases load.
        CompletableFuture<Content> loading =
                CompletableFuture.supplyAsync(() -> withBaseUrl(contentLoader.load(options.content(), settings)));
        Releases releases = loadReleases(settings, problems);
        Content content = Parallel.join(loading);
        // The README promises the files of the release that are not used, each with the reason.
        if (releases != null) {
            // Each release's files by its id: two releases may both hold a README.md.
            releases.all().forEach(r -> r.ignored().forEach(f -> progress.accept("ignored " + f + " in " + r.id())));
        }
        // Checked once here, not as a wrong canonical URL on every page.
        if (options.baseUrl() != null) BaseUrl.check(options.baseUrl(), "--base-url", 0, problems);
        if (releases == null || content == null || blocking(problems, tolerated)) return null;
        return new Inputs(releases, content);
    }

    /**
     * The releases to build, loaded (for {@code serve}, {@code new} and {@code coverage}); null when one
     * cannot be read or site.yml, which may name them, cannot (with problems).
     */
    public Releases loadReleases(Problems problems) {
        SiteSettings settings = loadSettings(problems);
        return settings == null ? null : loadReleases(settings, problems);
    }

    /**
     * The releases to build, given site.yml's settings, loaded; null when one cannot be read (with problems). A
     * path of {@code releases:} that names nothing is reported at its line of site.yml.
     */
    public Releases loadReleases(SiteSettings settings, Problems problems) {
        if (options.data().isEmpty()) {
            boolean missing = false;
            for (SiteSettings.ReleasePath r : settings.releases()) {
                Path path = options.content().resolve(r.path()).normalize();
                if (Files.exists(path)) continue;
                missing = true;
                problems.error(
                        options.content().resolve("site.yml").toString(),
                        r.line(),
                        "releases: '" + r.path() + "' names no file or folder (" + path + ")",
                        "the paths are relative to the content folder; each names a CMS release zip, a folder "
                                + "holding its files, or a folder holding several releases");
            }
            if (missing) return null;
        }
        ReleasesLoader loader = new ReleasesLoader(problems);
        Releases releases = loader.load(releasePaths(options, settings));
        loader.ignored()
                .forEach(f -> progress.accept("ignored " + f.getFileName() + " (not a release) in " + f.getParent()));
        return releases;
    }

    /**
     * site.yml alone, for a command that needs its settings but not the pages' content ({@code prices}); null when
     * it cannot be read (with problems).
     */
    public SiteSettings loadSettings(Problems problems) {
        return new ContentLoader(problems).settings(options.content());
    }

    /** The content of {@code --content}, with {@code --base-url} applied; null when it cannot be read. */
    public Content loadContent(Problems problems) {
        return withBaseUrl(new ContentLoader(problems, options.today()).load(options.content()));
    }

    private Content withBaseUrl(Content content) {
        if (content == null || options.baseUrl() == null) return content;
        return content.withSettings(
                content.settings().withBaseUrl(options.baseUrl().replaceAll("/+$", "")));
    }

    /** The releases and content joined; null when they do not fit (with problems). */
    public LinkedSite link(Releases releases, Content content, Problems problems) {
        return link(releases, content, problems, p -> false);
    }

    private LinkedSite link(Releases releases, Content content, Problems problems, Predicate<Problem> tolerated) {
        String settingsFile = options.content().resolve("site.yml").toString();
        BaseUrl.warnIfExample(
                content.settings().baseUrl(),
                releases.current(),
                options.baseUrl() != null ? "--base-url" : settingsFile,
                problems);
        LinkedSite site = linker(problems).link(releases, content);
        return blocking(problems, tolerated) ? null : site;
    }

    /** {@code site} with the given codes' content taken from {@code content} (see {@link Linker#relink}). */
    public LinkedSite relink(LinkedSite site, Content content, java.util.Set<String> codes, Problems problems) {
        LinkedSite relinked = linker(problems).relink(site, content, codes);
        return problems.hasErrors() ? null : relinked;
    }

    /** The compute stage: the figures every page of {@code site} is made from. */
    public SiteFacts compute(LinkedSite site) {
        return SiteFacts.of(site);
    }

    /** The same, reusing {@code previous}'s release-wide figures where {@code site} has not changed them. */
    public SiteFacts compute(LinkedSite site, @Nullable SiteFacts previous) {
        return SiteFacts.of(site, previous);
    }

    private Linker linker(Problems problems) {
        return new Linker(problems, options.content().resolve("site.yml").toString());
    }

    /**
     * The release folders of a run: {@link #releasePaths(Options, SiteSettings)} with site.yml read quietly
     * (its own problems are reported by the load), or the sample when it cannot be read.
     */
    public List<Path> releasePaths() {
        if (!options.data().isEmpty()) return options.data();
        SiteSettings settings = new ContentLoader(new Problems()).settings(options.content());
        return settings == null ? List.of(DEFAULT_DATA) : releasePaths(options, settings);
    }

    /**
     * The releases to build: {@code --data} when given, else the {@code releases:} of site.yml (relative to the
     * content folder), else the sample.
     */
    public static List<Path> releasePaths(Options options, SiteSettings settings) {
        if (!options.data().isEmpty()) return options.data();
        if (settings.releases().isEmpty()) return List.of(DEFAULT_DATA);
        return settings.releases().stream()
                .map(r -> options.content().resolve(r.path()).normalize())
                .toList();
    }

    /**
     * Loads, renders and checks; writes the site only when {@code write} is set and nothing failed. The
     * output folder is claimed first, before any work: a folder that is no place for a site, or one another
     * build is writing, stops the run at once.
     */
    public Result run(boolean write) {
        Problems problems = new Problems();
        if (!write) return run(problems, null);
        Map<String, Path> inputs = new LinkedHashMap<>();
        inputs.put("content", options.content());
        inputs.put("templates", options.templates());
        // Only to keep the output away from the releases.
        List<Path> data = releasePaths();
        for (int i = 0; i < data.size(); i++) inputs.put(i == 0 ? "data" : "data " + (i + 1), data.get(i));
        try (OutputFolder out = OutputFolder.claim(options.out(), inputs, disk, problems)) {
            if (out == null) return new Result(problems, null, 0, 0, 0);
            return run(problems, out);
        }
    }

    /**
     * load -> link -> compute -> render and check -> write, each stage given what the one before made. A build
     * stops at the first stage with errors; check (no {@code out}) goes on past errors in code files, which the
     * loader leaves out, so that the pages' problems are reported with them.
     */
    private Result run(Problems problems, OutputFolder out) {
        Predicate<Problem> tolerated = out == null ? this::inCodeFile : p -> false;
        Inputs inputs = load(problems, tolerated);
        // The folders of the live site were looked into meanwhile: what was added there stops the build too.
        if (out != null && !out.nothingAddedInside(problems)) inputs = null;
        LinkedSite site = inputs == null ? null : link(inputs.releases(), inputs.content(), problems, tolerated);
        if (site == null) return new Result(problems, null, 0, 0, 0);
        SiteFacts facts = compute(site);
        if (!canPrecompress(site.content().settings(), problems)) return new Result(problems, site.release(), 0, 0, 0);
        SiteWriter writer;
        try {
            writer = out != null
                    ? new SiteWriter(
                            out,
                            site.content().settings().baseUrl(),
                            options.today(),
                            new Precompression(
                                    site.content().settings().hosting().precompress()))
                    : null;
        } catch (IOException e) {
            cannotWrite(problems, e);
            return new Result(problems, site.release(), 0, 0, 0);
        }
        try {
            int pages = renderAndCheck(facts, writer != null ? writer : Discard.INSTANCE, problems);
            return write(writer, site, pages, problems);
        } catch (IOException | RuntimeException e) {
            if (writer != null) writer.abort();
            if (e instanceof WriteFailed w) cannotWrite(problems, w.path().toString(), w.getCause());
            else if (e instanceof IOException io) cannotWrite(problems, io);
            else throw (RuntimeException) e;
            return new Result(problems, site.release(), 0, 0, 0);
        }
    }

    /** Whether the precompression site.yml asks for is available here; an error when it is not. */
    private boolean canPrecompress(SiteSettings settings, Problems problems) {
        if (!settings.hosting().precompress().contains(Hosting.Compression.BROTLI)
                || Precompression.brotliAvailable()) {
            return true;
        }
        problems.error(
                options.content().resolve("site.yml").toString(),
                0,
                "precompress: brotli needs Brotli's "
                        + "native library, which brotli4j does not ship for this platform",
                "remove brotli from "
                        + "precompress (gzip needs nothing), or build on Linux, macOS or Windows on x86-64 or ARM64");
        return false;
    }

    /**
     * The render and check stage: every page and file of the site, each checked as it goes into {@code sink}
     * (the writer's staging folder, or nowhere for {@code check}). Returns the number of pages rendered.
     */
    private int renderAndCheck(SiteFacts facts, Output sink, Problems problems) {
        LinkedSite site = facts.site();
        String baseUrl = site.content().settings().baseUrl();
        CheckingOutput checked =
                new CheckingOutput(sink, baseUrl, site.content().settings()::level, ContentLinks.of(site), problems);
        // Deleted codes keep their pages: they are rendered with the current ones.
        int total = site.codes().size() + site.deleted().size();
        int step = Math.max(1, total / 10);
        progress.accept("rendering " + total + " code pages"
                + (site.deleted().isEmpty() ? "" : " (" + site.deleted().size() + " of deleted codes)"));
        Templates templates =
                new Templates(options.templates(), site.content().settings().allowJava(), problems);
        SiteRenderer renderer = new SiteRenderer(facts, templates, options.templates(), problems);
        int pages = renderer.render(checked, done -> {
            if (done % step == 0 || done == total) progress.accept("rendered " + done + "/" + total);
        });
        checked.file(
                Redirects.FILE,
                Redirects.of(
                        site.redirects(),
                        BasePath.of(baseUrl),
                        site.content().settings().hosting().forcedRedirects(),
                        problems));
        // Pages that failed to render leave links dangling; those follow from the first error, not new ones.
        if (renderer.everyPageRendered()) checked.finish();
        return pages;
    }

    /**
     * The write stage: the staged site swapped in for --out when nothing failed, else dropped ({@code writer}
     * is null for {@code check}, which writes nothing).
     */
    private Result write(SiteWriter writer, LinkedSite site, int pages, Problems problems) throws IOException {
        Release release = site.release();
        if (writer == null) return new Result(problems, release, pages, 0, 0);
        if (problems.hasErrors()) {
            writer.abort();
            return new Result(problems, release, pages, 0, 0);
        }
        progress.accept("writing " + options.out());
        List<String> gone = writer.pagesGone();
        writer.commit(Redirects.sources(site.redirects()));
        // Only once the site and its manifest are written: a write that fails leaves the previous site live.
        warnOfPagesGone(gone, writer.deployManifest(), problems);
        return new Result(problems, release, pages, writer.filesWritten(), writer.bytesWritten());
    }

    /**
     * Pages the previous build published and this one does not: their URLs answer 404 once it is deployed, and the
     * links to them from search results and other sites are lost. A code's page goes with the last given release
     * that has the code, so this is how a release left out of a build (a shorter releases: list, one --data
     * forgotten) shows.
     */
    private void warnOfPagesGone(List<String> gone, Path deployManifest, Problems problems) {
        if (gone.isEmpty()) return;
        String examples = Problem.examples(gone);
        problems.warning(
                options.out().toString(),
                0,
                String.format(
                                Locale.US,
                                "%,d %s of the previous build %s not in this one",
                                gone.size(),
                                gone.size() == 1 ? "page" : "pages",
                                gone.size() == 1 ? "is" : "are")
                        + " and will answer 404 once it is deployed: " + examples
                        + " (" + deployManifest + " lists them all under removed)",
                gone.stream().anyMatch(u -> u.contains("/cpt/") || u.contains("/hcpcs/"))
                        ? "a code keeps its page while a given release has it: give the older releases again (--data, "
                                + "or releases: in site.yml) so that codes CMS deleted keep their pages; "
                                + "if these pages were meant to go, nothing to do"
                        // No code page among them: a specialty, a file of content/static/ or a page of settings.
                        : "they came from content that is no longer there (a specialty no code names now, a file of "
                                + "content/static/): restore it if they should stay; if they were meant to go, "
                                + "nothing to do");
    }

    /** A write the disk refused (full, read-only): the path, the system's reason, and what to do. */
    private void cannotWrite(Problems problems, IOException e) {
        cannotWrite(
                problems,
                e instanceof FileSystemException f && f.getFile() != null
                        ? f.getFile()
                        : options.out().toString(),
                e);
    }

    private static void cannotWrite(Problems problems, String path, IOException e) {
        problems.error(path, 0, "cannot write the site: " + WriteFailed.reason(e), writeFix(path, e));
    }

    /**
     * What to do when {@code path} could not be written. A permission refused inside cptsite's working folder
     * comes from a read-only folder of an earlier site, which the build reuses: every build would fail on it
     * until that copy goes.
     */
    static String writeFix(String path, IOException e) {
        if (!(e instanceof AccessDeniedException)) {
            return "free space on that disk, or make the folder writable, or choose --out on another disk; "
                    + "the build needs room for the new site beside the previous one";
        }
        for (Path p = Path.of(path); p != null && p.getParent() != null; p = p.getParent()) {
            if (p.getParent().getFileName() != null
                    && p.getParent().getFileName().toString().equals(".cptsite")) {
                return "a read-only folder of an earlier site is in cptsite's working folder: delete "
                        + p.resolve("old") + " and " + p.resolve("staging") + " (they hold only copies of earlier "
                        + "sites), or make them writable with chmod -R u+w " + p;
            }
        }
        Path folder = Path.of(path).getParent();
        return "make the folder writable (chmod u+w " + (folder == null ? path : folder) + "), or choose --out in a "
                + "folder you can write to";
    }

    /** The output of {@code check}: everything is rendered and checked, nothing kept. */
    private enum Discard implements Output {
        INSTANCE;

        @Override
        public void page(String url, byte[] html) {}

        @Override
        public void file(String path, byte[] bytes) {}
    }
}
