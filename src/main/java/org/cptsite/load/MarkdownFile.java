package org.cptsite.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cptsite.model.Problems;
import org.cptsite.model.SourceLink;
import org.cptsite.model.UniqueIds;

/**
 * A Markdown file with YAML front matter between {@code ---} lines and a body split into sections by
 * {@code ## Heading} lines. Only the headings the caller knows are allowed, so a typo is an error rather
 * than a section that silently never appears.
 */
final class MarkdownFile {
    /**
     * A body section: its Markdown text, the line its heading is on and the line its text starts on (blank
     * lines after the heading are not part of the text).
     */
    record Section(String heading, String markdown, int line, int textLine) {}

    final FrontMatter frontMatter;
    final Map<String, Section> sections;
    private final String file;
    private final Markdown markdown;
    private final Problems problems;
    /** The links to pages of the site in the sections rendered so far. */
    private final List<SourceLink> links = new ArrayList<>();
    /** The ids of the headings of the sections rendered so far: each once in the file. */
    private final UniqueIds headingIds = new UniqueIds();

    private MarkdownFile(
            FrontMatter frontMatter, Map<String, Section> sections, String file, Markdown markdown, Problems problems) {
        this.frontMatter = frontMatter;
        this.sections = sections;
        this.file = file;
        this.markdown = markdown;
        this.problems = problems;
    }

    /** Reads a file; null when its front matter is missing or broken (the problems say why). */
    static MarkdownFile parse(
            String file, String text, Set<String> keys, List<String> headings, Markdown markdown, Problems problems) {
        List<String> lines = text.replace("\r\n", "\n").lines().toList();
        if (lines.isEmpty() || !lines.get(0).trim().equals("---")) {
            problems.error(
                    file,
                    1,
                    "no front matter",
                    "start the file with a line '---', the keys " + "(title: ...), and a closing line '---'");
            return null;
        }
        int close = -1;
        for (int i = 1; i < lines.size() && close < 0; i++) {
            if (lines.get(i).trim().equals("---")) close = i;
        }
        if (close < 0) {
            problems.error(file, 1, "front matter is not closed", "add a line '---' after the last key");
            return null;
        }
        FrontMatter fm = FrontMatter.parse(file, String.join("\n", lines.subList(1, close)), 2, keys, problems);
        if (fm == null) return null;
        return new MarkdownFile(fm, sections(file, lines, close + 1, headings, problems), file, markdown, problems);
    }

    /**
     * A section's name underlined ({@code Billing and documentation} over {@code ---}) is a heading to Markdown,
     * but not a section of the file: said as such, not as a heading out of order in the section before.
     */
    private static void underlined(String file, int i, String above, List<String> headings, Problems problems) {
        String name = PastedSpaces.plain(above).trim();
        headings.stream()
                .filter(h -> h.equalsIgnoreCase(name))
                .findFirst()
                .ifPresent(h -> problems.error(
                        file,
                        i,
                        "section '" + h + "' is underlined, which makes it a heading inside the section before",
                        "write it as '## " + h + "' and delete the line under it"));
    }

    private static Map<String, Section> sections(
            String file, List<String> lines, int from, List<String> headings, Problems problems) {
        Map<String, Section> sections = new LinkedHashMap<>();
        String heading = null;
        int headingLine = 0;
        List<String> body = new ArrayList<>();
        boolean fenced = false;
        boolean seenHeading = false;
        for (int i = from; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i) : null;
            if (line != null && line.trim().startsWith("```")) fenced = !fenced;
            boolean isHeading = line != null && !fenced && line.startsWith("## ");
            if (line != null && !fenced && i > from && line.matches("\\s{0,3}(-{2,}|={2,})\\s*")) {
                underlined(file, i, lines.get(i - 1), headings, problems);
            }
            if (line == null || isHeading) {
                if (heading != null) {
                    int blank = 0;
                    while (blank < body.size() && body.get(blank).isBlank()) blank++;
                    sections.put(
                            heading,
                            new Section(heading, String.join("\n", body).trim(), headingLine, headingLine + 1 + blank));
                } else if (!seenHeading && !String.join("", body).isBlank()) {
                    problems.error(
                            file,
                            from + 1,
                            "text before the first section heading",
                            "put it under one of: " + headingList(headings));
                }
                if (line == null) break;
                seenHeading = true;
                // Closing #s are CommonMark's, and a pasted no-break space reads as the space it looks like.
                String name = PastedSpaces.plain(line.substring(3))
                        .replaceFirst("\\s+#+\\s*$", "")
                        .trim();
                String known = headings.stream()
                        .filter(h -> h.equalsIgnoreCase(name))
                        .findFirst()
                        .orElse(null);
                if (known == null) {
                    problems.error(
                            file,
                            i + 1,
                            "unknown section '" + name + "'",
                            Suggest.nearest(name, headings)
                                            .map(h -> "did you mean '## " + h + "'? ")
                                            .orElse("") + "sections: " + headingList(headings));
                    heading = null;
                } else if (sections.containsKey(known)) {
                    problems.error(file, i + 1, "second '## " + known + "' section", "merge the two sections");
                    heading = null;
                } else {
                    heading = known;
                }
                headingLine = i + 1;
                body = new ArrayList<>();
                continue;
            }
            body.add(line);
        }
        return sections;
    }

    private static String headingList(List<String> headings) {
        return String.join(", ", headings.stream().map(h -> "'## " + h + "'").toList());
    }

    /**
     * The section rendered to HTML, or "" when the file has no such section; its own headings get ids starting with
     * {@code idPrefix} (the id of the page's section it goes in, and a hyphen), for links to them, and go one level
     * below {@code sectionLevel}, that of the page heading the section sits under ({@link Markdown.Headings}).
     */
    String html(String heading, String idPrefix, int sectionLevel) {
        Section s = sections.get(heading);
        return s == null
                ? ""
                : markdown.toHtml(
                        s.markdown(),
                        file,
                        s.textLine(),
                        problems,
                        links::add,
                        Markdown.Headings.section(idPrefix, headingIds, sectionLevel));
    }

    /** An FAQ answer of this file, starting on line {@code firstLine}, as HTML: its headings go below the question. */
    String answerHtml(String text, int firstLine) {
        return markdown.toHtml(text, file, firstLine, problems, links::add, Markdown.Headings.answer());
    }

    /**
     * An FAQ question, written on line {@code line} after its {@code ###}, as the words it shows: its Markdown
     * (emphasis, code, a link's text) read as in any heading, raw HTML left out as anywhere else. The page shows a
     * question as plain text, and search engines read it from the JSON-LD: "Is **38900** billable?" was shown with
     * its asterisks.
     */
    String questionText(String question, int line) {
        return org.jsoup.Jsoup.parse(markdown.toHtml("### " + question, file, line, problems))
                .text();
    }

    /** The links to pages of the site in the sections rendered so far, in file order. */
    List<SourceLink> links() {
        return links.stream()
                .sorted(java.util.Comparator.comparingInt(SourceLink::line))
                .toList();
    }
}
