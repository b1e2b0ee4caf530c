package org.cptsite.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.cptsite.Sites;
import org.cptsite.compute.LocalityGpcis;
import org.cptsite.compute.LocalityPricing;
import org.cptsite.compute.SiteFacts;
import org.cptsite.model.AnesthesiaFactor;
import org.cptsite.model.CodeRows;
import org.cptsite.model.Locality;
import org.cptsite.model.Problems;
import org.cptsite.model.Release;
import org.cptsite.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site's scripts checked in {@code mvn verify} with the tools of src/test/js (pinned by its package-lock.json,
 * installed by {@code npm ci --prefix src/test/js}): ESLint finds nothing in templates/assets/*.js, and Node's test
 * runner passes src/test/js/locality.test.mjs, whose last test compares locality.js's cents with the Java build's
 * (compute.LocalityPricing) for every code of the fixture site in every locality and nationally. Skipped where
 * node or the packages are missing, except on CI (CI=true), where that fails.
 */
class JavaScriptIT {
    private static final Path JS = Sites.ROOT.resolve("src/test/js");
    private static final Path ESLINT = JS.resolve("node_modules/.bin/eslint");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void eslintFindsNothingInTheSiteScripts() throws IOException, InterruptedException {
        installed(Files.isExecutable(ESLINT), ESLINT + " is missing");
        Run r = run(
                Map.of(),
                ESLINT.toString(),
                "--max-warnings",
                "0",
                "--config",
                "src/test/js/eslint.config.mjs",
                "templates",
                "src/test/js");
        assertEquals(0, r.status(), r.output());
    }

    @Test
    void theNodeTestsOfLocalityJsPassWithTheJavaBuildsFigures() throws IOException, InterruptedException {
        installed(nodeRuns(), "node is not on the PATH");
        Path site = tmp.resolve("site");
        Sites.build(Sites.SAMPLE, Sites.CONTENT, site, LocalDate.of(2026, 1, 1));
        Problems problems = new Problems();
        SiteFacts facts = new Pipeline(
                        new Pipeline.Options(
                                Sites.SAMPLE,
                                Sites.CONTENT,
                                Sites.TEMPLATES,
                                null,
                                Sites.BASE_URL,
                                LocalDate.of(2026, 1, 1)),
                        m -> {})
                .facts(problems);
        assertNotNull(facts, () -> problems.all().toString());
        LocalityPricing pricing = facts.pricing();
        Release release = pricing.release();

        List<Map<String, Object>> codes = new ArrayList<>();
        int comparisons = 0;
        for (Map.Entry<String, CodeRows> e : release.codes().entrySet()) {
            CodeRows rows = e.getValue();
            // A code without any paid row has no locality script or data on its page (LocalityScriptBrowserIT).
            if (!LocalityScriptBrowserIT.priced(rows)) continue;
            Map<String, String> expected = new LinkedHashMap<>();
            for (Locality l : pricing.localities()) {
                AnesthesiaFactor anes = pricing.anesthesia(l);
                expected.put(
                        l.id(),
                        LocalityScriptBrowserIT.expected(
                                rows,
                                pricing.price(rows, pricing.gpcis(l)),
                                anes == null ? null : anes.cf(),
                                anes == null ? null : anes.qualifyingApmCf()));
            }
            expected.put(
                    "national",
                    LocalityScriptBrowserIT.expected(
                            rows,
                            pricing.price(rows, LocalityGpcis.NATIONAL),
                            release.anesthesiaCf(),
                            release.anesthesiaQualifyingApmCf()));
            comparisons += expected.size();
            Map<String, Object> code = new LinkedHashMap<>();
            code.put("code", e.getKey());
            code.put("page", pageData(site.resolve(Sites.page(e.getKey()))));
            code.put("expected", expected);
            codes.add(code);
        }
        assertTrue(pricing.localities().size() >= 10 && codes.size() >= 100, "the fixture prices many codes");
        Map<String, Object> cases = new LinkedHashMap<>();
        cases.put("shared", localitiesFile(site).toString());
        cases.put("minimum", comparisons);
        cases.put(
                "anesthesia",
                Arrays.stream(LocalityScriptBrowserIT.ANESTHESIA)
                        .map(p -> List.of(p[0], p[1]))
                        .toList());
        cases.put("codes", codes);
        Path file = tmp.resolve("locality-cases.json");
        JSON.writeValue(file.toFile(), cases);

        Run r = run(Map.of("LOCALITY_CASES", file.toString()), "node", "--test", "src/test/js/locality.test.mjs");
        System.out.printf(
                "locality.js under node: %d codes x %d localities (+ national) = %d comparisons with Java%n",
                codes.size(), pricing.localities().size(), comparisons);
        assertEquals(0, r.status(), r.output());
        // Every test ran: the comparison with Java is skipped only when LOCALITY_CASES is not set.
        assertTrue(r.output().contains("# fail 0") && r.output().contains("# skipped 0"), r.output());
    }

    /** The #locality-data element of a built code page. */
    private static String pageData(Path page) throws IOException {
        String html = Files.readString(page);
        String open = "<script type=\"application/json\" id=\"locality-data\">";
        int start = html.indexOf(open);
        assertTrue(start >= 0, page + " has no locality data");
        return html.substring(start + open.length(), html.indexOf("</script>", start));
    }

    /** assets/localities.HASH.json, the shared file the script fetches. */
    private static Path localitiesFile(Path site) throws IOException {
        try (Stream<Path> s = Files.list(site.resolve("assets"))) {
            List<Path> files = s.filter(p -> p.getFileName().toString().startsWith("localities."))
                    .toList();
            assertEquals(1, files.size(), files::toString);
            return files.get(0);
        }
    }

    private static void installed(boolean present, String missing) {
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException(missing + "; on CI, .ci/run installs node and npm ci --prefix src/test/js");
        }
        assumeTrue(present, missing + "; install node and run npm ci --prefix src/test/js");
    }

    private static boolean nodeRuns() {
        try {
            return run(Map.of(), "node", "--version").status() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private record Run(int status, String output) {}

    /** Runs a command in the project folder, its output and errors together. */
    private static Run run(Map<String, String> env, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb =
                new ProcessBuilder(command).directory(Sites.ROOT.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), () -> String.join(" ", command) + " did not end");
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
