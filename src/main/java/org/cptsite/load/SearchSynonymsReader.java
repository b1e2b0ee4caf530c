package org.cptsite.load;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cptsite.model.Problems;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads {@code content/search-synonyms.yml}: {@code groups}, a list of groups of words or phrases a reader
 * may type for one another ({@code - [replacement, arthroplasty]}). Each is kept as search compares text:
 * lower case, accents removed, words separated by one space ("x-ray" is "x ray").
 */
final class SearchSynonymsReader {
    private SearchSynonymsReader() {}

    static List<List<String>> read(String file, String text, Problems problems) {
        List<List<String>> groups = new ArrayList<>();
        if (text == null) return groups;
        FrontMatter fm = FrontMatter.parse(file, text, 1, Set.of("groups"), problems);
        if (fm == null) return groups;
        Map<String, Integer> seen = new HashMap<>();
        for (Node item : fm.items("groups")) {
            int line = fm.lineOf(item);
            List<String> group = new ArrayList<>();
            if (item instanceof SequenceNode seq) {
                for (Node n : seq.getValue()) {
                    String words = n instanceof ScalarNode s ? normalise(s.getValue()) : "";
                    if (!words.isEmpty() && !group.contains(words)) group.add(words);
                }
            }
            if (group.size() < 2) {
                problems.error(
                        file,
                        line,
                        "a synonym group needs two or more words or phrases",
                        "write the group as a list: - [replacement, arthroplasty]");
                continue;
            }
            for (String words : group) {
                Integer other = seen.putIfAbsent(words, line);
                if (other != null) {
                    problems.error(
                            file,
                            line,
                            "'" + words + "' is already in the group on line " + other,
                            "keep each word in one group: merge the two groups");
                }
            }
            groups.add(List.copyOf(group));
        }
        return List.copyOf(groups);
    }

    /** As search.js compares text: lower case, no accents, runs of other characters one space. */
    static String normalise(String s) {
        String plain = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
    }
}
