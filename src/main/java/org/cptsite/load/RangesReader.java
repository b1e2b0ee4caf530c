package org.cptsite.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.cptsite.model.Category;
import org.cptsite.model.CodeRange;
import org.cptsite.model.Problems;
import org.yaml.snakeyaml.nodes.Node;

/** Reads {@code content/ranges.yml}: per category, the named ranges of its CPT sections, sorted and disjoint. */
final class RangesReader {
    private static final Pattern CODE = Pattern.compile("[0-9A-Z]{5}");
    private static final Set<String> RANGE_KEYS = new LinkedHashSet<>(List.of("from", "to", "name"));

    private RangesReader() {}

    static List<CodeRange> read(String file, String text, Problems problems) {
        Set<String> slugs = new LinkedHashSet<>(
                Arrays.stream(Category.values()).map(Category::slug).toList());
        FrontMatter fm = FrontMatter.parse(file, text, 1, slugs, problems);
        List<CodeRange> ranges = new ArrayList<>();
        if (fm == null) return ranges;
        for (String slug : fm.keys()) {
            Category category = Category.bySlug(slug);
            CodeRange previous = null;
            for (Node item : fm.items(slug)) {
                FrontMatter r = fm.nested(item, RANGE_KEYS);
                if (r == null) continue;
                String from = r.text("from", true);
                String to = r.text("to", true);
                String name = r.text("name", true);
                int line = fm.lineOf(item);
                if (from == null || to == null || name == null) continue;
                // The codes make the range's URL: only letters and digits may reach it.
                if (!CODE.matcher(from).matches() || !CODE.matcher(to).matches() || from.compareTo(to) > 0) {
                    problems.error(
                            file,
                            line,
                            "range '" + from + "'-'" + to + "' is not two codes of five capital "
                                    + "letters or digits, lowest first",
                            "write it as { from: \"38100\", to: \"38999\", name: ... }");
                    continue;
                }
                CodeRange range = new CodeRange(category, from, to, name);
                if (previous != null && from.compareTo(previous.to()) <= 0) {
                    problems.error(
                            file,
                            line,
                            "range " + range.slug() + " overlaps or precedes " + previous.slug(),
                            "list the ranges of a category in order, without overlaps");
                    continue;
                }
                ranges.add(range);
                previous = range;
            }
        }
        return ranges;
    }
}
