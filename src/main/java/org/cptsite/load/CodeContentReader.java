package org.cptsite.load;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cptsite.model.CodeContent;
import org.cptsite.model.Faq;
import org.cptsite.model.Problems;
import org.jsoup.Jsoup;

/** Reads {@code content/codes/CODE.md}: front matter, clinical context, billing notes and an FAQ. */
final class CodeContentReader {
    static final Set<String> KEYS = new LinkedHashSet<>(
            List.of("title", "synonyms", "summary", "plain_language", "specialties", "replaced_by"));
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
        MarkdownFile md = MarkdownFile.parse(file, text, KEYS, HEADINGS, markdown, problems);
        if (md == null) return null;
        FrontMatter fm = md.frontMatter;
        String title = fm.text("title", true);
        String summary = fm.text("summary", true);
        String plain = fm.text("plain_language", false);
        return new CodeContent(code, title, fm.list("synonyms"), summary, plain == null ? "" : plain,
                fm.list("specialties"), md.html(CLINICAL), md.html(BILLING), faq(file, md, problems), file,
                fm.list("replaced_by").stream().map(c -> c.toUpperCase(java.util.Locale.ROOT)).toList(),
                fm.has("replaced_by") ? fm.entry("replaced_by").line() : 0);
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
            if (line == null || line.startsWith("### ")) {
                if (question != null) add(faq, md, questionLine, question, answer.toString());
                else if (!answer.toString().isBlank()) {
                    problems.error(file, section.line(), "FAQ text before the first question",
                            "start each question with '### ' and put its answer below it");
                }
                if (line == null) break;
                question = line.substring(4).trim();
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
        if (answer.isBlank()) {
            md.frontMatter.problems().error(md.frontMatter.file(), line, "FAQ question '" + question
                    + "' has no answer", "write the answer below it");
            return;
        }
        List<String> lines = answer.lines().toList();
        int blank = 0;
        while (lines.get(blank).isBlank()) blank++;
        String html = md.html(answer.trim(), line + 1 + blank);
        faq.add(new Faq(question, html, Jsoup.parse(html).text()));
    }
}
