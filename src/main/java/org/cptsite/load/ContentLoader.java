package org.cptsite.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.cptsite.model.Category;
import org.cptsite.model.CategoryContent;
import org.cptsite.model.CodeContent;
import org.cptsite.model.CodeRange;
import org.cptsite.model.Content;
import org.cptsite.model.DesktopFiles;
import org.cptsite.model.Problems;
import org.cptsite.model.SiteSettings;
import org.cptsite.model.Slug;
import org.jspecify.annotations.Nullable;

/**
 * Loads the editorial content folder: {@code site.yml}, {@code ranges.yml}, {@code search-synonyms.yml},
 * {@code codes/**}{@code /CODE.md}
 * and {@code categories/SLUG.md}. Codes may be kept in sub-folders; two files for one code are an error.
 */
public final class ContentLoader {
    private final Problems problems;
    /** The day of the run, to refuse a review dated later; null: not checked (settings alone are read). */
    private final java.time.@Nullable LocalDate today;

    public ContentLoader(Problems problems) {
        this(problems, null);
    }

    public ContentLoader(Problems problems, java.time.@Nullable LocalDate today) {
        this.problems = problems;
        this.today = today;
    }

    /** Loads the content; parts that fail are missing from the result and reported in the problems. */
    public Content load(Path dir) {
        SiteSettings settings = settings(dir);
        return settings == null ? null : load(dir, settings);
    }

    /** Reads {@code site.yml} alone (it names the releases to load); null when it is missing or unreadable. */
    public SiteSettings settings(Path dir) {
        if (!Files.isDirectory(dir)) {
            problems.error(dir.toString(), 0, "content folder not found", "pass --content the folder holding site.yml");
            return null;
        }
        Path siteFile = dir.resolve("site.yml");
        if (!Files.exists(siteFile)) {
            // Said once: read() would also say it cannot be read.
            problems.error(siteFile.toString(), 0, "missing", "create site.yml with at least name and base_url");
            return null;
        }
        String siteText = read(siteFile);
        if (siteText == null) return null;
        return SettingsReader.read(siteFile.toString(), siteText, problems);
    }

    /** Loads the rest of the content, given the settings {@link #settings} read. */
    public Content load(Path dir, SiteSettings settings) {
        Path rangesFile = dir.resolve("ranges.yml");
        String rangesText = Files.exists(rangesFile) ? read(rangesFile) : null; // null: absent, or reported
        List<CodeRange> ranges =
                rangesText == null ? List.of() : RangesReader.read(rangesFile.toString(), rangesText, problems);
        Path synonymsFile = dir.resolve("search-synonyms.yml");
        String synonymsText = Files.exists(synonymsFile) ? read(synonymsFile) : null; // null: absent, or reported
        List<List<String>> synonyms = synonymsText == null
                ? List.of()
                : SearchSynonymsReader.read(synonymsFile.toString(), synonymsText, problems);
        Map<String, Path> statics = StaticFilesReader.read(dir.resolve(StaticFilesReader.FOLDER), problems);
        Markdown markdown = markdown(settings, statics);
        Map<String, CodeContent> codes = codes(dir.resolve("codes"), markdown);
        warnSpellings(codes);
        specialtySlugs(codes);
        return new Content(settings, codes, categories(dir.resolve("categories"), markdown), ranges, synonyms, statics);
    }

    /**
     * Two spellings of one specialty ("Orthopaedic Surgery" beside "Orthopedic Surgery", or another case)
     * would make two specialty pages: each file with a spelling other than the most used one is warned.
     */
    private void warnSpellings(Map<String, CodeContent> codes) {
        Map<String, Map<String, List<CodeContent>>> byKey = new TreeMap<>();
        for (CodeContent c : codes.values()) {
            for (String name : c.specialties()) {
                byKey.computeIfAbsent(spellingKey(name), k -> new java.util.LinkedHashMap<>())
                        .computeIfAbsent(name, n -> new ArrayList<>())
                        .add(c);
            }
        }
        for (Map<String, List<CodeContent>> spellings : byKey.values()) {
            if (spellings.size() < 2) continue;
            String usual = spellings.entrySet().stream()
                    .max(java.util.Comparator.comparingInt(e -> e.getValue().size()))
                    .orElseThrow()
                    .getKey();
            spellings.forEach((name, users) -> {
                if (Slug.of(name).equals(Slug.of(usual))) return; // one URL: an error of specialtySlugs
                for (CodeContent c : users) {
                    problems.warning(
                            c.file(),
                            lineOf(c.file(), name),
                            "specialty '" + name
                                    + "' differs only in spelling or case from '" + usual + "' ("
                                    + spellings.get(usual).size()
                                    + " file(s)): they would be two specialty pages",
                            "write it as '" + usual + "'");
                }
            });
        }
    }

