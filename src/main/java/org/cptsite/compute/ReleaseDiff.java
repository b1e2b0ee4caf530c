package org.cptsite.compute;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.cptsite.model.Category;
import org.cptsite.model.CodeRows;
import org.cptsite.model.Release;
import org.cptsite.model.RvuRow;
import org.jspecify.annotations.Nullable;

/**
 * What changed from one release to another: codes added and deleted, and every row (code and modifier) of a
 * code in both whose fields changed, each field before and after. The CF is the release's, compared once,
 * not on every row; descriptors are the AMA's text and are not compared.
 */
public final class ReleaseDiff {
    private final Release from;
    private final Release to;
    private final List<CodeRows> added;
    private final List<CodeRows> deleted;
    private final List<RowChange> changed;
    /** The headline figures of each code in both releases, made once for every table of movers. */
    private @Nullable List<Figures[]> both;

    private ReleaseDiff(
            Release from, Release to, List<CodeRows> added, List<CodeRows> deleted, List<RowChange> changed) {
        this.from = from;
        this.to = to;
        this.added = added;
        this.deleted = deleted;
        this.changed = changed;
    }

    public Release from() {
        return from;
    }

    public Release to() {
        return to;
    }

    public List<CodeRows> added() {
        return added;
    }

    public List<CodeRows> deleted() {
        return deleted;
    }

    public List<RowChange> changed() {
        return changed;
    }

    /** One row's changed fields, by the JSON twin's names, each {@code [before, after]}; null for a missing row. */
    public record RowChange(String code, String modifier, Map<String, List<String>> changes) {}

    /**
     * A field of a row, by its JSON name (diff's output) and its label in words (the report pages), as text;
     * BigDecimals compare by value (2.5 equals 2.50).
     */
    public record Field(String name, String label, Function<RvuRow, Object> value) {
        String text(RvuRow r) {
            Object v = value.apply(r);
            return v instanceof BigDecimal d ? d.toPlainString() : String.valueOf(v);
        }

        boolean same(RvuRow a, RvuRow b) {
            Object x = value.apply(a);
            Object y = value.apply(b);
            if (x == y) return true; // the reader shares equal values between rows, and releases
            return x instanceof BigDecimal d ? d.compareTo((BigDecimal) y) == 0 : x.equals(y);
        }
    }

    /** The fields compared, in the order of the file's columns. */
    public static final List<Field> FIELDS = List.of(
            new Field("status", "Status", RvuRow::status),
            new Field(
                    "not_used_for_payment",
                    "Not used for Medicare payment",
                    r -> r.policy().notUsedForPayment()),
            new Field("work_rvu", "Work RVU", r -> r.rvus().work()),
            new Field(
                    "non_facility_pe_rvu", "PE RVU, non-facility", r -> r.rvus().nonFacilityPe()),
            new Field(
                    "non_facility_na",
                    "NA indicator, non-facility",
                    r -> r.rvus().nonFacilityNa()),
            new Field("facility_pe_rvu", "PE RVU, facility", r -> r.rvus().facilityPe()),
            new Field("facility_na", "NA indicator, facility", r -> r.rvus().facilityNa()),
            new Field("mp_rvu", "MP RVU", r -> r.rvus().malpractice()),
            new Field(
                    "non_facility_total",
                    "Total RVUs, non-facility",
                    r -> r.rvus().nonFacilityTotal()),
            new Field("facility_total", "Total RVUs, facility", r -> r.rvus().facilityTotal()),
            new Field("pctc", "PC/TC indicator", r -> r.policy().pctc()),
            new Field("global_days", "Global period", r -> r.global().days()),
            new Field("pre_op", "Pre-op share", r -> r.global().preOp()),
            new Field("intra_op", "Intra-op share", r -> r.global().intraOp()),
            new Field("post_op", "Post-op share", r -> r.global().postOp()),
            new Field(
                    "multiple_procedure",
                    "Multiple procedure indicator",
                    r -> r.policy().multipleProcedure()),
            new Field(
                    "bilateral", "Bilateral surgery indicator", r -> r.policy().bilateral()),
            new Field(
                    "assistant",
                    "Assistant at surgery indicator",
                    r -> r.policy().assistant()),
            new Field("co_surgeon", "Co-surgeon indicator", r -> r.policy().coSurgeon()),
            new Field("team", "Team surgery indicator", r -> r.policy().team()),
            new Field("pricing_indicator", "Pricing indicator", r -> r.policy().pricingIndicator()),
            new Field("endoscopic_base", "Endoscopic base code", r -> r.policy().endoscopicBase()),
            new Field("supervision", "Diagnostic supervision", r -> r.policy().supervision()),
            new Field("calculation_flag", "Calculation flag", r -> r.policy().calculationFlag()),
            new Field("imaging_family", "Imaging family", r -> r.policy().imagingFamily()),
            new Field(
                    "opps_non_facility_pe_rvu",
                    "OPPS PE RVU, non-facility",
                    r -> r.opps().nonFacilityPe()),
            new Field(
                    "opps_facility_pe_rvu",
                    "OPPS PE RVU, facility",
                    r -> r.opps().facilityPe()),
            new Field("opps_mp_rvu", "OPPS MP RVU", r -> r.opps().malpractice()));

    /** The field named {@code name} ("global_days"). */
    static Field field(String name) {
        for (Field f : FIELDS) {
            if (f.name().equals(name)) return f;
        }
        throw new IllegalArgumentException("no field " + name);
    }

