package org.cptsite.render;

import java.util.ArrayList;
import java.util.List;
import org.cptsite.compute.CodeFacts;
import org.cptsite.compute.NationalPayment;
import org.cptsite.link.CodeEntry;
import org.cptsite.model.RvuRow;

/**
 * What a code page says in sentences from its figures alone: the figures that open its meta description, the
 * description of a code no editor has written about, and the questions its FAQ answers from the figures. A
 * deleted code's are in the past tense, of its last release; a contractor-priced code is paid, by its MAC.
 */
final class FigureSentences {
    private FigureSentences() {}

    /** "CPT 38900: work RVU 2.44; national Medicare payment $144.96 non-facility, $122.92 facility." */
    static String figures(String code, CodeFacts facts) {
        RvuRow main = facts.code().main();
        RvuRow headline = facts.code().headline();
        NationalPayment p = facts.headlinePayment();
        StringBuilder sb =
                new StringBuilder(code).append(facts.addOn() ? " (add-on)" : "").append(": ");
        if (main.anesthesia())
            return sb.append("anesthesia code, paid by base and time units.").toString();
        if (!headline.modifier().isEmpty()) sb.append(Text.component(headline)).append(", ");
        sb.append("work RVU ").append(Text.rvu(headline.rvus().work()));
        // The page's own words: a contractor-priced code is paid, only not at a national amount.
        if (p == null)
            return sb.append(
                            main.contractorPriced()
                                    ? main.status().equals("C")
                                            ? "; priced by the Medicare contractor, no national amount."
                                            : "; priced by the Medicare contractor if covered, no national amount."
                                    : "; not paid under the Medicare fee schedule.")
                    .toString();
        // NA (the setting is not expected) as the page's tables say it, not "n/a" as if a figure were missing.
        if (p.nonFacility() == null && p.facility() == null)
            return sb.append("; no national amount (NA in both settings).").toString();
        sb.append("; national Medicare payment ");
        if (p.nonFacility() == null)
            return sb.append(Text.dollars(p.facility()))
                    .append(" facility (non-facility: NA).")
                    .toString();
        if (p.facility() == null)
            return sb.append(Text.dollars(p.nonFacility()))
                    .append(" non-facility (facility: NA).")
                    .toString();
        sb.append(Text.dollars(p.nonFacility())).append(" non-facility, ");
        sb.append(Text.dollars(p.facility())).append(" facility.");
        return sb.toString();
    }

    /** A description in our own words from the data, for codes no editor has written about yet. */
    static String description(
            CodeEntry entry, CodeFacts facts, String descriptor, String categoryTitle, boolean deleted) {
        RvuRow main = entry.rows().main();
        StringBuilder sb = new StringBuilder();
        sb.append(entry.rows().system().label()).append(" code ").append(entry.code());
        if (descriptor != null)
            sb.append(" (CMS short descriptor \u201c").append(descriptor).append("\u201d)");
        sb.append(deleted ? " was " : " is ")
                .append(facts.addOn() ? "an add-on code" : "a code")
                .append(" in the ")
                .append(categoryTitle)
                .append(" category");
        if (entry.range() != null)
            sb.append(", range ")
                    .append(entry.range().label())
                    .append(" (")
                    .append(entry.range().name())
                    .append(')');
        // A deleted code's status is of its last release, the one whose figures the page gives.
        if (deleted)
            sb.append(" until CMS deleted it after ").append(entry.release().id());
        sb.append(deleted ? ". Its Medicare status then: " : ". Medicare status ")
                .append(status(main))
                .append('.');
        return sb.toString();
    }

