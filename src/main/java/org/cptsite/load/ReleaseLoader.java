package org.cptsite.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.cptsite.model.AnesthesiaFactor;
import org.cptsite.model.CodeRows;
import org.cptsite.model.Locality;
import org.cptsite.model.LocalityCounties;
import org.cptsite.model.Problem;
import org.cptsite.model.Problems;
import org.cptsite.model.Release;
import org.cptsite.model.RvuRow;

/**
 * Loads a CMS release from the zip CMS publishes or from a folder of its files. Each file is recognised by
 * its content, never its name, since names change from release to release.
 */
public final class ReleaseLoader {
    private final Problems problems;
    private final List<String> ignoredTwins = new ArrayList<>();
    /** The file read for each locality kind (its CSV, or the text twin in its place), to name in messages. */
    private final Map<FileKind, SourceFile> read = new EnumMap<>(FileKind.class);

    private final SharedTexts texts;

    public ReleaseLoader(Problems problems) {
        this(problems, new SharedTexts());
    }

    /** A loader whose release shares its texts with the others loaded with {@code texts}. */
    ReleaseLoader(Problems problems, SharedTexts texts) {
        this.problems = problems;
        this.texts = texts;
    }

    /** Loads the release at {@code path}; returns null when it cannot be used (the problems say why). */
    public Release load(Path path) {
        List<SourceFile> files = new ReleaseFiles(problems).read(path);
        if (files == null) return null;
        Map<FileKind, List<SourceFile>> byKind = new LinkedHashMap<>();
        java.util.Set<FileKind> damaged = java.util.EnumSet.noneOf(FileKind.class);
        List<String> ignored = new ArrayList<>();
        for (SourceFile f : files) {
            FileKind kind = FileKind.recognise(f);
            if (kind == null) {
                claimedKind(f.baseName())
                        .ifPresentOrElse(
                                claimed -> problems.error(
                                        f.name(),
                                        0,
                                        "named like a " + claimed + " file but its content is " + "not one",
                                        "check that this is the file CMS published; recognised files: "
                                                + FileKind.describeAll()),
                                () -> ignored.add(f.baseName() + " (not a file the site uses)"));
                continue;
            }
            FileKind named = claimedFileKind(f.baseName()).orElse(null);
            if (named != null && named != kind && named.textTwin() != kind) {
                // Recognised, but as another kind than its name says (a GPCI saved as PPRRVU...csv): using it
                // under either kind could silently build the wrong site, so it is an error.
                problems.error(
                        f.name(),
                        0,
                        "named like a " + named.label + " file but its content is not one " + "(it looks like a "
                                + kind.label + " file)",
                        "check that this is the file CMS published " + "under this name; recognised files: "
                                + FileKind.describeAll());
                continue;
            }
            if (kind == FileKind.OPPS_CAP) {
                ignored.add(f.baseName() + " (OPPS cap amounts: the cap is computed from the PPRRVU OPPS columns)");
                continue;
            }
            int control = f.lineOfControlCharacter();
            if (control > 0) {
                damaged.add(kind);
                problems.error(
                        f.name(),
                        control,
                        "a control character (such as a NUL byte) on this line: the file " + "is damaged",
                        "download the release again from CMS and use the file as it comes");
                continue;
            }
            byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(f);
        }
        List<SourceFile> pprrvu = byKind.getOrDefault(FileKind.PPRRVU, List.of());
        if (pprrvu.isEmpty() && damaged.contains(FileKind.PPRRVU)) return null; // said at the damaged file's line
        if (pprrvu.isEmpty()) {
            problems.error(
                    path.toString(),
                    0,
                    "no PPRRVU file (the RVU CSV with a header row starting HCPCS,MOD)",
                    "point --data at the CMS release zip or a folder holding its CSV files");
            return null;
        }
        if (pprrvu.size() > 2) {
            problems.error(
                    path.toString(),
                    0,
                    pprrvu.size() + " PPRRVU files: " + names(pprrvu),
                    "keep one release per folder (the non-QPP file and at most its QPP twin)");
            return null;
        }
        List<PprrvuReader.Result> results = new ArrayList<>();
        for (SourceFile f : pprrvu) {
            PprrvuReader.Result r = new PprrvuReader(f, problems, texts).read();
            if (r == null) return null;
            results.add(r);
        }
        if (results.size() == 2
                && !java.util.Objects.equals(
                        results.get(0).releaseId(), results.get(1).releaseId())) {
            // Not a file and its QPP twin: two releases mixed in one folder.
            problems.error(
                    path.toString(),
                    0,
                    "PPRRVU files of different releases: " + results.get(0).file() + " ("
                            + results.get(0).releaseId() + ") and "
                            + results.get(1).file() + " (" + results.get(1).releaseId()
                            + ")",
                    "keep one release per folder: the non-QPP file and its QPP twin of the same release");
            return null;
        }
        PprrvuReader.Result main = results.get(0);
        PprrvuReader.Result qpp = null;
        List<String> sources = new ArrayList<>();
        if (results.size() == 2) {
            // The QPP twin says so in its banner; failing that, it is the one with the higher CF.
            results.sort(Comparator.comparing((PprrvuReader.Result r) -> r.qualifyingApm())
                    .thenComparing(PprrvuReader.Result::conversionFactor));
            main = results.get(0);
            qpp = results.get(1);
            if (main.conversionFactor().compareTo(qpp.conversionFactor()) == 0) {
                problems.error(
                        path.toString(),
                        0,
                        "two PPRRVU files with the same CF " + main.conversionFactor() + ": " + names(pprrvu),
                        "keep one release per folder (the non-QPP file and its QPP twin)");
                return null;
            }
        }
        // Both ways, each reported (not &&): a row may be missing from either file.
        if (qpp != null && !(sameRows(main, qpp, true) & sameRows(qpp, main, false))) return null;
        sources.add(sourceName(pprrvu, main));
        if (qpp != null) sources.add(sourceName(pprrvu, qpp));

        if (!sameYear(byKind, main)) return null;
        int errorsBefore = problems.errorCount();
        List<Locality> localities = pick(
                byKind,
                FileKind.GPCI,
                FileKind.GPCI_TEXT,
                sources,
                (f, p) -> new GpciReader(f, p).read(),
                (f, p) -> new GpciTextReader(f, p).read());
        // A GPCI row in error is left out: the LOCCO and ANES rows of its locality are not to be warned of then.
        boolean gpciRead = problems.errorCount() == errorsBefore;
        List<LocalityCounties> counties = pick(
                byKind,
                FileKind.LOCCO,
                FileKind.LOCCO_TEXT,
                sources,
                (f, p) -> new LoccoReader(f, p).read(),
                (f, p) -> new LoccoTextReader(f, p).read());
        AnesReader.Result anes = null;
        List<SourceFile> anesFiles = byKind.getOrDefault(FileKind.ANES, List.of());
        if (!anesFiles.isEmpty() && single(anesFiles, "ANES")) {
            anes = new AnesReader(anesFiles.get(0), problems).read();
            sources.add(anesFiles.get(0).baseName());
            if (gpciRead) LocalityCheck.anesthesia(anesFiles.get(0), anes.rows(), localities, problems);
        }
        if (gpciRead && read.containsKey(FileKind.LOCCO)) {
            LocalityCheck.counties(read.get(FileKind.LOCCO), counties, localities, problems);
        }
        for (FileKind kind : List.of(FileKind.GPCI, FileKind.LOCCO, FileKind.ANES)) {
            if (!byKind.containsKey(kind) && !byKind.containsKey(kind.textTwin())) {
                problems.warning(
                        path.toString(),
                        0,
                        "no " + kind.label + " file in the release",
                        "add " + kind.label + " from the CMS zip; pages are built without it");
            }
        }

        ignored.addAll(ignoredTwins);
        Map<String, List<RvuRow>> grouped = new TreeMap<>();
        for (RvuRow row : main.rows())
            grouped.computeIfAbsent(row.code(), c -> new ArrayList<>()).add(row);
        Map<String, CodeRows> codes = new LinkedHashMap<>();
        grouped.forEach((code, rows) -> codes.put(code, new CodeRows(code, rows)));
        return new Release(
                main.releaseId(),
                main.title(),
                main.year(),
                main.released(),
                main.layout().columns(),
                main.conversionFactor(),
                qpp == null ? null : qpp.conversionFactor(),
                codes,
                localities,
                counties,
                anes == null ? List.<AnesthesiaFactor>of() : anes.rows(),
                anes == null ? null : anes.nationalCf(),
                anes == null ? null : anes.nationalQualifyingApmCf(),
                sources,
                ignored,
                read.containsKey(FileKind.GPCI)
                        ? GpciNote.floorThrough(read.get(FileKind.GPCI).text())
                        : null);
    }

