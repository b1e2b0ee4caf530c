package org.cptsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class HotLoopsTest {
    /** A method renamed or moved would silently lose C2: every pattern must name a class and method that exist. */
    @Test
    void everyPatternNamesAMethodThatExists() throws ClassNotFoundException {
        for (String pattern : HotLoops.METHODS) {
            int dot = pattern.lastIndexOf('.');
            Class<?> type = Class.forName(pattern.substring(0, dot).replace('/', '.'));
            String method = pattern.substring(dot + 1);
            boolean found = Arrays.stream(type.getDeclaredMethods())
                    .map(Method::getName)
                    .anyMatch(m -> method.endsWith("*")
                            ? m.startsWith(method.substring(0, method.length() - 1))
                            : m.equals(method));
            assertTrue(found, pattern + ": no such method");
        }
    }

    /** C2 may compile the hot loops and nothing else: the first matching directive applies. */
    @Test
    void directivesLetC2CompileTheseMethodsOnly() throws Exception {
        JsonNode directives = new ObjectMapper().readTree(HotLoops.directives());
        assertEquals(2, directives.size());
        assertEquals(HotLoops.METHODS.size(), directives.get(0).get("match").size());
        assertEquals(false, directives.get(0).get("c2").get("Exclude").asBoolean());
        assertEquals("*.*", directives.get(1).get("match").asText());
        assertEquals(true, directives.get(1).get("c2").get("Exclude").asBoolean());
    }

    /** The child deletes only a file the launcher could have written. */
    @Test
    void directivesFilesAreKnownByNameAndFolder() throws Exception {
        Path file = HotLoops.write();
        try {
            assertTrue(HotLoops.isDirectivesFile(file));
        } finally {
            Files.deleteIfExists(file);
        }
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        assertTrue(!HotLoops.isDirectivesFile(tmp.resolve("notes.json")));
        assertTrue(!HotLoops.isDirectivesFile(Path.of("site", "cptsite-jit-1.json")), "not in the temporary folder");
        assertTrue(!HotLoops.isDirectivesFile(tmp.resolve("cptsite-jit-1.txt")));
    }

    /** The JVM this runs on accepts the file: a directive it cannot parse would stop the child from starting. */
    @Test
    void aJvmStartsWithTheDirectives() throws Exception {
        Path file = HotLoops.write();
        try {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(HotLoops.options(file));
            command.add("-version");
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), output);
            assertTrue(!output.contains("directives"), "the count HotSpot prints is kept quiet: " + output);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
