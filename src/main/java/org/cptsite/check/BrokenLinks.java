package org.cptsite.check;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.cptsite.model.CheckRule;
import org.cptsite.model.LinkSources;
import org.cptsite.model.Problems;
import org.cptsite.model.SourceLink;

/**
 * Reports a broken link or #anchor where it was written: at the line of each content file whose Markdown
 * has it (once per file, line and link, however many pages show it), else at the page, as other rules are.
 */
final class BrokenLinks {
    private final LinkSources sources;
    private final Set<SourceLink> reported = ConcurrentHashMap.newKeySet();

    BrokenLinks(LinkSources sources) {
        this.sources = sources;
    }

    /** {@code message} says what is wrong with {@code link} (as found on the page) on the page at {@code page}. */
    void report(
            Problems problems,
            Function<CheckRule, CheckRule.Level> levels,
            String page,
            CheckRule rule,
            String link,
            String message) {
        if (!reportWritten(problems, levels, page, rule, link, message)) {
            CheckingOutput.report(problems, levels, page, rule, message);
        }
    }

    /**
     * The same, for a link an editor wrote; false (nothing reported) for one that comes from elsewhere (a
     * template, site.yml). The message does not name the page: the same line may show on many pages.
     */
    boolean reportWritten(
            Problems problems,
            Function<CheckRule, CheckRule.Level> levels,
            String page,
            CheckRule rule,
            String link,
            String message) {
        List<SourceLink> written = sources.find(page, link);
        for (SourceLink s : written) {
            if (!reported.add(s)) continue;
            String text = rule.key() + ": " + message;
            String fix = "correct the link, or write the path of a page of the site such as /cpt/38900/ (or of a "
                    + "file of content/static/, such as /files/form.pdf)";
            rule.report(levels.apply(rule), problems, s.file(), s.line(), text, fix);
        }
        return !written.isEmpty();
    }
}
