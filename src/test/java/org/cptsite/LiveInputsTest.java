package org.cptsite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Tests and {@code mvn package} never read the live {@code content/} or {@code data/}: they build from the
 * fixture site under {@code src/test/resources/site}, so an editor's change cannot break the tool's build.
 * Reading them would take a path from the project root (or the basedir in the pom) to one of those folders.
 */
class LiveInputsTest {
    /** {@code ROOT.resolve("content")}, {@code Path.of("data/sample")}, {@code ${project.basedir}/content}, ... */
    private static final Pattern LIVE =
            Pattern.compile("((ROOT\\.resolve\\(|Path\\.of\\()\"|basedir}/)(\\./)?(content|data)\\b");

    @Test
    void neitherThePomNorATestNamesTheLiveContentOrData() throws IOException {
        List<String> found = new ArrayList<>();
        List<Path> files = new ArrayList<>(List.of(Sites.ROOT.resolve("pom.xml")));
        try (Stream<Path> s = Files.walk(Sites.ROOT.resolve("src/test/java"))) {
            s.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
        }
        for (Path f : files) {
            if (f.getFileName().toString().equals("LiveInputsTest.java")) continue;
            List<String> lines = Files.readAllLines(f);
            for (int i = 0; i < lines.size(); i++) {
                if (LIVE.matcher(lines.get(i)).find())
                    found.add(Sites.ROOT.relativize(f) + ":" + (i + 1) + ": "
                            + lines.get(i).trim());
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void thePatternSeesTheWaysOfNamingThem() {
        for (String line : List.of(
                "Path c = Sites.ROOT.resolve(\"content\");",
                "Path.of(\"data/sample\")",
                "<argument>${project.basedir}/content</argument>",
                "ROOT.resolve(\"content/codes\")")) {
            assertEquals(true, LIVE.matcher(line).find(), line);
        }
        assertEquals(
                false,
                LIVE.matcher("ROOT.resolve(\"src/test/resources/site/content\")")
                        .find());
    }
}
