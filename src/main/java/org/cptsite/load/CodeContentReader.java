package org.cptsite.load;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cptsite.model.CheckRule;
import org.cptsite.model.CodeContent;
import org.cptsite.model.Faq;
import org.cptsite.model.Problems;
import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;

/** Reads {@code content/codes/CODE.md}: front matter, clinical context, billing notes and an FAQ. */
final class CodeContentReader {
    static final Set<String> KEYS = new LinkedHashSet<>(List.of(
            "title", "synonyms", "summary", "plain_language", "specialties", "reviewed", "reviewer", "replaced_by"));
    static final String CLINICAL = "Clinical context";
    static final String BILLING = "Billing and documentation";
    static final String FAQ = "FAQ";
    static final List<String> HEADINGS = List.of(CLINICAL, BILLING, FAQ);

    private CodeContentReader() {}

    /** Reads a file whose raw HTML is left out (the default). */
    static CodeContent read(String code, String file, String text, Problems problems) {
        return read(code, file, text, new Markdown(false), problems);
    }

    static CodeContent read(String code, String file, String text, Markdown markdown, Problems problems) {
        return read(code, file, text, markdown, null, problems);
    }

    /** The same, with a {@code reviewed:} day more than a day after {@code today} an error (null: not checked). */
    static CodeContent read(
            String code,
            String file,
            String text,
            Markdown markdown,
            java.time.@Nullable LocalDate today,
            Problems problems) {
        MarkdownFile md = MarkdownFile.parse(file, text, KEYS, HEADINGS, markdown, problems);
        if (md == null) return null;
        FrontMatter fm = md.frontMatter;
        String title = fm.text("title", true);
        int shown = CheckRule.Limits.CODE_TITLE_CHARS - code.length() - 1;
        if (title != null && title.length() > shown) {
            problems.warning(
                    file,
                    fm.entry("title").line(),
                    "the title has " + title.length()
                            + " characters; the page's <title>, which search engines show, keeps only the first "
                            + shown
                            + " (after the code): \"" + title.substring(0, shown) + "...\"",
                    "shorten the title to " + shown + " characters, or put its key words first");
        }
        String summary = fm.text("summary", true);
        String plain = fm.text("plain_language", false);
        for (String key : List.of("title", "summary", "plain_language")) warnIfMarkup(fm, key, problems);
        String reviewer = fm.text("reviewer", false);
        if (reviewer != null && !reviewer.isEmpty() && !fm.has("reviewed")) {
            problems.warning(
                    file,
                    fm.entry("reviewer").line(),
                    "the reviewer is shown with the day of the review, and there is none",
                    "add 'reviewed: YYYY-MM-DD', the day the text was last checked");
        }
        // Their headings' ids start with the ids of the page's sections they go in (code.ftlh).
        String clinical = md.html(CLINICAL, "clinical-context-", 2);
        String billing = md.html(BILLING, "billing-", 2);
        List<Faq> faq = faq(file, md, problems);
        return new CodeContent(
                code,
                title,
                once(fm, "synonyms", fm.list("synonyms"), problems),
                summary,
                plain == null ? "" : plain,
                once(fm, "specialties", fm.list("specialties"), problems),
                clinical,
                billing,
                faq,
                reviewed(fm, today, problems),
                reviewer == null ? "" : reviewer,
                file,
                replacedBy(fm, problems),
                fm.has("replaced_by") ? fm.entry("replaced_by").line() : 0,
                fm.has("summary") ? fm.entry("summary").line() : 0,
                md.links());
    }

    /** Markdown or HTML marks: they show as typed in a plain-text value ("**intraoperative**", "[link](/x/)"). */
    private static final java.util.regex.Pattern MARKUP =
            java.util.regex.Pattern.compile("\\*\\*|__|`|\\]\\(|<[A-Za-z/!]");

    /**
     * A warning when a front-matter value that pages show as plain text (the title, summary, plain language)
     * holds Markdown or HTML: readers and search engines would see the marks themselves.
     */
    private static void warnIfMarkup(FrontMatter fm, String key, Problems problems) {
        FrontMatter.Entry e = fm.entry(key);
        if (e == null
                || !(e.node() instanceof org.yaml.snakeyaml.nodes.ScalarNode value)
                || !MARKUP.matcher(value.getValue()).find()) return;
        problems.warning(
                fm.file(),
                e.line(),
                "'" + key + "' is plain text: its Markdown or HTML marks show as typed",
                "write the words alone (bold, links and code belong in the sections below the front matter)");
    }

    /**
     * {@code replaced_by:}, each code once: a code named twice (as {@code 27447} and {@code 27447}, or in another
     * case) would list the successor twice and, being two, cost the deleted page its redirect to it.
     */
    private static List<String> replacedBy(FrontMatter fm, Problems problems) {
        List<String> codes = fm.list("replaced_by").stream()
                .map(c -> c.toUpperCase(java.util.Locale.ROOT))
                .toList();
        return once(fm, "replaced_by", codes, problems);
    }

