package org.cptsite;

import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cptsite.model.Problem;
import org.cptsite.pipeline.Pipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Jazzer (coverage-guided fuzzing on libFuzzer) mutates the fixture's CSVs, front matter, site.yml,
 * ranges.yml and Markdown (bytes, truncations, lines deleted, duplicated or swapped, cells and YAML values
 * replaced by values known to break parsers or by the fuzzer's own strings) and runs load, link, render and
 * check (the pipeline without writing). The only outcomes allowed are a site, or problems that each name a
 * file, with a line wherever the file has one.
 *
 * <p>A plain {@code mvn test} runs the saved inputs of {@code FuzzTestInputs/} (Jazzer's regression mode). The
 * pom's {@code fuzz} execution fuzzes with {@code JAZZER_FUZZ=1} and a fixed seed for {@link #CI_SECONDS}
 * seconds; the README gives the command of a longer run.
 */
class FuzzTest {
    static final int CI_SECONDS = 60;

    /** Cell, value and line values that have broken CSV, YAML, Markdown and template handling elsewhere. */
    private static final String[] HOSTILE = {
        "",
        " ",
        "\"",
        "\"\"",
        "\"a,b",
        ",",
        "-1",
        "-0.01",
        "1E+30",
        "NaN",
        "Infinity",
        "0",
        "0.000",
        "10000.00",
        "99999999999999999999",
        "0x1F",
        "1,5",
        "../x",
        "..\\x",
        "/etc/passwd",
        "%2e%2e",
        "<script>alert(1)</script>",
        "\" onmouseover=\"x",
        "javascript:alert(1)",
        "${7*7}",
        "<#assign x=1>",
        "[=x]",
        "{{x}}",
        "é",
        "\u00e9t\u00e9",
        "\u202e",
        "\ufeff",
        "\u0000",
        "\r",
        "\t",
        "~",
        "null",
        "true",
        "[",
        "{",
        "- ",
        ": ",
        "? ",
        "&a",
        "*a",
        "!!str",
        "!!binary x",
        "---",
        "...",
        "#",
        "## Unknown",
        "### ?",
        "| a |",
        "```",
        "<!--",
        "]]>",
        "x".repeat(5000),
    };

    @TempDir
    static Path tmp;

    private static final List<Path> TARGETS = new ArrayList<>();
    private static int tries;

    @BeforeAll
    static void copyTheFixture() throws IOException {
        Path data = Sites.copyTree(Sites.SAMPLE, tmp.resolve("data"));
        Path content = Sites.copyTree(Sites.CONTENT, tmp.resolve("content"));
        try (Stream<Path> s = Stream.concat(Files.walk(data), Files.walk(content))) {
            s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().equals("README.md"))
                    .sorted()
                    .forEach(TARGETS::add);
        }
    }

    @com.code_intelligence.jazzer.junit.FuzzTest(maxDuration = CI_SECONDS + "s")
    void mutatedInputsGiveASiteOrProblemsWithFileAndLine(FuzzedDataProvider data) throws IOException {
        // Half the tries hit the CMS files (the first five), the rest the content (more files, fewer of each kind).
        Path target = data.consumeBoolean()
                ? TARGETS.get(data.consumeInt(0, 4))
                : TARGETS.get(data.consumeInt(0, TARGETS.size() - 1));
        byte[] original = Files.readAllBytes(target);
        String mutation = mutate(target, original, data);
        try {
            check(target, mutation, ++tries);
        } finally {
            Files.write(target, original);
        }
    }

    private void check(Path target, String mutation, int attempt) {
        Pipeline.Result r;
        try {
            r = new Pipeline(
                            new Pipeline.Options(
                                    tmp.resolve("data"),
                                    tmp.resolve("content"),
                                    Sites.TEMPLATES,
                                    null,
                                    Sites.BASE_URL,
                                    LocalDate.of(2026, 1, 1)),
                            line -> {})
                    .run(false);
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError("try " + attempt + ": " + mutation + " of " + target + " escaped as " + e, e);
        }
        for (Problem p : r.problems().all()) {
            if (p.file().isEmpty()
                    || p.line() < 0
                    || (p.file().equals(target.toString()) && p.line() == 0 && !wholeFile(p))) {
                fail("try " + attempt + ": " + mutation + " of " + target + " gave a problem "
                        + "without its file or line: " + p.format());
            }
        }
    }

    /** Problems about a file as a whole, which have no line to name. */
    private static boolean wholeFile(Problem p) {
        return p.message().startsWith("named like a")
                || p.message().startsWith("no ")
                || p.message().startsWith("second ")
                || p.message().contains(" PPRRVU files");
    }

    /** Applies one mutation chosen by the fuzzer to the file; returns what it did, for the failure message. */
    private static String mutate(Path file, byte[] bytes, FuzzedDataProvider data) throws IOException {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int line = data.consumeInt(0, lines.size() - 1);
        int kind = data.consumeInt(0, 7);
        // A value known to break parsers, or one of the fuzzer's own.
        String hostile = data.consumeBoolean() ? data.pickValue(HOSTILE) : data.consumeString(64);
        String did;
        switch (kind) {
            case 0 -> {
                int at = data.consumeInt(0, Math.max(0, bytes.length - 1));
                bytes = bytes.clone();
                if (bytes.length > 0) bytes[at] = data.consumeByte();
                Files.write(file, bytes);
                return "byte " + at + " set";
            }
            case 1 -> {
                int at = data.consumeInt(0, bytes.length);
                Files.write(file, java.util.Arrays.copyOf(bytes, at));
                return "truncated at byte " + at;
            }
            case 2 -> {
                lines.remove(line);
                did = "line " + (line + 1) + " deleted";
            }
            case 3 -> {
                lines.add(line, lines.get(line));
                did = "line " + (line + 1) + " duplicated";
            }
            case 4 -> {
                int other = data.consumeInt(0, lines.size() - 1);
                String a = lines.get(line);
                lines.set(line, lines.get(other));
                lines.set(other, a);
                did = "lines " + (line + 1) + " and " + (other + 1) + " swapped";
            }
            case 5 -> {
                // A CSV cell, or a YAML value after its colon, replaced.
                String l = lines.get(line);
                String[] cells = l.split(",", -1);
                if (cells.length > 1) {
                    cells[data.consumeInt(0, cells.length - 1)] = hostile;
                    lines.set(line, String.join(",", cells));
                } else {
                    int colon = l.indexOf(':');
                    lines.set(line, (colon < 0 ? l : l.substring(0, colon + 1) + " ") + hostile);
                }
                did = "field of line " + (line + 1) + " set to " + shown(hostile);
            }
            case 6 -> {
                lines.add(line, hostile);
                did = "line " + shown(hostile) + " inserted before line " + (line + 1);
            }
            default -> {
                String l = lines.get(line);
                int at = data.consumeInt(0, l.length());
                lines.set(line, l.substring(0, at) + hostile + l.substring(at));
                did = shown(hostile) + " inserted in line " + (line + 1);
            }
        }
        byte[] out = String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
        if (hostile.chars().anyMatch(c -> c > 0xff))
            out = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        Files.write(file, out);
        return did;
    }

    private static String shown(String s) {
        return "'" + (s.length() > 20 ? s.substring(0, 20) + "..." : s).replaceAll("\\p{Cntrl}", "?") + "'";
    }
}
