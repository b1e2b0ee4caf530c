package org.cptsite.link;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cptsite.model.Category;
import org.cptsite.model.CodeContent;
import org.cptsite.model.CodeRange;
import org.cptsite.model.CodeRows;
import org.cptsite.model.Content;
import org.cptsite.model.Problems;
import org.cptsite.model.Release;
import org.cptsite.model.Slug;
import org.cptsite.model.Releases;

/** Joins codes and content; a content file for a code the release does not have is a problem in that file. */
public final class Linker {
    private final Problems problems;
    private final String settingsFile;

    /** @param settingsFile how messages name site.yml */
    public Linker(Problems problems, String settingsFile) {
        this.problems = problems;
        this.settingsFile = settingsFile;
    }

    public LinkedSite link(Releases releases, Content content) {
        Release release = releases.current();
        Map<String, CodeEntry> deleted = new TreeMap<>();
        for (int i = releases.all().size() - 2; i >= 0; i--) {
            Release older = releases.all().get(i);
            for (CodeRows rows : older.codes().values()) {
                if (!release.codes().containsKey(rows.code()) && !deleted.containsKey(rows.code())) {
                    deleted.put(rows.code(), new CodeEntry(rows, content.codes().get(rows.code()), rows.category(),
                            content.categories().get(rows.category()), null, older));
                }
            }
        }
        String given = releases.hasHistory() ? "in none of the releases " + String.join(", ",
                releases.all().stream().map(Release::id).toList()) : "not in release " + release.id();
        for (CodeContent c : content.codes().values()) {
            if (!release.codes().containsKey(c.code()) && !deleted.containsKey(c.code())) {
                String upper = c.code().toUpperCase(java.util.Locale.ROOT);
                problems.error(c.file(), 0, "code " + c.code() + " is " + given,
                        release.codes().containsKey(upper) ? "codes are upper case: rename the file to " + upper + ".md"
                                : "check the file name; to keep the page of a code CMS deleted, give an older "
                                        + "release that has it too (--data, or releases: in site.yml); delete the file "
                                        + "if no given release has the code");
            }
            for (String successor : c.replacedBy()) {
                if (!release.codes().containsKey(successor)) {
                    problems.error(c.file(), c.replacedByLine(), "replaced_by names " + successor
                            + ", which is not in release " + release.id(),
                            "name codes of the current release that replace " + c.code());
                }
            }
            if (!c.replacedBy().isEmpty() && release.codes().containsKey(c.code())) {
                problems.warning(c.file(), c.replacedByLine(), "replaced_by is ignored: " + c.code()
                        + " is in the current release " + release.id(),
                        "keep it for when CMS deletes the code, or remove it");
            }
        }
        specialtySlugs(content);
        for (String code : content.settings().commonCodes()) {
            if (!release.codes().containsKey(code)) {
                problems.error(settingsFile, content.settings().commonCodeLine(code), "common_codes names " + code + ", which is not in release " + release.id(),
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
                    content.categories().get(category), range, release);
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
        return new LinkedSite(releases, content, codes, categories, deleted);
    }

    /**
     * Two specialty names that make one URL would share one page under the first name: an error naming both
     * files. (Codes are in file order, so the first file is reported as the first.)
     */
    private void specialtySlugs(Content content) {
        Map<String, String[]> bySlug = new HashMap<>();
        for (CodeContent c : content.codes().values()) {
            for (String name : c.specialties()) {
                String[] first = bySlug.putIfAbsent(Slug.of(name), new String[] {name, c.file()});
                if (first != null && !first[0].equals(name)) {
                    problems.error(c.file(), 0, "specialty '" + name + "' has the same URL /specialty/" + Slug.of(name)
                            + "/ as '" + first[0] + "' in " + first[1], "spell the two names the same way, or make "
                            + "them differ by more than case, accents, spaces and punctuation");
                }
            }
        }
    }
}
