package org.cptsite.load;

import java.util.ArrayList;
import java.util.List;
import org.cptsite.model.LocalityCounties;
import org.cptsite.model.Problems;

/**
 * Reads the fixed-width LOCCO text file. Its column positions are not the header's, so they are learnt
 * from the first data row, which always names its state.
 */
final class LoccoTextReader {
    private final SourceFile file;
    private final Problems problems;

    LoccoTextReader(SourceFile file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    static boolean recognises(List<String> head) {
        return head.stream().anyMatch(l -> l.contains("Fee Schedule Area") && !l.contains(","));
    }

    List<LocalityCounties> read() {
        List<LocalityCounties> rows = new ArrayList<>();
        List<String> lines = file.text().lines().toList();
        int[] starts = null;
        String state = "";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.matches("^\\s*\\d{5}\\s+\\d{2}\\s.*")) continue;
            if (starts == null) starts = columnStarts(line);
            if (starts.length < 5) {
                problems.error(
                        file.name(),
                        i + 1,
                        "the first locality row does not have MAC, locality, state, " + "area and counties",
                        "use the LOCCO text file as it comes in the CMS zip");
                return rows;
            }
            String mac = slice(line, starts[0], starts[1]);
            String locality = slice(line, starts[1], starts[2]);
            String st = slice(line, starts[2], starts[3]);
            if (!st.isEmpty()) state = st;
            rows.add(new LocalityCounties(
                    mac,
                    locality,
                    state,
                    slice(line, starts[3], starts[4]),
                    slice(line, starts[4], line.length()),
                    i + 1));
        }
        if (rows.isEmpty()) {
            problems.error(file.name(), 0, "no county rows", "use the LOCCO text file as it comes in the CMS zip");
        }
        return rows;
    }

    /** Where each field of a fully filled row starts: after a run of two or more spaces. */
    private static int[] columnStarts(String line) {
        List<Integer> starts = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            while (i < line.length() && line.charAt(i) == ' ') i++;
            if (i >= line.length()) break;
            starts.add(i);
            // A field ends at two spaces in a row (names contain single spaces).
            while (i < line.length()
                    && !(line.charAt(i) == ' ' && i + 1 < line.length() && line.charAt(i + 1) == ' ')) {
                i++;
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static String slice(String line, int from, int to) {
        if (from >= line.length()) return "";
        return line.substring(from, Math.min(to, line.length())).trim();
    }
}
