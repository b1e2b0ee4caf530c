package org.cptsite.link;

import java.util.ArrayList;
import java.util.EnumMap;
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
                    deleted.put(
                            rows.code(),
                            new CodeEntry(
                                    rows,
                                    content.codes().get(rows.code()),
                                    rows.category(),
                                    content.categories().get(rows.category()),
                                    null,
                                    older));
                }
            }
        }
        for (CodeContent c : content.codes().values()) known(releases, deleted, c);
        for (String code : content.settings().commonCodes()) {
            if (!release.codes().containsKey(code)) {
                problems.error(
                        settingsFile,
                        content.settings().commonCodeLine(code),
                        "common_codes names " + code + ", which is not in release " + release.id(),
                        "remove it from common_codes or correct it");
            }
        }
        Map<String, CodeEntry> codes = new LinkedHashMap<>();
        Map<Category, List<LinkedSite.RangeGroup>> categories = new EnumMap<>(Category.class);
        Map<Category, Map<CodeRange, List<CodeEntry>>> grouped = new EnumMap<>(Category.class);
        for (CodeRows rows : release.codes().values()) {
            Category category = rows.category();
            CodeRange range = content.ranges().stream()
                    .filter(r -> r.category() == category && r.contains(rows.code()))
                    .findFirst()
                    .orElse(null);
            CodeEntry entry = new CodeEntry(
                    rows,
                    content.codes().get(rows.code()),
                    category,
                    content.categories().get(category),
                    range,
                    release);
            codes.put(rows.code(), entry);
            // LinkedHashMap keeps ranges in order of first code, which is range order; null key collects the rest.
            grouped.computeIfAbsent(category, c -> new LinkedHashMap<>())
                    .computeIfAbsent(range, r -> new ArrayList<>())
                    .add(entry);
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
     * A content file must be for a code of a given release, and its replaced_by for codes of the current one.
     * ({@code deleted}: the codes only older releases have.)
     */
    private void known(Releases releases, Map<String, CodeEntry> deleted, CodeContent c) {
        Release release = releases.current();
        String given = releases.hasHistory()
                ? "in none of the releases "
                        + String.join(
                                ", ", releases.all().stream().map(Release::id).toList())
                : "not in release " + release.id();
        if (!release.codes().containsKey(c.code()) && !deleted.containsKey(c.code())) {
            String upper = c.code().toUpperCase(java.util.Locale.ROOT);
            problems.error(
                    c.file(),
                    0,
                    "code " + c.code() + " is " + given,
                    release.codes().containsKey(upper)
                            ? "codes are upper case: rename the file to " + upper + ".md"
                            : "check the file name; to keep the page of a code CMS deleted, give an older "
                                    + "release that has it too (--data, or releases: in site.yml); delete the file "
                                    + "if no given release has the code");
        }
        for (String successor : c.replacedBy()) {
            if (!release.codes().containsKey(successor)) {
                problems.error(
                        c.file(),
                        c.replacedByLine(),
                        "replaced_by names " + successor + ", which is not in release " + release.id(),
                        "name codes of the current release that replace " + c.code());
            }
        }
        if (!c.replacedBy().isEmpty() && release.codes().containsKey(c.code())) {
            problems.warning(
                    c.file(),
                    c.replacedByLine(),
                    "replaced_by is ignored: " + c.code() + " is in the current release " + release.id(),
                    "keep it for when CMS deletes the code, or remove it");
        }
    }

    /**
     * The site with the content of the given codes replaced by {@code content}'s, for {@code serve}: the same
     * result as {@link #link} when only those codes' files changed, without grouping every code again.
     */
    public LinkedSite relink(LinkedSite site, Content content, java.util.Set<String> changed) {
        Map<String, CodeEntry> codes = new LinkedHashMap<>(site.codes());
        Map<String, CodeEntry> deleted = new TreeMap<>(site.deleted());
        for (String code : changed) {
            CodeContent c = content.codes().get(code);
            if (c != null) known(site.releases(), site.deleted(), c);
            for (Map<String, CodeEntry> entries : List.of(codes, deleted)) {
                CodeEntry old = entries.get(code);
                if (old != null)
                    entries.put(
                            code,
                            new CodeEntry(
                                    old.rows(), c, old.category(), old.categoryContent(), old.range(), old.release()));
            }
        }
        Map<Category, List<LinkedSite.RangeGroup>> categories = new EnumMap<>(Category.class);
        site.categories()
                .forEach((category, groups) -> categories.put(
                        category,
                        groups.stream()
                                .map(g -> g.codes().stream().noneMatch(e -> changed.contains(e.code()))
                                        ? g
                                        : new LinkedSite.RangeGroup(
                                                category,
                                                g.range(),
                                                g.codes().stream()
                                                        .map(e -> codes.get(e.code()))
                                                        .toList()))
                                .toList()));
        return new LinkedSite(site.releases(), content, codes, categories, deleted);
    }
}
