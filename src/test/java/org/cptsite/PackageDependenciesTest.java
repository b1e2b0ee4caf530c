package org.cptsite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The stages depend on each other in one direction only: each package of the sources may name (import, or
 * write out in full) only the packages listed for it here. A new dependency is a decision, made here.
 */
class PackageDependenciesTest {
    private static final Path SOURCES = Path.of("src/main/java/org/cptsite");
    private static final Pattern NAMED = Pattern.compile("\\borg\\.cptsite\\.([a-z]+)\\.");

    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("model", Set.of()),
            Map.entry("output", Set.of()),
            Map.entry("load", Set.of("model")),
            Map.entry("link", Set.of("model")),
            Map.entry("compute", Set.of("model", "link")),
            Map.entry("render", Set.of("model", "output", "link", "compute")),
            Map.entry("check", Set.of("model", "output")),
            Map.entry("write", Set.of("model", "output")),
            Map.entry("pipeline", Set.of("model", "output", "load", "link", "compute", "render", "check", "write")),
            Map.entry("serve", Set.of("model", "output", "load", "link", "compute", "render", "check", "pipeline")),
            Map.entry(
                    "cli",
                    Set.of(
                            "model",
                            "output",
                            "load",
                            "link",
                            "compute",
                            "render",
                            "check",
                            "write",
                            "pipeline",
                            "serve")));

    /** Per package of the sources, the other packages of ours its files name. */
    private static Map<String, Set<String>> dependencies() throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = SOURCES.relativize(file).getName(0).toString();
                Set<String> named = uses.computeIfAbsent(pkg, p -> new TreeSet<>());
                for (String line : Files.readAllLines(file)) {
                    if (line.startsWith("package ")) continue;
                    Matcher m = NAMED.matcher(line);
                    while (m.find()) {
                        if (!m.group(1).equals(pkg)) named.add(m.group(1));
                    }
                }
            }
        }
        return uses;
    }

    @Test
    void eachPackageNamesOnlyThePackagesBeforeIt() throws IOException {
        Map<String, Set<String>> uses = dependencies();
        assertEquals(new TreeSet<>(ALLOWED.keySet()), uses.keySet(), "a new package: give it a line in ALLOWED");
        uses.forEach((pkg, named) -> {
            Set<String> extra = new TreeSet<>(named);
            extra.removeAll(ALLOWED.get(pkg));
            assertTrue(extra.isEmpty(), pkg + " names " + extra + ", which it must not depend on");
        });
    }

    @Test
    void checkAndWriteDoNotDependOnRender() throws IOException {
        Map<String, Set<String>> uses = dependencies();
        assertTrue(
                !uses.get("check").contains("render") && !uses.get("write").contains("render"),
                "check: " + uses.get("check") + ", write: " + uses.get("write"));
        assertTrue(uses.get("check").contains("output") && uses.get("write").contains("output"));
    }
}
