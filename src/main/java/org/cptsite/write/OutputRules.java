package org.cptsite.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/**
 * Where a site may not be written. The build replaces its output folder as a whole, so a folder that holds
 * anything else (the project, the content, the home folder) must never be named as one by mistake.
 */
final class OutputRules {
    /** Why a folder is refused, and what to do instead. */
    record Refusal(String message, String fix) {}

    static final String CHOOSE = "choose a folder of its own for the site, e.g. --out site (a new or empty folder, or "
            + "one cptsite built); the build replaces the whole output folder. Nothing was touched";

    private OutputRules() {}

    /**
     * Why {@code out} is no place for a site, or null. {@code inputs} are the content, templates and data
     * named by the user, by kind ("content", ...); {@code cwd} and {@code home} are the current and home folders.
     */
    static Refusal refusal(Path out, List<Input> inputs, Path cwd, Path home) {
        Path real = real(out);
        if (real.getParent() == null) return new Refusal("--out names the root folder " + real, CHOOSE);
        if (real(home).startsWith(real)) {
            return new Refusal(
                    "--out names "
                            + (real.equals(real(home))
                                    ? "your home folder"
                                    : "a folder that holds " + "your home folder"),
                    CHOOSE);
        }
        for (Input in : inputs) {
            Path i = real(in.path());
            if (i.startsWith(real)) {
                return new Refusal("--out names a folder that holds the " + in.kind() + " folder " + in.path(), CHOOSE);
            }
            if (real.startsWith(i)) {
                return new Refusal("--out names a folder inside the " + in.kind() + " folder " + in.path(), CHOOSE);
            }
        }
        for (String marker : List.of("pom.xml", "content", "templates", ".git")) {
            if (Files.exists(real.resolve(marker), LinkOption.NOFOLLOW_LINKS)) {
                return new Refusal("--out names a project folder (it holds " + marker + ")", CHOOSE);
            }
        }
        if (real(cwd).startsWith(real)) {
            return new Refusal(
                    "--out names the current folder" + (real.equals(real(cwd)) ? "" : " or one that holds it"), CHOOSE);
        }
        for (Path p : real) {
            if (p.toString().equals(OutputFolder.WORK)) {
                return new Refusal("--out names a folder inside cptsite's working folder " + OutputFolder.WORK, CHOOSE);
            }
        }
        Path abs = out.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(abs)) {
            if (!Files.exists(abs)) {
                return new Refusal(
                        "--out names a symbolic link to " + linkTarget(abs) + ", which does not exist",
                        "make that folder and name it: --out " + linkTarget(abs) + "; or choose another --out");
            }
            return new Refusal(
                    "--out names a symbolic link; the build would replace the link, not the folder it " + "points to",
                    "name the folder itself: --out " + real);
        }
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            return new Refusal("--out names a file, not a folder", CHOOSE);
        }
        return null;
    }

    /** Where a link leads, as a path from the current folder's view (a relative target is read from its folder). */
    private static Path linkTarget(Path link) {
        try {
            return link.resolveSibling(Files.readSymbolicLink(link)).normalize();
        } catch (IOException e) {
            return link;
        }
    }

    /** An input folder or file, and what it is ("content", "templates", "data"). */
    record Input(String kind, Path path) {}

    /** The path with every symbolic link of its existing part resolved, so that two names of a folder compare equal. */
    static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing == null) return abs;
        try {
            return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
        } catch (IOException e) {
            return abs;
        }
    }
}
