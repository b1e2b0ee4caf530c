package org.cptsite.load;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.cptsite.model.Problems;

/**
 * Reads the files of a release, a folder or a zip, into memory, within limits: a zip is read entry by
 * entry as a stream (nothing is ever extracted, so an entry named {@code ../../x} is only a name), and the
 * bytes are counted as they inflate, never trusting the size an entry declares. A zip inside the zip is
 * read the same way. Only files the loader may use are kept whole; of the others (the PDF readme,
 * spreadsheets) the first bytes are kept, enough to list them as ignored.
 */
final class ReleaseFiles {
    /** A CMS file is at most a few MB (the PPRRVU CSV, 3 MB); past this an entry is refused. */
    static final long MAX_FILE_BYTES = 256L << 20;
    /** All files of the release together, zips unpacked. */
    static final long MAX_TOTAL_BYTES = 1L << 30;
    /** A CMS zip holds about ten files; a zip of many small entries is refused past this. */
    static final int MAX_FILES = 10_000;
    /** The zip, and a zip inside it. */
    static final int MAX_ZIP_DEPTH = 2;
    /** Enough to recognise a file's kind (its first 20 lines). */
    private static final int HEAD_BYTES = 64 << 10;

    static final String FIX_LIMIT = "use the release zip exactly as CMS publishes it (a few MB unpacked), or a "
            + "folder holding only its files";

    private final Problems problems;
    private final long maxFileBytes;
    private final long maxTotalBytes;
    private long totalBytes;
    private int fileCount;
    /** The file or zip being read, for a message when reading fails. */
    private String current;

    ReleaseFiles(Problems problems) {
        this(problems, MAX_FILE_BYTES, MAX_TOTAL_BYTES);
    }

    /** With other limits, so that tests need not inflate gigabytes. */
    ReleaseFiles(Problems problems, long maxFileBytes, long maxTotalBytes) {
        this.problems = problems;
        this.maxFileBytes = maxFileBytes;
        this.maxTotalBytes = maxTotalBytes;
    }

    /** The release's files, sorted by name so that loading is deterministic; null when unreadable (reported). */
    List<SourceFile> read(Path path) {
        List<SourceFile> files = new ArrayList<>();
        current = path.toString();
        try {
            if (Files.isDirectory(path)) {
                if (!readFolder(path, files)) return null;
            } else if (Files.isRegularFile(path)) {
                readFile(path, files);
            } else {
                problems.error(
                        path.toString(),
                        0,
                        "no such file or folder",
                        // Named by --data, site.yml's releases: or diff's --from and --to: the fix fits all three.
                        "check the path: it must name a CMS release zip or a folder holding its files");
                return null;
            }
        } catch (Refused e) {
            problems.error(e.file, 0, e.getMessage(), FIX_LIMIT);
            return null;
        } catch (IOException e) {
            problems.error(
                    current,
                    0,
                    "cannot be read: " + e.getMessage(),
                    "check the path and its permissions; a "
                            + "zip must be a complete, unencrypted download (download it again from CMS)");
            return null;
        }
        files.sort(Comparator.comparing(SourceFile::name));
        return files;
    }

