package org.cptsite;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.cptsite.build.Pipeline;
import org.cptsite.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutates the fixture's CSVs, front matter, site.yml, ranges.yml and Markdown at random (bytes, lines and
 * fields, with values known to break parsers) and runs load, link, render and check (the pipeline
 * without writing). The only outcomes allowed are a site, or problems that each name a file, with a line
 * wherever the file has one. Seeded, so a failure is reproduced by its seed and try; bounded by tries and
 * by time, so it fits in CI. A longer run: {@code mvn verify -DskipUnitTests -Dit.test=FuzzIT -Dfuzz.tries=2000
 * -Dfuzz.seconds=1800} (and {@code -Dfuzz.seed=N} for other mutations).
 */
class FuzzIT {
    private static final long SEED = Long.getLong("fuzz.seed", 20261130L);
    private static final int TRIES = Integer.getInteger("fuzz.tries", 400);
    private static final long SECONDS = Long.getLong("fuzz.seconds", 30);

    /** Cell, value and line values that have broken CSV, YAML, Markdown and template handling elsewhere. */
    private static final String[] HOSTILE = {
        "", " ", "\"", "\"\"", "\"a,b", ",", "-1", "-0.01", "1E+30", "NaN", "Infinity", "0", "0.000", "10000.00",
        "99999999999999999999", "0x1F", "1,5", "../x", "..\\x", "/etc/passwd", "%2e%2e", "<script>alert(1)</script>",
        "\" onmouseover=\"x", "javascript:alert(1)", "${7*7}", "<#assign x=1>", "[=x]", "{{x}}", "é", "\u00e9t\u00e9",
        "\u202e", "\ufeff", "\u0000", "\r", "\t", "~", "null", "true", "[", "{", "- ", ": ", "? ", "&a", "*a", "!!str",
        "!!binary x", "---", "...", "#", "## Unknown", "### ?", "| a |", "```", "<!--", "]]>", "x".repeat(5000),
    };

    @TempDir
    Path tmp;

    @Test
    void mutatedInputsGiveASiteOrProblemsWithFileAndLine() throws IOException {
        Path data = Sites.copyTree(Sites.SAMPLE, tmp.resolve("data"));
        Path content = Sites.copyTree(Sites.CONTENT, tmp.resolve("content"));
        List<Path> targets = new ArrayList<>();
        try (Stream<Path> s = Stream.concat(Files.walk(data), Files.walk(content))) {
            s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("README.md"))
                    .sorted().forEach(targets::add);
        }
        Random random = new Random(SEED);
        long deadline = System.nanoTime() + SECONDS * 1_000_000_000L;
        int tries = 0;
        for (; tries < TRIES && System.nanoTime() < deadline; tries++) {
            // Half the tries hit the CMS files, the rest the content (more files, fewer of each kind).
            Path target = random.nextBoolean() ? targets.get(random.nextInt(5)) : targets.get(random.nextInt(targets.size()));
            byte[] original = Files.readAllBytes(target);
            String mutation = mutate(target, original, random);
            try {
                check(target, mutation, tries);
            } finally {
                Files.write(target, original);
            }
        }
        assertTrue(tries > 0);
        System.out.println("FuzzIT: " + tries + " tries, seed " + SEED);
    }

    private void check(Path target, String mutation, int attempt) {
        Pipeline.Result r;
        try {
            r = new Pipeline(new Pipeline.Options(tmp.resolve("data"), tmp.resolve("content"), Sites.TEMPLATES, null,
                    Sites.BASE_URL, LocalDate.of(2026, 1, 1)), line -> { }).run(false);
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError("seed " + SEED + " try " + attempt + ": " + mutation + " of " + target
                    + " escaped as " + e, e);
        }
        for (Problem p : r.problems().all()) {
            if (p.file().isEmpty() || p.line() < 0 || (p.file().equals(target.toString()) && p.line() == 0
                    && !wholeFile(p))) {
                fail("seed " + SEED + " try " + attempt + ": " + mutation + " of " + target + " gave a problem "
                        + "without its file or line: " + p.format());
            }
        }
    }

    /** Problems about a file as a whole, which have no line to name. */
    private static boolean wholeFile(Problem p) {
        return p.message().startsWith("named like a") || p.message().startsWith("no ")
                || p.message().startsWith("second ") || p.message().contains(" PPRRVU files");
    }

    /** Applies one random mutation to the file; returns what it did, for the failure message. */
    private static String mutate(Path file, byte[] bytes, Random random) throws IOException {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int line = random.nextInt(lines.size());
        String hostile = HOSTILE[random.nextInt(HOSTILE.length)];
        String did;
        switch (random.nextInt(8)) {
            case 0 -> {
                int at = random.nextInt(Math.max(1, bytes.length));
                bytes = bytes.clone();
                if (bytes.length > 0) bytes[at] = (byte) random.nextInt(256);
                Files.write(file, bytes);
                return "byte " + at + " set at random";
            }
            case 1 -> {
                int at = random.nextInt(bytes.length + 1);
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
                int other = random.nextInt(lines.size());
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
                    cells[random.nextInt(cells.length)] = hostile;
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
                int at = random.nextInt(l.length() + 1);
                lines.set(line, l.substring(0, at) + hostile + l.substring(at));
                did = shown(hostile) + " inserted in line " + (line + 1);
            }
        }
        byte[] out = String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
        if (hostile.chars().anyMatch(c -> c > 0xff)) out = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        Files.write(file, out);
        return did;
    }

    private static String shown(String s) {
        return "'" + (s.length() > 20 ? s.substring(0, 20) + "..." : s).replaceAll("\\p{Cntrl}", "?") + "'";
    }
}
