package org.cptsite.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
                problems.error(file.name(), i + 1, "locality row does not have MAC, state, locality, name and "
                        + "three or four GPCIs", "use the GPCI text file exactly as it comes in the CMS zip");
                continue;
            }
            boolean twoWork = m.group(8) != null;
            BigDecimal work = new BigDecimal(m.group(5));
            BigDecimal floored = twoWork ? new BigDecimal(m.group(6)) : work;
            BigDecimal pe = new BigDecimal(twoWork ? m.group(7) : m.group(6));
            BigDecimal mp = new BigDecimal(twoWork ? m.group(8) : m.group(7));
            String wrong = Stream.of(work, floored, pe, mp).map(Figures::gpci).filter(Objects::nonNull)
                    .findFirst().orElse(null);
            if (wrong != null) {
                problems.error(file.name(), i + 1, "a GPCI of locality " + m.group(1) + "-" + m.group(3) + " "
                        + wrong, GpciReader.FIX);
                continue;
            }
            localities.add(new Locality(m.group(1), m.group(2), m.group(3), m.group(4).trim(), work, floored, pe, mp,
                    i + 1));
        }
        if (localities.isEmpty()) {
            problems.error(file.name(), 0, "no locality rows", "use the GPCI text file as it comes in the CMS zip");
        }
        return LocalityCheck.unique(file, localities, Locality::id, Locality::line, problems);
    }
}
