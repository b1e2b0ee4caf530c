package org.cptsite.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.cptsite.RealData;
import org.cptsite.Sites;
import org.cptsite.compute.SiteFacts;
import org.cptsite.link.LinkedSite;
import org.cptsite.model.Content;
import org.cptsite.model.Hosting;
import org.cptsite.model.Hosting.JsonTwins;
import org.cptsite.model.Problems;
import org.cptsite.output.Output;
import org.cptsite.pipeline.Pipeline;
import org.cptsite.render.SiteRenderer;
import org.cptsite.render.Templates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The number of files of the real 2026 site in each json_twins mode, against the hosts' limits (Cloudflare
 * Pages' free plan: 20,000; Vercel's CLI: 15,000). Files are counted as the renderer hands them out,
 * nothing written; the few files the writer adds at the end (sitemap, robots.txt, _headers, ...) are
 * counted on a written build of the sample.
 */
class FileCountsRealDataIT {
    @TempDir
    Path tmp;

    private static final class Counting implements Output {
        final AtomicInteger files = new AtomicInteger();

        @Override
        public void page(String url, byte[] html) {
            files.incrementAndGet();
        }

        @Override
        public void file(String path, byte[] bytes) {
            files.incrementAndGet();
        }
    }

    private static LinkedSite load(Path data) {
        Problems problems = new Problems();
        SiteFacts site = new Pipeline(
                        new Pipeline.Options(
                                data, Sites.CONTENT, Sites.TEMPLATES, null, Sites.BASE_URL, LocalDate.of(2026, 7, 1)),
                        msg -> {})
                .facts(problems);
        assertNotNull(site, () -> problems.all().toString());
        return site.site();
    }

    /** The files a build of {@code site} in {@code mode} hands the writer, before the writer's own. */
    private static int rendered(LinkedSite site, JsonTwins mode) {
        Content c = site.content();
        LinkedSite laidOut = new LinkedSite(
                site.release(),
                c.withSettings(c.settings().withHosting(new Hosting(mode, Set.of(), false))),
                site.codes(),
                site.categories());
        Problems problems = new Problems();
        Counting out = new Counting();
        new SiteRenderer(SiteFacts.of(laidOut), new Templates(Sites.TEMPLATES, problems), Sites.TEMPLATES, problems)
                .render(out, n -> {});
        assertTrue(!problems.hasErrors(), () -> problems.all().toString());
        return out.files.get();
    }

    @Test
    void rvu26InEachMode() {
        Path data = RealData.dir("rvu26");
        Pipeline.Result sample =
                Sites.build(Sites.SAMPLE, Sites.CONTENT, tmp.resolve("sample"), LocalDate.of(2026, 7, 1));
        int written = sample.files() - rendered(load(Sites.SAMPLE), JsonTwins.PER_CODE);
        assertTrue(written > 0 && written < 10, "files the writer adds: " + written);

        LinkedSite site = load(data);
        Map<JsonTwins, Integer> files = new EnumMap<>(JsonTwins.class);
        for (JsonTwins mode : JsonTwins.values()) files.put(mode, rendered(site, mode) + written);
        System.out.println("rvu26 files by json_twins: " + files);
        int codes = site.codes().size();
        assertEquals(codes, files.get(JsonTwins.PER_CODE) - files.get(JsonTwins.NONE), "one twin per code");
        assertTrue(files.get(JsonTwins.PER_CODE) > 20_000, files::toString);
        assertTrue(files.get(JsonTwins.PER_RANGE) < 20_000, "per_range fits Cloudflare Pages' free plan: " + files);
        assertTrue(files.get(JsonTwins.NONE) < 20_000, files::toString);
    }
}
