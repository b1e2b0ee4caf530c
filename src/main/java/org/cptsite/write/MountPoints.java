package org.cptsite.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/**
 * Whether a folder is a mount point (a Docker volume, a tmpfs, a network share): a build swaps the new site in by
 * renaming, which the kernel refuses for a mount point (EBUSY), so such an output is refused before any work.
 */
final class MountPoints {
    private static final Path MOUNTINFO = Path.of("/proc/self/mountinfo");

    private MountPoints() {}

    static boolean is(Path dir) {
        try {
            Path real = dir.toRealPath();
            Path parent = real.getParent();
            if (parent == null) return true; // the root of the file system
            // Another device than its parent's: mounted there. A bind mount of the same device is only in mountinfo.
            if (!device(real).equals(device(parent))) return true;
            return Files.isReadable(MOUNTINFO) && listed(Files.readAllLines(MOUNTINFO), real.toString());
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false; // cannot tell: the swap then fails with its own message, the live site untouched
        }
    }

    private static Object device(Path p) throws IOException {
        return Files.getAttribute(p, "unix:dev", LinkOption.NOFOLLOW_LINKS);
    }

    /** Whether {@code path} is the mount point of a line of /proc/self/mountinfo (its fifth field). */
    static boolean listed(List<String> mountinfo, String path) {
        for (String line : mountinfo) {
            String[] f = line.split(" ");
            if (f.length > 4 && unescape(f[4]).equals(path)) return true;
        }
        return false;
    }

    /** The kernel writes a space, tab, newline and backslash in a path as octal escapes (\040). */
    private static String unescape(String s) {
        if (s.indexOf('\\') < 0) return s;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 3 < s.length() && s.substring(i + 1, i + 4).matches("[0-7]{3}")) {
                sb.append((char) Integer.parseInt(s.substring(i + 1, i + 4), 8));
                i += 3;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
