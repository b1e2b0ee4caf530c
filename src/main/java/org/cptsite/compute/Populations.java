package org.cptsite.compute;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cptsite.model.Category;
import org.cptsite.model.CodeRange;
import org.cptsite.model.CodeRows;
import org.cptsite.model.Release;
import org.cptsite.model.RvuRow;
import org.jspecify.annotations.Nullable;

/**
 * The comparison populations of a release, by product.md's definition: every code of a category with a
 * work RVU above zero, any status, one value per code (its first row with work RVU > 0, in file order).
 * Beyond the category, the same definition applied to the code's range of its CPT section and to the codes
 * of its category with the same global period (an add-on against add-ons).
 */
public final class Populations {
    private static final Map<String, String> GLOBAL_LABEL = Map.of(
            "000",
            "0-day global",
            "010",
            "10-day global",
            "090",
            "90-day global",
            "ZZZ",
            "add-on",
            "XXX",
            "no-global-period",
            "MMM",
            "maternity",
            "YYY",
            "contractor-set global");

    private final Map<Category, PopulationStats> byCategory = new EnumMap<>(Category.class);
    private final Map<CodeRange, PopulationStats> byRange = new HashMap<>();
    private final Map<String, PopulationStats> byGlobal = new HashMap<>();
    private final Map<String, CodeRange> rangeOf;

    public Populations(Release release) {
        this(release, Map.of());
    }

    /** @param rangeOf the range of each code that has one */
    public Populations(Release release, Map<String, CodeRange> rangeOf) {
        this.rangeOf = rangeOf;
        Map<Category, LinkedHashMap<String, BigDecimal>> values = new EnumMap<>(Category.class);
        Map<CodeRange, LinkedHashMap<String, BigDecimal>> ranges = new LinkedHashMap<>();
        Map<String, LinkedHashMap<String, BigDecimal>> globals = new LinkedHashMap<>();
        for (CodeRows code : release.codes().values()) {
            BigDecimal work = workRvu(code);
            if (work == null) continue;
            values.computeIfAbsent(code.category(), c -> new LinkedHashMap<>()).put(code.code(), work);
            CodeRange range = rangeOf.get(code.code());
            if (range != null)
                ranges.computeIfAbsent(range, r -> new LinkedHashMap<>()).put(code.code(), work);
            globals.computeIfAbsent(globalKey(code), k -> new LinkedHashMap<>()).put(code.code(), work);
        }
        values.forEach((c, v) -> byCategory.put(c, new PopulationStats(c.defaultTitle(), v)));
        ranges.forEach((r, v) -> byRange.put(r, new PopulationStats(r.label(), v)));
        globals.forEach((k, v) -> {
            String[] parts = k.split("\\|");
            Category c = Category.valueOf(parts[0]);
            byGlobal.put(
                    k, new PopulationStats(c.defaultTitle() + " " + GLOBAL_LABEL.getOrDefault(parts[1], parts[1]), v));
        });
    }

    /**
     * The population of the code's category with the global period of the row whose work RVU is compared: 76932's
     * row without modifier is contractor priced (YYY), its 26 row, compared, has no global period (XXX).
     */
    private static String globalKey(CodeRows code) {
        return code.category().name() + "|" + valueRow(code).global().days();
    }

    /**
     * The code's comparisons: within its category (product.md's definition), its range and its category's
     * codes of the same global period; a population of one code (the code itself) is left out. Empty when
     * the code has no work RVU.
     */
    public List<Comparison> compareAll(CodeRows code) {
        BigDecimal work = workRvu(code);
        List<Comparison> all = new ArrayList<>();
        if (work == null) return all;
        all.add(Comparison.of(byCategory.get(code.category()), work));
        CodeRange range = rangeOf.get(code.code());
        if (range != null && byRange.get(range).size() > 1) all.add(Comparison.of(byRange.get(range), work));
        PopulationStats global = byGlobal.get(globalKey(code));
        if (global.size() > 1) all.add(Comparison.of(global, work));
        return all;
    }

    /** The code's comparison value: its first row's work RVU above zero, or null when it has none. */
    public static @Nullable BigDecimal workRvu(CodeRows code) {
        RvuRow row = valueRow(code);
        return row == null ? null : row.rvus().work();
    }

    /** The row whose work RVU a code is compared by: its first with a work RVU above zero; null when none has. */
    public static @Nullable RvuRow valueRow(CodeRows code) {
        for (RvuRow row : code.rows()) {
            if (row.rvus().work().signum() > 0) return row;
        }
        return null;
    }

    public PopulationStats category(Category category) {
        return byCategory.get(category);
    }

    /** The comparison of a code within its category, or null when it has no work RVU. */
    public Comparison compare(CodeRows code) {
        List<Comparison> all = compareAll(code);
        return all.isEmpty() ? null : all.get(0);
    }

    /** Why a code of the current release has no comparison. */
    public static NoComparison noComparison(CodeRows code) {
        RvuRow row = code.main();
        if (row.anesthesia()) return NoComparison.of(NoComparison.Reason.ANESTHESIA);
        if (row.policy().pctc().equals("3")) return NoComparison.of(NoComparison.Reason.TECHNICAL_COMPONENT);
        if (!row.payable()) return NoComparison.of(NoComparison.Reason.NOT_PAYABLE);
        return NoComparison.of(NoComparison.Reason.NO_WORK_RVU);
    }
}