    /** The name of the field that tells a row added to or removed from a code in both releases. */
    public static final String ROW = "row";

    /** The label of a field by its name ({@link #ROW} too), for the report pages. */
    public static String label(String name) {
        String label = LABELS.get(name);
        if (label == null) throw new IllegalArgumentException("no field " + name);
        return label;
    }

    private static final Map<String, String> LABELS = labels();

    private static Map<String, String> labels() {
        Map<String, String> labels = new java.util.HashMap<>();
        for (Field f : FIELDS) labels.put(f.name(), f.label());
        labels.put(ROW, "Modifier row");
        return Map.copyOf(labels);
    }

    public static ReleaseDiff of(Release from, Release to) {
        // The 2025 layout has no PRIC IND column: blank is not a change to the 2026 value.
        boolean pricing = comparesPricing(from, to);
        List<CodeRows> added = new ArrayList<>();
        List<CodeRows> deleted = new ArrayList<>();
        List<RowChange> changed = new ArrayList<>();
        for (CodeRows c : to.codes().values()) {
            CodeRows before = from.codes().get(c.code());
            if (before == null) added.add(c);
            else rows(before, c, pricing, changed);
        }
        for (CodeRows c : from.codes().values()) {
            if (!to.codes().containsKey(c.code())) deleted.add(c);
        }
        return new ReleaseDiff(from, to, List.copyOf(added), List.copyOf(deleted), List.copyOf(changed));
    }

    /**
     * What changed in one code's rows from {@code before} to {@code after}, row by row, as the report lists it;
     * {@code pricing} false where the older layout has no PRIC IND column to compare.
     */
    public static List<RowChange> rowChanges(CodeRows before, CodeRows after, boolean pricing) {
        List<RowChange> out = new ArrayList<>();
        rows(before, after, pricing, out);
        return out;
    }

    /** Whether the two releases' layouts both have the PRIC IND column (the 2025 layout has none). */
    public static boolean comparesPricing(Release from, Release to) {
        return from.columns() == to.columns();
    }

    private static void rows(CodeRows before, CodeRows after, boolean pricing, List<RowChange> out) {
        // Modifiers are unique in a code (the reader refuses a duplicate row): each row is found by its own.
        // Most codes change in no field, so nothing is made until one does.
        for (RvuRow r : after.rows()) {
            RvuRow o = before.row(r.modifier());
            if (o == null) {
                out.add(new RowChange(r.code(), r.modifier(), Map.of(ROW, java.util.Arrays.asList(null, "added"))));
                continue;
            }
            Map<String, List<String>> changes = null;
            for (Field f : FIELDS) {
                if (f.same(o, r) || (!pricing && f == PRICING)) continue;
                if (changes == null) changes = new LinkedHashMap<>();
                changes.put(f.name(), List.of(f.text(o), f.text(r)));
            }
            if (changes != null) out.add(new RowChange(r.code(), r.modifier(), changes));
        }
        for (RvuRow o : before.rows()) {
            if (after.row(o.modifier()) == null) {
                out.add(new RowChange(o.code(), o.modifier(), Map.of(ROW, java.util.Arrays.asList("deleted", null))));
            }
        }
    }

    /** The PRIC IND column, which the 2025 layout lacks. */
    private static final Field PRICING = field("pricing_indicator");

    /** A code in both releases whose main row's figure moved: before, after, and the change. */
    public record Mover(String code, Change.Delta delta) {}

    /**
     * The {@code n} codes whose figure rose (or fell) most, by amount, ties by code; codes in both releases
     * with the figure in both.
     */
    public List<Mover> movers(Function<Figures, BigDecimal> figure, boolean up, int n) {
        // Each amount is computed once, not at each comparison of the sort.
        record Moved(Mover mover, BigDecimal amount) {}
        List<Moved> all = new ArrayList<>();
        for (Figures[] f : both()) {
            Change.Delta d = new Change.Delta(figure.apply(f[0]), figure.apply(f[1]));
            BigDecimal amount = d.amount();
            if (amount == null || amount.signum() == 0 || (amount.signum() > 0) != up) continue;
            all.add(new Moved(new Mover(f[1].row().code(), d), amount));
        }
        Comparator<Moved> byAmount = Comparator.comparing(Moved::amount);
        all.sort((up ? byAmount.reversed() : byAmount)
                .thenComparing(m -> m.mover().code()));
        return all.subList(0, Math.min(n, all.size())).stream()
                .map(Moved::mover)
                .toList();
    }

    /** Before and after, for each code in both releases, in the newer release's order. */
    private synchronized List<Figures[]> both() {
        if (both == null) {
            List<Figures[]> pairs = new ArrayList<>();
            for (CodeRows c : to.codes().values()) {
                CodeRows before = from.codes().get(c.code());
                if (before == null) continue;
                Figures after = Figures.of(to, c);
                pairs.add(new Figures[] {Figures.like(after, from, before), after});
            }
            both = pairs;
        }
        return both;
    }

    /** The changed rows by the category of their code, in the categories' order: the report page and diff group them so. */
    public Map<Category, List<RowChange>> changedByCategory() {
        Map<Category, List<RowChange>> byCategory = new EnumMap<>(Category.class);
        for (RowChange c : changed)
            byCategory
                    .computeIfAbsent(Category.of(c.code()), k -> new ArrayList<>())
                    .add(c);
        return byCategory;
    }

    /** Codes whose rows changed, in code order. */
    public List<String> changedCodes() {
        return changed.stream().map(RowChange::code).distinct().toList();
    }
}