    /**
     * Two specialty names that make one URL would share one page under the first name: an error at the second
     * name's line, naming the first file. (Codes are in file order, so the first file is reported as the first.)
     */
    private void specialtySlugs(Map<String, CodeContent> codes) {
        Map<String, String[]> bySlug = new HashMap<>();
        for (CodeContent c : codes.values()) {
            for (String name : c.specialties()) {
                String[] first = bySlug.putIfAbsent(Slug.of(name), new String[] {name, c.file()});
                if (first != null && !first[0].equals(name)) {
                    problems.error(
                            c.file(),
                            lineOf(c.file(), name),
                            "specialty '" + name + "' has the same URL " + "/specialty/" + Slug.of(name) + "/ as '"
                                    + first[0] + "' in " + first[1],
                            "spell the two names the same way, or make them differ by more than case, accents, "
                                    + "spaces and punctuation");
                }
            }
        }
    }

    /** Case, spaces, punctuation and the British ae/oe left out: Orthopaedic Surgery = orthopedic-surgery. */
    static String spellingKey(String name) {
        return name.toLowerCase(java.util.Locale.ROOT)
                .replace("ae", "e")
                .replace("oe", "e")
                .replaceAll("[^a-z]", "");
    }

    /** The first line of a file that names {@code text}, or 0. */
    private static int lineOf(String file, String text) {
        try {
            List<String> lines = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(text)) return i + 1;
            }
        } catch (IOException | RuntimeException e) {
            // the warning keeps its file without a line
        }
        return 0;
    }

    /**
     * The content with the given code files read again (or dropped, when deleted), for {@code serve}: an
     * edit costs one file, not the whole folder. Null when the change needs the whole folder read (a file
     * for a code that another file already has).
     */
    public Content reloadCodes(Content content, java.util.Collection<Path> files) {
        Map<String, CodeContent> codes = new TreeMap<>(content.codes());
        for (Path p : files) {
            String code = p.getFileName().toString().replaceFirst("\\.md$", "");
            CodeContent before = codes.get(code);
            if (before != null && !before.file().equals(p.toString())) return null;
            if (!Files.isRegularFile(p)) {
                codes.remove(code);
                continue;
            }
            String text = read(p);
            CodeContent after = text == null
                    ? null
                    : CodeContentReader.read(
                            code,
                            p.toString(),
                            text,
                            markdown(content.settings(), content.staticFiles()),
                            today,
                            problems);
            if (after != null) codes.put(code, after);
            else codes.remove(code);
        }
        warnSpellings(codes);
        specialtySlugs(codes);
        return new Content(
                content.settings(),
                codes,
                content.categories(),
                content.ranges(),
                content.searchSynonyms(),
                content.staticFiles());
    }

    private Map<String, CodeContent> codes(Path dir, Markdown markdown) {
        Map<String, CodeContent> codes = new TreeMap<>();
        Map<String, Path> files = new TreeMap<>();
        for (Path p : markdownFiles(dir)) {
            String code = p.getFileName().toString().replaceFirst("\\.md$", "");
            if (!CODE_NAME.matcher(code).matches()) {
                notACodeName(p, code);
                continue;
            }
            Path other = files.putIfAbsent(code, p);
            if (other != null) {
                problems.error(
                        p.toString(),
                        0,
                        "second file for code " + code + ", beside " + other,
                        "keep one file per code: merge the two and delete one");
                continue;
            }
            String text = read(p);
            if (text == null) continue;
            CodeContent content = CodeContentReader.read(code, p.toString(), text, markdown, today, problems);
            if (content != null) codes.put(code, content);
        }
        return codes;
    }

    /**
     * A CPT or HCPCS code as a file names it: five digits, four and a letter (0042T), or a letter and four
     * (G0105); a lower-case letter is told apart later.
     */
    private static final String CODE = "[0-9]{5}|[0-9]{4}[A-Za-z]|[A-Za-z][0-9]{4}";

    private static final java.util.regex.Pattern CODE_NAME = java.util.regex.Pattern.compile(CODE);
    /** A name that starts with a code: the code, and what follows it ("-26", " (1)", ".md"). */
    private static final java.util.regex.Pattern LEADING_CODE = java.util.regex.Pattern.compile("(" + CODE + ")(.*)");

    /**
     * A file of codes/ whose name is no code ({@code 38900-26.md}, {@code 38900 (1).md}, {@code 38525.md.md}):
     * an error that says how to name it, instead of "code 38900 (1) is in no release" and warnings of a page
     * that cannot exist.
     */
    private void notACodeName(Path p, String name) {
        java.util.regex.Matcher lead = LEADING_CODE.matcher(name);
        String code = lead.matches() ? lead.group(1).toUpperCase(Locale.ROOT) : null;
        String fix;
        if (code != null && lead.group(2).matches("-[0-9A-Za-z]{2}")) {
            fix = "a modifier has no file of its own: write its text in " + code
                    + ".md, which the page of the code and its modifiers shows";
        } else if (code != null) {
            fix = "name the file for its code, " + code
                    + ".md (if it is a copy of that file, merge the two and delete one)";
        } else {
            fix = "name the file for its code, such as 38900.md or G0105.md";
        }
        problems.error(
                p.toString(),
                0,
                "'" + Markdown.printable(p.getFileName().toString()) + "' is not named for a code",
                fix);
    }

    private Map<Category, CategoryContent> categories(Path dir, Markdown markdown) {
        Map<Category, CategoryContent> categories = new EnumMap<>(Category.class);
        for (Path p : markdownFiles(dir)) {
            String slug = p.getFileName().toString().replaceFirst("\\.md$", "");
            Category category = Category.bySlug(slug);
            if (category == null) {
                List<String> slugs =
                        Stream.of(Category.values()).map(Category::slug).toList();
                problems.error(
                        p.toString(),
                        0,
                        "no category '" + slug + "'",
                        Suggest.nearest(slug, slugs)
                                        .map(s -> "did you mean " + s + ".md? ")
                                        .orElse("") + "categories: " + String.join(", ", slugs));
                continue;
            }
            String text = read(p);
            if (text == null) continue;
            CategoryContent content = CategoryContentReader.read(category, p.toString(), text, markdown, problems);
            if (content != null) categories.put(category, content);
        }
        return categories;
    }

    /** Markdown as the site's settings (null when site.yml cannot be read) have it, with the static files' sizes. */
    private static Markdown markdown(@Nullable SiteSettings settings, Map<String, Path> statics) {
        return settings == null
                ? new Markdown(false, new ImageSizes(statics))
                : new Markdown(settings.unsafeHtml(), new ImageSizes(statics), settings::level);
    }

    /**
     * Every {@code .md} file below {@code dir}, sorted, so that reports and output are deterministic. Any other
     * file is not read, with a warning: an editor's {@code 38792.MD} or {@code 38792.txt} would otherwise leave the
     * page without its text, and no word said. Hidden files, a desktop's own and editors' backups
     * ({@code 38792.md~}, {@code #38792.md#}) are passed over quietly.
     */
    private List<Path> markdownFiles(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.walk(dir)) {
            List<Path> all = s.sorted().toList();
            // A link would publish a file from anywhere (as content/static/ and templates/ refuse too).
            for (Path p : all) {
                if (!p.equals(dir) && Files.isSymbolicLink(p)) {
                    problems.error(
                            p.toString(),
                            0,
                            "is a symbolic link: content is read only from files inside the content folder",
                            "put the file itself here instead of a link to it");
                }
            }
            List<Path> files = all.stream()
                    .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .toList();
            for (Path p : files) {
                String name = p.getFileName().toString();
                if (name.endsWith(".md")
                        || name.startsWith(".")
                        || name.startsWith("#")
                        || name.endsWith("~")
                        || DesktopFiles.is(name)) continue;
                problems.warning(
                        p.toString(),
                        0,
                        "not read: only .md files hold content",
                        "rename it to end in .md (lower case), or move it out of " + dir);
            }
            return files.stream().filter(p -> p.toString().endsWith(".md")).toList();
        } catch (IOException e) {
            problems.error(dir.toString(), 0, "cannot be read: " + e.getMessage(), "check its permissions");
            return new ArrayList<>();
        }
    }

    /**
     * The file as UTF-8 text; null (and a problem at the line of the first bad byte, or control character) when
     * unreadable, not UTF-8, or holding a control character.
     */
    private String read(Path p) {
        try {
            byte[] bytes = Files.readAllBytes(p);
            ByteBuffer in = ByteBuffer.wrap(bytes);
            CharBuffer out = CharBuffer.allocate(bytes.length);
            CoderResult result = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(in, out, true);
            if (result.isError()) {
                // The line of the first byte that is not UTF-8, so the editor finds it.
                int line = 1;
                for (int i = 0; i < in.position(); i++) if (bytes[i] == '\n') line++;
                problems.error(
                        p.toString(),
                        line,
                        String.format(
                                Locale.ROOT,
                                "not UTF-8 text: byte 0x%02X is not a UTF-8 character",
                                bytes[in.position()] & 0xFF),
                        "save the file as UTF-8 (an editor's \"Save with encoding\")");
                return null;
            }
            String text = out.flip().toString();
            int bad = Figures.firstControlCharacter(text);
            if (bad >= 0) {
                // No page can show it; pasted from a terminal, an ESC sequence would act on the screen of show.
                problems.error(
                        p.toString(),
                        (int) text.substring(0, bad)
                                        .chars()
                                        .filter(c -> c == '\n')
                                        .count()
                                + 1,
                        String.format(Locale.ROOT, "a control character (U+%04X) on this line", (int) text.charAt(bad)),
                        "delete it (it may have come with text pasted from a terminal or another program)");
                return null;
            }
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (IOException e) {
            problems.error(p.toString(), 0, "cannot be read: " + e.getMessage(), "check the path and its permissions");
        }
        return null;
    }
}
