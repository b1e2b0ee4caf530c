package org.cptsite;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.cptsite.pipeline.Pipeline;

/** Builds sites for tests and reads what they hold, independently of the code under test where it can. */
public final class Sites {
    public static final Path ROOT =
            Path.of(System.getProperty("project.root", ".")).toAbsolutePath().normalize();
    /**
     * The fixture site the tests build from: a copy of the sample release and content, kept apart from the
     * live {@code content/} and {@code data/sample} so that an editor's change can never break a test.
     */
    public static final Path FIXTURE = ROOT.resolve("src/test/resources/site");

    public static final Path SAMPLE = FIXTURE.resolve("data/sample");
    /** The older sample release (RVU25D figures): with {@link #SAMPLE}, a build with history. */
    public static final Path SAMPLE_2025 = FIXTURE.resolve("data/sample-2025");

    public static final List<Path> HISTORY = List.of(SAMPLE, SAMPLE_2025);
    public static final Path CONTENT = FIXTURE.resolve("content");
    /** Content files that only a build with history accepts (a deleted code's page text). */
    public static final Path HISTORY_CONTENT = ROOT.resolve("src/test/resources/history/codes");

    public static final Path TEMPLATES = ROOT.resolve("templates");

    /** The command-line options that build the fixture site: its sample release, content and the templates. */
    public static List<String> sampleOptions() {
        return sampleOptions(CONTENT);
    }

    /** The sample release with {@code content} and the project's templates. */
    public static List<String> sampleOptions(Path content) {
        return List.of(
                "--data", SAMPLE.toString(), "--content", content.toString(), "--templates", TEMPLATES.toString());
    }

    /** Both sample releases (history, deleted codes) with {@code content} and the project's templates. */
    public static List<String> historyOptions(Path content) {
        return List.of(
                "--data",
                SAMPLE.toString(),
                "--data",
                SAMPLE_2025.toString(),
                "--content",
                content.toString(),
                "--templates",
                TEMPLATES.toString());
    }

    public static final String BASE_URL = "https://www.example.org";

    private Sites() {}

    /** Builds and writes a site; fails the test with every problem when the build does not succeed. */
    public static Pipeline.Result build(Path data, Path content, Path out, LocalDate today) {
        return build(List.of(data), content, out, today);
    }

    /** The same from several releases. */
    public static Pipeline.Result build(List<Path> data, Path content, Path out, LocalDate today) {
        Pipeline.Result r =
                new Pipeline(new Pipeline.Options(data, content, TEMPLATES, out, BASE_URL, today), msg -> {}).run(true);
        removeAtExitIfInTempRoot(out);
        assertTrue(r.ok(), () -> "build failed: " + r.problems().all());
        return r;
    }

    /**
     * A @TempDir given as the output itself has its working folder beside it, in the system's temporary folder
     * (/tmp/.cptsite/junit-...), where JUnit does not clean: removed when the tests' JVM ends.
     */
    private static void removeAtExitIfInTempRoot(Path out) {
        Path abs = out.toAbsolutePath().normalize();
        Path tmp =
                Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        if (!tmp.equals(abs.getParent())) return;
        Path work = tmp.resolve(".cptsite").resolve(abs.getFileName().toString());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (Stream<Path> s = Files.walk(work)) {
                s.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            } catch (IOException | UncheckedIOException e) {
                // already gone, or left for the system's cleaning of its temporary folder
            }
        }));
    }

    /** A copy of the fixture content with the content of deleted codes added, for builds with history. */
    public static Path historyContent(Path dir) {
        copyTree(CONTENT, dir);
        copyTree(HISTORY_CONTENT, dir.resolve("codes/history"));
        return dir;
    }

    /** The distinct codes of a PPRRVU CSV in file order, read with commons-csv (not the project's reader). */
    public static Set<String> codes(Path pprrvu) {
        Set<String> codes = new LinkedHashSet<>();
        try (Reader in = Files.newBufferedReader(pprrvu, Charset.forName("windows-1252"))) {
            boolean data = false;
            for (CSVRecord r : CSVFormat.DEFAULT.parse(in)) {
                String first = r.get(0).trim();
                if (data && !first.isEmpty()) codes.add(first);
                if (first.equals("HCPCS")) data = true;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return codes;
    }

    /** The non-QPP PPRRVU CSV of a release folder (the one whose name has neither "QPP" nor "_QPP"). */
    public static Path pprrvu(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> files = s.filter(p -> {
                        String n = p.getFileName().toString();
                        return n.startsWith("PPRRVU") && n.endsWith(".csv") && !n.contains("_QPP");
                    })
                    .sorted()
                    .toList();
            if (files.size() != 1) throw new IllegalStateException("expected one PPRRVU CSV in " + dir + ": " + files);
            return files.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page of a code, relative to the site: cpt/38900/index.html, hcpcs/G0105/index.html. */
    public static String page(String code) {
        return folder(code) + "/" + code + "/index.html";
    }

    public static String json(String code) {
        return folder(code) + "/" + code + ".json";
    }

    private static String folder(String code) {
        return Character.isLetter(code.charAt(0)) ? "hcpcs" : "cpt";
    }

    /** Every file of a folder, by path relative to it with '/' separators, with its bytes. */
    public static Map<String, byte[]> files(Path dir) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    public static Path copyTree(Path from, Path to) {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return to;
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
