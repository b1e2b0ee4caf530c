package org.cptsite.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cptsite.load.GpciLayout.Column;
import org.cptsite.model.Locality;
import org.cptsite.model.Problems;

/** Reads the fixed-width GPCI text file CMS ships beside the CSV (same rows, columns padded with spaces). */
final class GpciTextReader {
    private static final Pattern ROW = Pattern.compile("^(\\d{5})\\s+([A-Z]{2})\\s+(\\d{2})\\s+(.+?)\\s+"
            + "(\\d+\\.\\d{3})\\s+(\\d+\\.\\d{3})\\s+(\\d+\\.\\d{3})(?:\\s+(\\d+\\.\\d{3}))?\\s*$");

    private final SourceFile file;
    private final Problems problems;

    GpciTextReader(SourceFile file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    /** A GPCI of the row: the pattern's groups are the layout's columns, from 1. */
    private static BigDecimal gpci(Matcher m, GpciLayout layout, Column column) {
        return new BigDecimal(m.group(layout.at(column) + 1));
    }

    static boolean recognises(List<String> head) {
        return head.stream().anyMatch(l -> l.contains("GPCI") && l.contains("Locality") && !l.contains(","));
    }

    List<Locality> read() {
        List<Locality> localities = new ArrayList<>();
        List<String> lines = file.text().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.matches("^\\d{5}\\s.*")) continue;
            Matcher m = ROW.matcher(line);
            if (!m.matches()) {
                problems.error(
                        file.name(),
                        i + 1,
                        "locality row does not have MAC, state, locality, name and " + "three or four GPCIs",
                        "use the GPCI text file exactly as it comes in the CMS zip");
                continue;
            }
            GpciLayout layout = m.group(8) != null ? GpciLayout.TWO_WORK : GpciLayout.ONE_WORK;
            BigDecimal work = gpci(m, layout, Column.WORK);
            BigDecimal floored = gpci(m, layout, Column.WORK_FLOORED);
            BigDecimal pe = gpci(m, layout, Column.PE);
            BigDecimal mp = gpci(m, layout, Column.MP);
            String wrong = Stream.of(work, floored, pe, mp)
                    .map(Figures::gpci)
                    .filter(Objects::nonNull)
                    .findFirst()
                    .orElse(null);
            if (wrong != null) {
                problems.error(
                        file.name(),
                        i + 1,
                        "a GPCI of locality " + m.group(1) + "-" + m.group(3) + " " + wrong,
                        GpciReader.FIX);
                continue;
            }
            localities.add(
                    new Locality(m.group(1), m.group(2), m.group(3), m.group(4).trim(), work, floored, pe, mp, i + 1));
        }
        if (localities.isEmpty()) {
            problems.error(file.name(), 0, "no locality rows", "use the GPCI text file as it comes in the CMS zip");
        }
        return LocalityCheck.unique(file, localities, Locality::id, Locality::line, problems);
    }
}