    /**
     * Reads the CSV of a kind, or its fixed-width text twin. CMS ships both; a CSV that a spreadsheet has
     * damaged is replaced by the text file when there is one, and the user is told.
     */
    private <T> List<T> pick(
            Map<FileKind, List<SourceFile>> byKind,
            FileKind csv,
            FileKind text,
            List<String> sources,
            BiFunction<SourceFile, Problems, List<T>> readCsv,
            BiFunction<SourceFile, Problems, List<T>> readText) {
        List<SourceFile> csvFiles = byKind.getOrDefault(csv, List.of());
        List<SourceFile> textFiles = byKind.getOrDefault(text, List.of());
        if (!single(csvFiles, csv.label) || !single(textFiles, text.label)) return List.of();
        SourceFile csvFile = csvFiles.isEmpty() ? null : csvFiles.get(0);
        SourceFile textFile = textFiles.isEmpty() ? null : textFiles.get(0);
        if (csvFile == null && textFile == null) return List.of();
        if (csvFile == null) {
            read.put(csv, textFile);
            sources.add(textFile.baseName());
            return readText.apply(textFile, problems);
        }
        Problems csvProblems = new Problems();
        List<T> rows = readCsv.apply(csvFile, csvProblems);
        if (csvProblems.hasErrors() && textFile != null) {
            Problem first = csvProblems.all().get(0);
            problems.warning(
                    csvFile.name(),
                    first.line(),
                    first.message() + "; read " + textFile.baseName() + " instead",
                    DamageCheck.FIX);
            sources.add(textFile.baseName());
            read.put(csv, textFile);
            return readText.apply(textFile, problems);
        }
        read.put(csv, csvFile);
        problems.addAll(csvProblems);
        sources.add(csvFile.baseName());
        if (textFile != null) ignoredTwins.add(textFile.baseName() + " (text twin of " + csvFile.baseName() + ")");
        return rows;
    }

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\b(20\\d\\d)\\b");

