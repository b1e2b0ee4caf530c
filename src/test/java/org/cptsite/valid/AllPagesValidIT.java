package org.cptsite.valid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cptsite.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page of a whole build passes the W3C Nu HTML Checker. Skipped unless a release is given, since it
 * takes minutes for the full 2026 release:
 * <pre>mvn -B verify -DskipUnitTests -Dit.test=AllPagesValidIT -Dvalidate.data=../shared/cms/rvu26</pre>
 * ({@code validate.data} relative to the project folder; the content is the test fixture's). Prints its
 * progress and, on failure, the first errors of each kind with the pages they are on.
 */
class AllPagesValidIT {
    @TempDir
    Path out;

    @Test
    void everyPageIsValidHtml() throws IOException {
        String data = System.getProperty("validate.data", "");
        assumeTrue(!data.isBlank(), "give a release with -Dvalidate.data=PATH to validate every page of its build");
        Path release = Sites.ROOT.resolve(data).normalize();
        long start = System.nanoTime();
        Sites.build(release, Sites.CONTENT, out, LocalDate.of(2026, 1, 15));
        List<Path> pages;
        try (Stream<Path> s = Files.walk(out)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        System.out.println("validating " + pages.size() + " pages of " + release);
        ThreadLocal<HtmlChecker> checkers = ThreadLocal.withInitial(HtmlChecker::new);
        // Error message (without its position) to the pages it is on, so a template error reads once.
        Map<String, List<String>> errors = new ConcurrentSkipListMap<>();
        AtomicInteger done = new AtomicInteger();
        pages.parallelStream().forEach(p -> {
            String html;
            try {
                html = Files.readString(p);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String page = "/" + out.relativize(p).toString().replace('\\', '/');
            for (String e : checkers.get().errors(html)) {
                errors.computeIfAbsent(
                                e.replaceFirst("^\\d+:\\d+: ", ""),
                                k -> new java.util.concurrent.CopyOnWriteArrayList<>())
                        .add(page + ":" + e.replaceFirst("^(\\d+:\\d+): .*$", "$1"));
            }
            int n = done.incrementAndGet();
            if (n % 2000 == 0) System.out.println("validated " + n + "/" + pages.size());
        });
        System.out.printf(
                "validated %d pages in %.0f s: %d kinds of error%n",
                pages.size(), (System.nanoTime() - start) / 1e9, errors.size());
        String report = errors.entrySet().stream()
                .limit(50)
                .map(e -> e.getKey() + "\n    on " + e.getValue().size() + " page(s), e.g. "
                        + e.getValue().stream().sorted().limit(3).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
        assertEquals("", report, "the Nu HTML Checker found errors");
    }
}