    /**
     * The texts of a list, each once (whatever its case), with a warning for one named twice: a specialty named
     * twice listed the code twice on the specialty's page and counted it twice, a synonym showed twice.
     */
    private static List<String> once(FrontMatter fm, String key, List<String> values, Problems problems) {
        java.util.Map<String, String> byText = new java.util.LinkedHashMap<>();
        java.util.Set<String> warned = new java.util.HashSet<>();
        for (String value : values) {
            String text = value.toLowerCase(java.util.Locale.ROOT);
            if (byText.putIfAbsent(text, value) != null && warned.add(text)) {
                problems.warning(
                        fm.file(),
                        fm.entry(key).line(),
                        key + " names " + Markdown.printable(value) + " twice; it is listed once",
                        "name each once");
            }
        }
        return List.copyOf(byText.values());
    }

    /**
     * {@code reviewed: YYYY-MM-DD}: the day an editor last checked the text; null when absent or wrong. A day to
     * come is wrong: the page would tell readers of a review not yet done, and {@code coverage} would count the
     * text as reviewed against releases to come. A day of grace: an editor east of the build's clock may be a
     * day ahead.
     */
    private static java.time.LocalDate reviewed(
            FrontMatter fm, java.time.@Nullable LocalDate today, Problems problems) {
        String text = fm.text("reviewed", false, "YYYY-MM-DD");
        if (text == null || text.isEmpty()) return null;
        try {
            java.time.LocalDate day = java.time.LocalDate.parse(text);
            if (today != null && day.isAfter(today.plusDays(1))) {
                problems.error(
                        fm.file(),
                        fm.entry("reviewed").line(),
                        "'reviewed' is a day to come: " + day + " (today is " + today + ")",
                        "write the day the text was reviewed, e.g. reviewed: " + today);
                return null;
            }
            return day;
        } catch (java.time.format.DateTimeParseException e) {
            problems.error(
                    fm.file(),
                    fm.entry("reviewed").line(),
                    "'reviewed' is not a date: '" + text + "'",
                    "write the day of the review as YYYY-MM-DD, e.g. reviewed: 2026-01-15");
            return null;
        }
    }

    /** The FAQ section: each {@code ### Question} followed by its answer. */
    private static List<Faq> faq(String file, MarkdownFile md, Problems problems) {
        MarkdownFile.Section section = md.sections.get(FAQ);
        List<Faq> faq = new ArrayList<>();
        if (section == null) return faq;
        String question = null;
        int questionLine = 0;
        StringBuilder answer = new StringBuilder();
        List<String> lines = section.markdown().lines().toList();
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i) : null;
            // "###" alone is a question not yet written: the file `new` writes has one, whose space editors'
            // tools strip.
            if (line == null || line.startsWith("### ") || line.strip().equals("###")) {
                if (question != null) add(faq, md, questionLine, question, answer.toString());
                else if (!answer.toString().isBlank()) {
                    problems.error(
                            file,
                            section.line(),
                            "FAQ text before the first question",
                            "start each question with '### ' and put its answer below it");
                }
                if (line == null) break;
                question = line.strip().substring(3).trim();
                questionLine = section.textLine() + i;
                answer.setLength(0);
            } else {
                answer.append(line).append('\n');
            }
        }
        return faq;
    }

    /** A question on line {@code line} and its answer, which starts on the next line. */
    private static void add(List<Faq> faq, MarkdownFile md, int line, String question, String answer) {
        Problems problems = md.frontMatter.problems();
        String file = md.frontMatter.file();
        if (question.isEmpty()) {
            if (answer.isBlank()) return; // the empty question of a new file: nothing to show yet
            problems.error(file, line, "an FAQ answer without its question", "write the question after '### '");
            return;
        }
        if (answer.isBlank()) {
            problems.error(file, line, "FAQ question '" + question + "' has no answer", "write the answer below it");
            return;
        }
        List<String> lines = answer.lines().toList();
        int blank = 0;
        while (lines.get(blank).isBlank()) blank++;
        String html = md.answerHtml(answer.trim(), line + 1 + blank);
        String text = md.questionText(question, line);
        if (faq.stream().anyMatch(f -> Faq.sameQuestion(f.question(), text))) {
            // Twice on the page and in the FAQPage markup, which search engines read as one page's questions.
            problems.warning(
                    file,
                    line,
                    "FAQ question '" + text + "' is asked twice; the second is left out",
                    "merge the two answers under one question");
            return;
        }
        faq.add(new Faq(text, html, Jsoup.parse(html).text()));
    }
}