    /**
     * The GPCI and LOCCO files name their year in their first lines ("CY 2026 GPCIs", "2025 LOCALITIES"): one
     * of another year than the PPRRVU file belongs to another release.
     */
    private boolean sameYear(Map<FileKind, List<SourceFile>> byKind, PprrvuReader.Result main) {
        boolean ok = true;
        for (FileKind kind : List.of(FileKind.GPCI, FileKind.GPCI_TEXT, FileKind.LOCCO, FileKind.LOCCO_TEXT)) {
            for (SourceFile f : byKind.getOrDefault(kind, List.of())) {
                java.util.regex.Matcher m = YEAR.matcher(String.join(" ", f.head(4)));
                if (m.find() && Integer.parseInt(m.group(1)) != main.year()) {
                    problems.error(
                            f.name(),
                            1,
                            "a " + kind.label + " file of " + m.group(1) + " beside the " + main.year()
                                    + " PPRRVU file " + main.file() + " (" + main.releaseId() + ")",
                            "keep one release per folder: use the " + kind.label + " file of the same release");
                    ok = false;
                }
            }
        }
        return ok;
    }

    /** At most one file of a kind; two are an error, since the site could silently use the wrong one. */
    private boolean single(List<SourceFile> files, String label) {
        if (files.size() > 1) {
            problems.error(
                    files.get(1).name(),
                    0,
                    "second " + label + " file, beside " + files.get(0).name(),
                    "keep one release per folder");
            return false;
        }
        return true;
    }

    /**
     * Whether every row of {@code a} is in {@code b}, with the same RVU totals when {@code totals} is set; if not, an
     * error at the first row that is not. The two files of a release list the same rows with the same RVUs, at two
     * CFs: a row in one only means that the other was cut short or edited, and its codes would be published as
     * deleted by CMS.
     */
    private boolean sameRows(PprrvuReader.Result a, PprrvuReader.Result b, boolean totals) {
        Map<String, RvuRow> other = new HashMap<>();
        for (RvuRow r : b.rows()) other.put(key(r), r);
        int missing = 0;
        RvuRow first = null;
        for (RvuRow r : a.rows()) {
            RvuRow o = other.get(key(r));
            boolean same = o != null
                    && (!totals
                            || o.rvus().nonFacilityTotal().compareTo(r.rvus().nonFacilityTotal()) == 0
                                    && o.rvus()
                                                    .facilityTotal()
                                                    .compareTo(r.rvus().facilityTotal())
                                            == 0);
            if (same) continue;
            if (first == null) first = r;
            missing++;
        }
        if (first == null) return true;
        String row = first.code() + (first.modifier().isEmpty() ? "" : " " + first.modifier());
        boolean absent = !other.containsKey(key(first));
        problems.error(
                a.file(),
                first.line(),
                (absent
                                ? "row " + row + " is not in " + b.file()
                                : "row " + row + " has other RVU totals in " + b.file())
                        + (missing > 1
                                ? " (nor are " + (missing - 1) + " more rows of this file as they are here)"
                                : "")
                        + ": the two PPRRVU files of a release list the same rows with the same RVUs",
                "one of the two files is cut short or edited; download the release again from CMS and use both "
                        + "files as they come");
        return false;
    }

    /** A row's code and modifier: unique in a file (the reader refuses a row given twice). */
    private static String key(RvuRow r) {
        return r.code() + "|" + r.modifier();
    }

    private static String names(List<SourceFile> files) {
        return String.join(", ", files.stream().map(SourceFile::name).toList());
    }

    private static String sourceName(List<SourceFile> files, PprrvuReader.Result result) {
        return files.stream()
                .filter(f -> f.name().equals(result.file()))
                .findFirst()
                .orElseThrow()
                .baseName();
    }

    /** The kind a file's name suggests, so a file that is not what its name claims is reported. */
    private static Optional<String> claimedKind(String baseName) {
        return claimedFileKind(baseName).map(k -> k.label);
    }

    private static Optional<FileKind> claimedFileKind(String baseName) {
        String n = baseName.toUpperCase(Locale.ROOT);
        if (!n.endsWith(".CSV")) return Optional.empty();
        for (FileKind k : FileKind.values()) {
            if (k.namePattern != null && n.contains(k.namePattern)) return Optional.of(k);
        }
        return Optional.empty();
    }
}
