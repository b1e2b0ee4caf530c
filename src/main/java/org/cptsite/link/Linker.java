package org.cptsite.link;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cptsite.model.Category;
import org.cptsite.model.CodeContent;
import org.cptsite.model.CodeRange;
import org.cptsite.model.CodeRows;
import org.cptsite.model.Content;
import org.cptsite.model.Problems;
import org.cptsite.model.Release;

/** Joins codes and content; a content file for a code the release does not have is a problem in that file. */
public final class Linker {
    private final Problems problems;
    private final String settingsFile;

    /** @param settingsFile how messages name site.yml */
    public Linker(Problems problems, String settingsFile) {
        this.problems = problems;
        this.settingsFile = settingsFile;
    }

    public LinkedSite link(Release release, Content content) {
        for (CodeContent c : content.codes().values()) known(release, c);
        for (String code : content.settings().commonCodes()) {
            if (!release.codes().containsKey(code)) {
                problems.error(settingsFile, 0, "common_codes names " + code + ", which is not in release " + release.id(),
                        "remove it from common_codes or correct it");
            }
        }
        Map<String, CodeEntry> codes = new LinkedHashMap<>();
        Map<Category, List<LinkedSite.RangeGroup>> categories = new EnumMap<>(Category.class);
        Map<Category, Map<CodeRange, List<CodeEntry>>> grouped = new EnumMap<>(Category.class);
        for (CodeRows rows : release.codes().values()) {
            Category category = rows.category();
            CodeRange range = content.ranges().stream()
                    .filter(r -> r.category() == category && r.contains(rows.code())).findFirst().orElse(null);
            CodeEntry entry = new CodeEntry(rows, content.codes().get(rows.code()), category,
                    content.categories().get(category), range);
            codes.put(rows.code(), entry);
            // LinkedHashMap keeps ranges in order of first code, which is range order; null key collects the rest.
            grouped.computeIfAbsent(category, c -> new LinkedHashMap<>())
                    .computeIfAbsent(range, r -> new ArrayList<>()).add(entry);
        }
        grouped.forEach((category, ranges) -> {
            List<LinkedSite.RangeGroup> groups = new ArrayList<>();
            ranges.forEach((range, entries) -> {
                if (range != null) groups.add(new LinkedSite.RangeGroup(category, range, List.copyOf(entries)));
            });
            List<CodeEntry> rest = ranges.get(null);
            if (rest != null) groups.add(new LinkedSite.RangeGroup(category, null, List.copyOf(rest)));
            categories.put(category, List.copyOf(groups));
        });
        return new LinkedSite(release, content, codes, categories);
    }

    /** A content file must be for a code of the release. */
    private void known(Release release, CodeContent c) {
        if (!release.codes().containsKey(c.code())) {
            String upper = c.code().toUpperCase(java.util.Locale.ROOT);
            problems.error(c.file(), 0, "code " + c.code() + " is not in release " + release.id(),
                    release.codes().containsKey(upper) ? "codes are upper case: rename the file to " + upper + ".md"
                            : "check the file name, or delete the file if CMS has deleted the code");
        }
    }

    /**
     * The site with the content of the given codes replaced by {@code content}'s, for {@code serve}: the same
     * result as {@link #link} when only those codes' files changed, without grouping every code again.
     */
    public LinkedSite relink(LinkedSite site, Content content, java.util.Set<String> changed) {
        Map<String, CodeEntry> codes = new LinkedHashMap<>(site.codes());
        for (String code : changed) {
            CodeContent c = content.codes().get(code);
            if (c != null) known(site.release(), c);
            CodeEntry old = codes.get(code);
            if (old != null) codes.put(code, new CodeEntry(old.rows(), c, old.category(), old.categoryContent(), old.range()));
        }
        Map<Category, List<LinkedSite.RangeGroup>> categories = new EnumMap<>(Category.class);
        site.categories().forEach((category, groups) -> categories.put(category, groups.stream()
                .map(g -> g.codes().stream().noneMatch(e -> changed.contains(e.code())) ? g
                        : new LinkedSite.RangeGroup(category, g.range(),
                                g.codes().stream().map(e -> codes.get(e.code())).toList()))
                .toList()));
        return new LinkedSite(site.release(), content, codes, categories);
    }
}
