package org.cptsite.compute;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cptsite.model.RvuRow;

/** The payment-policy indicators of a row, decoded into words (cms-pfs-files.md and the CMS readme). */
public final class Indicators {
    /** One decoded indicator: its name, the value in the file and what it means. */
    public record Decoded(String key, String name, String value, String meaning) {}

    static final Map<String, String> STATUS = Map.ofEntries(
            Map.entry("A", "Active: paid under the fee schedule"),
            Map.entry("B", "Bundled: payment is included in another service"),
            Map.entry("C", "Carrier priced: the Medicare contractor sets the payment"),
            Map.entry("D", "Deleted code"),
            Map.entry("E", "Excluded from the fee schedule by regulation"),
            Map.entry("F", "Deleted code, no grace period"),
            Map.entry("G", "Not valid for Medicare; another code applies (grace period)"),
            Map.entry("H", "Deleted modifier"),
            Map.entry("I", "Not valid for Medicare; another code applies"),
            Map.entry("J", "Anesthesia service: paid with base and time units, not RVUs"),
            Map.entry("M", "Measurement code: reported for quality programs, not paid"),
            Map.entry("N", "Non-covered service"),
            Map.entry("P", "Bundled or excluded: no separate payment"),
            Map.entry("R", "Restricted coverage: paid only in special circumstances"),
            Map.entry("T", "Paid only when no other paid service is billed that day"),
            Map.entry("X", "Statutory exclusion: not a physician service under the fee schedule"));

    static final Map<String, String> PCTC = Map.of(
            "0", "Physician service: no professional/technical split",
            "1", "Diagnostic test with professional (26) and technical (TC) components",
            "2", "Professional component only",
            "3", "Technical component only",
            "4", "Global test only: the components have their own codes",
            "5", "Incident-to service: no separate professional component",
            "6", "Laboratory physician interpretation",
            "7", "Physical therapy service",
            "8", "Physician interpretation",
            "9", "Professional/technical split does not apply");

    static final Map<String, String> GLOBAL = Map.of(
            "000", "0-day global period: same-day pre- and post-procedure care included",
            "010", "10-day global period: minor procedure, follow-up for 10 days included",
            "090", "90-day global period: major surgery, a day before and 90 days after included",
            "MMM", "Maternity care: the usual global concept does not apply",
            "XXX", "Global concept does not apply",
            "YYY", "Global period set by the Medicare contractor",
            "ZZZ", "Add-on code: reported with a primary procedure, within its global period");

    static final Map<String, String> MULT_PROC = Map.of(
            "0", "No multiple-procedure reduction",
            "1", "Pre-1995 multiple-procedure rules",
            "2", "Standard reduction: 100% for the highest-valued procedure, 50% for the rest",
            "3", "Endoscopy family rule: priced with its endoscopic base code",
            "4", "Imaging reduction of the technical and professional components",
            "5", "Therapy reduction: 50% of practice expense for the second and later services",
            "6", "Cardiovascular diagnostic reduction: 25% of the technical component",
            "7", "Ophthalmology diagnostic reduction: 20% of the technical component",
            "9", "Concept does not apply");

    static final Map<String, String> BILATERAL = Map.of(
            "0", "150% bilateral rule does not apply: both sides together are paid at most 100%",
            "1", "Bilateral surgery: both sides paid at 150%",
            "2", "Already priced as bilateral: no extra payment for modifier 50",
            "3", "Each side paid at 100%",
            "9", "Concept does not apply");

    static final Map<String, String> ASSISTANT = Map.of(
            "0", "Assistant paid with documentation of medical necessity",
            "1", "Assistant at surgery never paid (statutory restriction)",
            "2", "Assistant at surgery may be paid",
            "9", "Concept does not apply");

    static final Map<String, String> CO_SURGEON = Map.of(
            "0", "Co-surgeons not permitted",
            "1", "Co-surgeons paid with documentation of medical necessity",
            "2", "Co-surgeons permitted",
            "9", "Concept does not apply");

    static final Map<String, String> TEAM = Map.of(
            "0", "Team surgery not permitted",
            "1", "Team surgery paid with documentation of medical necessity",
            "2", "Team surgery permitted, priced by report",
            "9", "Concept does not apply");

    static final Map<String, String> SUPERVISION = Map.of(
            "01", "General supervision",
            "02", "Direct supervision",
            "03", "Personal supervision",
            "09", "Supervision concept does not apply");

    static final Map<String, String> IMAGING_FAMILY = Map.of(
            "88", "Subject to the multiple-imaging reduction",
            "99", "Not subject to the multiple-imaging reduction");

    private Indicators() {}

    /** Every indicator of the row, in the order coders read them. */
    public static List<Decoded> decode(RvuRow row) {
        Map<String, Decoded> d = new LinkedHashMap<>();
        put(d, "status", "Status", row.status(), STATUS);
        put(d, "global", "Global period", row.global().days(), GLOBAL);
        put(d, "pctc", "PC/TC indicator", row.policy().pctc(), PCTC);
        put(
                d,
                "multiple_procedure",
                "Multiple procedures (modifier 51)",
                row.policy().multipleProcedure(),
                MULT_PROC);
        put(d, "bilateral", "Bilateral surgery (modifier 50)", row.policy().bilateral(), BILATERAL);
        put(
                d,
                "assistant",
                "Assistant at surgery (modifiers 80, 81, 82, AS)",
                row.policy().assistant(),
                ASSISTANT);
        put(d, "co_surgeon", "Co-surgeons (modifier 62)", row.policy().coSurgeon(), CO_SURGEON);
        put(d, "team", "Team surgery (modifier 66)", row.policy().team(), TEAM);
        put(
                d,
                "supervision",
                "Physician supervision of diagnostic tests",
                row.policy().supervision(),
                SUPERVISION);
        put(d, "imaging_family", "Diagnostic imaging family", row.policy().imagingFamily(), IMAGING_FAMILY);
        return List.copyOf(d.values());
    }

    public static String status(String code) {
        return STATUS.getOrDefault(code, "Status " + code);
    }

    public static boolean addOn(RvuRow row) {
        return row.global().days().equals("ZZZ");
    }

    private static void put(Map<String, Decoded> d, String key, String name, String value, Map<String, String> table) {
        if (value.isEmpty()) return;
        String meaning = table.get(value);
        if (meaning == null) {
            meaning = key.equals("supervision")
                    ? "Special supervision rule (see the CMS readme for code " + value + ")"
                    : "Value not described in the CMS readme";
        }
        d.put(key, new Decoded(key, name, value, meaning));
    }
}
