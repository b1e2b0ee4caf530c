package org.cptsite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

/**
 * Every package of the main code is {@code @NullMarked} (JSpecify) in its package-info.java: a type is not null
 * unless written {@code @Nullable}, for readers, IDEs and null checkers alike. A new package must say so too.
 */
class NullMarkedTest {
    @Test
    void everyMainPackageIsNullMarked() throws IOException, ClassNotFoundException {
        Path main = Sites.ROOT.resolve("src/main/java");
        List<String> packages = new ArrayList<>();
        try (Stream<Path> s = Files.walk(main)) {
            for (Path dir : s.filter(Files::isDirectory).toList()) {
                try (Stream<Path> files = Files.list(dir)) {
                    if (files.anyMatch(f -> f.toString().endsWith(".java"))) {
                        packages.add(main.relativize(dir)
                                .toString()
                                .replace('/', '.')
                                .replace('\\', '.'));
                    }
                }
            }
        }
        assertTrue(packages.size() >= 10, packages::toString);
        List<String> unmarked = new ArrayList<>();
        for (String p : packages) {
            boolean hasInfo =
                    Files.isRegularFile(main.resolve(p.replace('.', '/')).resolve("package-info.java"));
            if (!hasInfo || !Class.forName(p + ".package-info").isAnnotationPresent(NullMarked.class)) unmarked.add(p);
        }
        assertEquals(List.of(), unmarked, "packages without @NullMarked in their package-info.java");
    }
}