    /** The folder's files (not its sub-folders); false when one is a link to a file outside it (reported). */
    private boolean readFolder(Path dir, List<SourceFile> files) throws IOException {
        Path real = dir.toRealPath();
        boolean ok = true;
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.sorted().toList()) {
                current = p.toString();
                countFile(current);
                if (Files.isSymbolicLink(p) && !p.toRealPath().startsWith(real)) {
                    // A release folder holds its own files; a link out of it could read anything on the machine.
                    problems.error(
                            p.toString(),
                            0,
                            "is a symbolic link to a file outside the folder",
                            "copy the file into the folder instead of linking to it");
                    ok = false;
                } else if (Files.isRegularFile(p)) {
                    readFile(p, files);
                }
            }
        }
        return ok;
    }

    private void readFile(Path p, List<SourceFile> files) throws IOException {
        current = p.toString();
        try (InputStream in = Files.newInputStream(p)) {
            add(p.toString(), in, files, 0);
        }
    }

    /** Reads one file (or zip entry) from {@code raw} to its end, counting its bytes. */
    private void add(String name, InputStream raw, List<SourceFile> files, int depth) throws IOException {
        current = name;
        Counted in = new Counted(name, raw);
        byte[] head = in.readNBytes(HEAD_BYTES);
        if (isZip(name, head)) {
            if (depth >= MAX_ZIP_DEPTH) {
                throw new Refused(
                        name, "is a zip inside a zip inside a zip; only one zip inside the release " + "zip is read");
            }
            readZip(name, new SequenceInputStream(new ByteArrayInputStream(head), in), files, depth + 1);
            in.transferTo(OutputStream.nullOutputStream()); // whatever follows the zip's entries, counted
            return;
        }
        if (FileKind.recognise(new SourceFile(name, head)) == null) {
            in.transferTo(OutputStream.nullOutputStream());
            files.add(new SourceFile(name, head));
            return;
        }
        ByteArrayOutputStream whole = new ByteArrayOutputStream(head.length);
        whole.write(head);
        in.transferTo(whole);
        files.add(new SourceFile(name, whole.toByteArray()));
    }

    private void readZip(String name, InputStream in, List<SourceFile> files, int depth) throws IOException {
        ZipInputStream zip = new ZipInputStream(in);
        int entries = 0;
        for (ZipEntry e; (e = nextEntry(zip, name)) != null; entries++) {
            countFile(name + "!/" + printable(e.getName()));
            if (!e.isDirectory()) add(name + "!/" + printable(e.getName()), zip, files, depth);
        }
        if (entries == 0) throw new Refused(name, "holds no files: it is not a zip, or an empty one");
    }

    /** Counts a file or zip entry (folders too: a zip of a million empty folders is a bomb as well). */
    private void countFile(String name) throws Refused {
        if (++fileCount > MAX_FILES) {
            throw new Refused(
                    name, "is past the " + MAX_FILES + "th file of the release; a CMS release has " + "about ten");
        }
    }

    private ZipEntry nextEntry(ZipInputStream zip, String zipName) throws IOException {
        current = zipName; // getNextEntry fails on the zip's structure (an encrypted or damaged entry)
        return zip.getNextEntry();
    }

    /**
     * A zip to read the release from: named .zip, or a zip by its first bytes whose name is not that of an
     * office document (CMS zips carry .xlsx and .docx files, which are zips too, and are ignored as other files).
     */
    private static boolean isZip(String name, byte[] head) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".zip")) return true;
        if (DOCUMENTS.stream().anyMatch(lower::endsWith)) return false;
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    private static final List<String> DOCUMENTS =
            List.of(".xlsx", ".xlsm", ".docx", ".pptx", ".ods", ".odt", ".odp", ".epub");

    /** An entry name as messages show it: control characters (which could drive a terminal) as '?'. */
    private static String printable(String entryName) {
        return entryName.replaceAll("\\p{Cntrl}", "?");
    }

    /** Counts the bytes read through it against the limits; never closes the stream under it (a zip's). */
    private final class Counted extends FilterInputStream {
        private final String name;
        private long size;

        Counted(String name, InputStream in) {
            super(in);
            this.name = name;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) count(1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) count(n);
            return n;
        }

        /** Skipped bytes are inflated all the same, so they are read and counted. */
        @Override
        public long skip(long n) throws IOException {
            int chunk = (int) Math.min(n, 8192);
            return readNBytes(new byte[chunk], 0, chunk);
        }

        @Override
        public void close() {}

        private void count(int n) throws Refused {
            size += n;
            totalBytes += n;
            if (size > maxFileBytes) {
                throw new Refused(name, "unpacks to more than " + mib(maxFileBytes) + "; a CMS file is a few MB");
            }
            if (totalBytes > maxTotalBytes) {
                throw new Refused(name, "takes the release past " + mib(maxTotalBytes) + " unpacked");
            }
        }
    }

    private static String mib(long bytes) {
        return bytes >= 1L << 20 ? (bytes >> 20) + " MiB" : bytes + " bytes";
    }

    /** A file refused (a limit passed, a zip with nothing in it): reported as a problem naming it, ending the read. */
    private static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;
        final String file;

        Refused(String file, String message) {
            super(message);
            this.file = file;
        }
    }
}
