package org.cptsite.load;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.cptsite.model.AnesthesiaFactor;
import org.cptsite.model.Locality;
import org.cptsite.model.LocalityCounties;
import org.cptsite.model.Problems;

/**
 * Checks that the locality files agree. The GPCI file defines the localities: one of them twice could be
 * priced with either row, so that is an error; a LOCCO or ANES row naming a locality the GPCI file lacks
 * would be dropped from the pages, so the user is told where it is.
 */
final class LocalityCheck {
    private LocalityCheck() {}

    /**
     * Reports each row of a GPCI or ANES file whose locality an earlier row already gave; returns the rows
     * without them.
     */
    static <T> List<T> unique(
            SourceFile file, List<T> rows, Function<T, String> id, ToIntFunction<T> line, Problems problems) {
        Map<String, T> first = new HashMap<>();
        return rows.stream()
                .filter(row -> {
                    T before = first.putIfAbsent(id.apply(row), row);
                    if (before == null) return true;
                    problems.error(
                            file.name(),
                            line.applyAsInt(row),
                            "locality " + id.apply(row) + " is also on line " + line.applyAsInt(before),
                            "keep one row per MAC and locality number; use the file as it comes " + "in the CMS zip");
                    return false;
                })
                .toList();
    }

    /** Warns of each LOCCO row whose locality is not in the GPCI file. */
    static void counties(
            SourceFile locco, List<LocalityCounties> counties, List<Locality> localities, Problems problems) {
        if (localities.isEmpty()) return;
        Set<String> known = ids(localities);
        for (LocalityCounties c : counties) {
            String id = c.mac() + "-" + c.locality();
            if (!known.contains(id)) {
                problems.warning(
                        locco.name(),
                        c.line(),
                        "locality " + id + " (" + c.area() + ") is not in the "
                                + "GPCI file; its counties are left out",
                        "use the LOCCO and GPCI files of the same CMS release");
            }
        }
    }

    /** Warns of each ANES row whose locality is not in the GPCI file. */
    static void anesthesia(
            SourceFile anes, List<AnesthesiaFactor> factors, List<Locality> localities, Problems problems) {
        if (localities.isEmpty()) return;
        Set<String> known = ids(localities);
        for (AnesthesiaFactor a : factors) {
            String id = a.mac() + "-" + a.locality();
            if (!known.contains(id)) {
                problems.warning(
                        anes.name(),
                        a.line(),
                        "locality " + id + " (" + a.name() + ") is not in the "
                                + "GPCI file; its anesthesia CF is left out",
                        "use the ANES and GPCI files of the same CMS release");
            }
        }
    }

    private static Set<String> ids(List<Locality> localities) {
        return localities.stream().map(Locality::id).collect(Collectors.toSet());
    }
}