    /**
     * Questions every code can answer from its figures; they follow the editor's own questions. A deleted code's
     * answers are in the past, of its last release: it has no payment now.
     */
    static List<String[]> questions(CodeEntry entry, CodeFacts facts, boolean deleted) {
        String code = entry.code();
        RvuRow main = entry.rows().main();
        // The figures of the headline row: the 26 row of a code contractor priced without a modifier.
        RvuRow headline = entry.rows().headline();
        String of = headline.modifier().isEmpty() ? code : "the " + Text.component(headline) + " of " + code;
        String release = entry.release().id();
        String gone = "CMS deleted " + code + " after " + release + ", its last release. ";
        List<String[]> qa = new ArrayList<>();
        if (headline.rvus().work().signum() > 0) {
            String totals = Text.rvu(headline.rvus().nonFacilityTotal()) + " RVUs in a non-facility setting and "
                    + Text.rvu(headline.rvus().facilityTotal()) + " in a facility.";
            qa.add(
                    deleted
                            ? new String[] {
                                "What was the work RVU of " + code + "?",
                                "In " + release + ", its last release, the work RVU of " + of + " was "
                                        + Text.rvu(headline.rvus().work())
                                        + "; with practice expense and malpractice the total was " + totals
                            }
                            : new String[] {
                                "What is the work RVU of " + code + "?",
                                "In the " + release + " release the work RVU of " + of + " is "
                                        + Text.rvu(headline.rvus().work())
                                        + "; with practice expense and malpractice the total is " + totals
                            });
        }
        NationalPayment p = facts.headlinePayment();
        String status = status(main);
        if (p != null) {
            String without = headline == main
                    ? ""
                    : " for its " + Text.component(headline) + " (without a modifier its status is " + status + ")";
            // An amount for each setting that has one; a setting its NA indicator rules out, said as such.
            String amounts = p.nonFacility() == null && p.facility() == null
                    ? "not given: the service is expected in neither setting (NA)"
                    : p.nonFacility() == null
                            ? Text.dollars(p.facility())
                                    + " in a facility (none in a non-facility setting, where the service is not "
                                    + "expected)"
                            : p.facility() == null
                                    ? Text.dollars(p.nonFacility())
                                            + " in a non-facility setting (none in a facility, where the service "
                                            + "is not expected)"
                                    : Text.dollars(p.nonFacility()) + " in a non-facility setting and "
                                            + Text.dollars(p.facility()) + " in a facility";
            String cf = ", at the conversion factor " + facts.conversionFactor().toPlainString() + " of " + release;
            qa.add(
                    deleted
                            ? new String[] {
                                "How much did Medicare pay for " + code + "?",
                                gone + "Until then the national amount before locality adjustment was " + amounts
                                        + without + cf
                                        + "; the fee schedule sets none now."
                            }
                            : new String[] {
                                "How much does Medicare pay for " + code + "?",
                                "The national amount before locality adjustment is " + amounts + without + cf
                                        + ". What a practice is paid varies with its locality's GPCIs."
                            });
        } else if (main.contractorPriced()) {
            // Status C (R without RVUs, if covered) is paid, only not at a national amount: "no" would be wrong.
            qa.add(
                    deleted
                            ? new String[] {
                                "How did Medicare pay for " + code + "?",
                                gone + "Until then its status was " + status + ": the fee schedule set no national "
                                        + "amount, and each Medicare Administrative Contractor (MAC) priced it for "
                                        + "its area."
                            }
                            : new String[] {
                                "How does Medicare pay for " + code + "?",
                                "Through its contractors: its status is " + status + ", so the fee schedule sets "
                                        + "no national amount, and each Medicare Administrative Contractor (MAC) "
                                        + "prices it for its area."
                            });
        } else if (!main.anesthesia()) {
            qa.add(
                    deleted
                            ? new String[] {
                                "Did Medicare pay for " + code + " under the fee schedule?",
                                gone + "Until then its status was " + status + ", so the fee schedule set no "
                                        + "payment for it."
                            }
                            : new String[] {
                                "Does Medicare pay for " + code + " under the fee schedule?",
                                "No. Its status is " + status + ", so the fee schedule sets no payment for it."
                            });
        }
        return qa;
    }

    /** "C (carrier priced: the Medicare contractor sets the payment)". */
    private static String status(RvuRow main) {
        return main.status() + " (" + Text.statusMeaning(main) + ")";
    }
}
