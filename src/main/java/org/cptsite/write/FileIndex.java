package org.cptsite.write;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * Every file of a site with its size, a quick fingerprint and its SHA-256, and the identity of the folder it
 * describes. The next build compares its files' fingerprints with these to tell what changed, and computes
 * SHA-256 (slow without the C2 compiler, which the build gives it: see {@code HotLoops}) only for those.
 */
record FileIndex(String identity, Map<String, Entry> entries) {
    static final FileIndex EMPTY = new FileIndex("", Map.of());
    private static final String HEADER = "site\t";

    /** {@code quick}: CRC-32C and CRC-32 of the bytes, 64 bits; it tells a changed file from an unchanged one. */
    record Entry(long size, String quick, String sha256) {}

    static String quick(byte[] content) {
        CRC32C c = new CRC32C();
        c.update(content);
        CRC32 d = new CRC32();
        d.update(content);
        return Long.toHexString(c.getValue() << 32 | d.getValue());
    }

    static FileIndex read(Path file) throws IOException {
        Map<String, Entry> entries = new TreeMap<>();
        String identity = "";
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = r.readLine();
            if (first == null || !first.startsWith(HEADER)) return EMPTY;
            identity = first.substring(HEADER.length());
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split("\t");
                if (f.length == 4) entries.put(f[0], new Entry(Long.parseLong(f[1]), f[2], f[3]));
            }
        } catch (NoSuchFileException e) {
            return EMPTY;
        } catch (NumberFormatException e) {
            return EMPTY; // damaged: the next build lists every file as added
        }
        return new FileIndex(identity, entries);
    }

    /** The identity named on the first line of an index file, or null when there is none. */
    static String readIdentity(Path file) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = r.readLine();
            return first != null && first.startsWith(HEADER) ? first.substring(HEADER.length()) : null;
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /**
     * Whether {@code dir} holds exactly the index's files, each of its size: the site and its working folder
     * restored or copied together (a backup, a CI cache), whose folder has another identity.
     */
    boolean describes(Path dir) throws IOException {
        if (entries.isEmpty()) return false;
        int[] seen = {0};
        boolean[] same = {true};
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String path = dir.relativize(file).toString().replace(java.io.File.separatorChar, '/');
                Entry e = entries.get(path);
                if (e == null || !attrs.isRegularFile() || e.size() != attrs.size()) {
                    same[0] = false;
                    return FileVisitResult.TERMINATE;
                }
                seen[0]++;
                return FileVisitResult.CONTINUE;
            }
        });
        return same[0] && seen[0] == entries.size();
    }

    String text() {
        StringBuilder sb = new StringBuilder(HEADER).append(identity).append('\n');
        entries.forEach((path, e) -> sb.append(path)
                .append('\t')
                .append(e.size())
                .append('\t')
                .append(e.quick())
                .append('\t')
                .append(e.sha256())
                .append('\n'));
        return sb.toString();
    }
}
