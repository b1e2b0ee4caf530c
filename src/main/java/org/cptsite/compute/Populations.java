package org.cptsite.compute;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cptsite.model.Category;
import org.cptsite.model.CodeRows;
import org.cptsite.model.Release;
import org.cptsite.model.RvuRow;

/**
 * The comparison populations of a release, by product.md's definition: every code of a category with a
 * work RVU above zero, any status, one value per code (its first row with work RVU > 0, in file order).
 */
public final class Populations {
    private final Map<Category, PopulationStats> byCategory = new EnumMap<>(Category.class);

    public Populations(Release release) {
        Map<Category, LinkedHashMap<String, BigDecimal>> values = new EnumMap<>(Category.class);
        for (CodeRows code : release.codes().values()) {
            BigDecimal work = workRvu(code);
            if (work != null) {
                values.computeIfAbsent(code.category(), c -> new LinkedHashMap<>()).put(code.code(), work);
            }
        }
        values.forEach((c, v) -> byCategory.put(c, new PopulationStats(c.defaultTitle(), v)));
    }

    /** The code's comparison value: its first row's work RVU above zero, or null when it has none. */
    public static BigDecimal workRvu(CodeRows code) {
        for (RvuRow row : code.rows()) {
            if (row.work().signum() > 0) return row.work();
        }
        return null;
    }

    public PopulationStats category(Category category) {
        return byCategory.get(category);
    }

    /** The comparison of a code within its category, or null when it has no work RVU. */
    public Comparison compare(CodeRows code) {
        BigDecimal work = workRvu(code);
        return work == null ? null : Comparison.of(byCategory.get(code.category()), work);
    }

    /** Why a code has no comparison, in words for the page. */
    public static String noComparisonReason(CodeRows code) {
        RvuRow row = code.main();
        if (row.status().equals("J")) {
            return "Anesthesia services are paid by base units and time, so CMS gives them no work RVU to compare.";
        }
        if (row.pctc().equals("3")) {
            return "A technical component carries no physician work, so there is no work RVU to compare.";
        }
        if (!row.payable()) {
            return "CMS assigns no work RVU to this code (" + Indicators.status(row.status()).toLowerCase()
                    + "), so it has no place in the comparison.";
        }
        return "CMS assigns no work RVU to this code, so it has no place in the comparison.";
    }
}
