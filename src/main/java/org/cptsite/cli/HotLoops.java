package org.cptsite.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The loops that run over every byte of the site (encoding, escaping, checking, fingerprinting, hashing), which
 * the child JVM lets the C2 compiler have; every other method stays with C1 alone.
 *
 * <p>C2 compiling all the hot code costs a build more CPU than it saves (~10 s of compiling for ~20 s of work),
 * so the child ran C1 only. But C1 has no intrinsic for SHA-256 (6.7 ms per MB against C2's 0.6) and no range
 * check elimination: these few small methods, compiled by C2, take a build about 10% less CPU. HotSpot's
 * compiler directives ({@code -XX:CompilerDirectivesFile}) say which methods C2 may compile: these, and no
 * other. A method renamed here only loses C2, which {@code HotLoopsTest} catches.
 */
final class HotLoops {
    /** Class and method patterns as the directives write them: {@code package/Class.method}, {@code *} a wildcard. */
    static final List<String> METHODS = List.of(
            "sun/security/provider/SHA2.*", // SHA-256 of every new file, for deploy-manifest.json
            "sun/security/provider/DigestBase.*",
            "org/cptsite/render/Utf8Writer.*", // pages from Freemarker to UTF-8 bytes
            "freemarker/template/utility/StringUtil.XMLOrHTMLEnc", // HTML escaping of every value
            "com/fasterxml/jackson/core/json/UTF8JsonGenerator._writeStringSegment*", // the twins' strings
            "org/cptsite/check/HtmlScanner.*", // reading every page for its checks
            "org/cptsite/check/Names.*",
            "org/cptsite/write/Sitemap.*"); // each page's lastmod fingerprint

    /**
     * The JVM options that apply the directives in {@code file}, quietly (HotSpot prints how many it added).
     * Every method C1 compiles starts in its profiling tier, until it is hot enough for C2: excluded, it is
     * then compiled again by C1 without profiling. Lower thresholds shorten that detour (~2% of a build's CPU).
     */
    static List<String> options(Path file) {
        return List.of(
                "-XX:+UnlockDiagnosticVMOptions",
                "-XX:CompilerDirectivesFile=" + file,
                "-XX:-DisplayVMOutput",
                "-XX:Tier4InvocationThreshold=300",
                "-XX:Tier4MinInvocationThreshold=50",
                "-XX:Tier4CompileThreshold=500",
                "-XX:Tier4BackEdgeThreshold=2000");
    }

    /** Without a directives file (none could be written): C1 only. */
    static final List<String> WITHOUT = List.of("-XX:TieredStopAtLevel=1");

    private HotLoops() {}

    /** The directives: C2 may compile {@link #METHODS}, and nothing else. */
    static String directives() {
        String methods = METHODS.stream().map(m -> "\"" + m + "\"").collect(Collectors.joining(", "));
        return "[{\"match\": [" + methods + "], \"c2\": {\"Exclude\": false}},\n"
                + " {\"match\": \"*.*\", \"c2\": {\"Exclude\": true}}]\n";
    }

    private static final String PREFIX = "cptsite-jit-";
    private static final String SUFFIX = ".json";

    /** A temporary file of the directives, for the child to read as it starts; null when none can be written. */
    static Path write() {
        try {
            Path file = Files.createTempFile(PREFIX, SUFFIX);
            Files.writeString(file, directives());
            return file;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Whether {@code file} is one {@link #write} makes: in the temporary folder, with its name. */
    static boolean isDirectivesFile(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        Path folder = file.toAbsolutePath().getParent();
        return name.startsWith(PREFIX)
                && name.endsWith(SUFFIX)
                && folder != null
                && folder.equals(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath());
    }
}
