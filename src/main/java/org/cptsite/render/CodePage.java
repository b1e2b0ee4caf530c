package org.cptsite.render;

import java.util.List;

/**
 * Everything a code page template shows, as display-ready text, in the page's parts ({@code page.head.code},
 * {@code page.payment.cf}, ...). Parts a page may lack (locality, history, deleted) are null there.
 */
public record CodePage(
        PageMeta meta,
        Chrome site,
        Head head,
        KeyFacts keyFacts,
        Content content,
        Payment payment,
        List<Indicator> indicators,
        Comparisons comparison,
        Navigation navigation,
        LocalitySection locality,
        HistoryView history,
        DeletedNotice deleted) {

    /** What names the code: its heading, CMS descriptor, category and range, synonyms, review and JSON twin. */
    public record Head(
            String code,
            String system,
            String heading,
            String cmsDescriptor,
            Link category,
            Link range,
            List<String> synonyms,
            Reviewed reviewed,
            String jsonUrl) {}

    /** The editorial text, HTML where named so (already sanitised and linked), and the questions. */
    public record Content(
            String description,
            String plainLanguage,
            String clinicalContextHtml,
            String billingHtml,
            List<String> billingNotes,
            List<Question> faq) {}

    /** The RVU breakdown and the national payments, with the CFs they were computed at. */
    public record Payment(
            List<RvuRow> rvuRows,
            List<PaymentRow> payments,
            String paymentNote,
            GlobalSplit globalSplit,
            String noRvus,
            boolean oppsCapped,
            String cf,
            String apmCf,
            String releaseId,
            boolean naNote) {}

    /** The code's comparisons (category first), its chart, or why it has none. */
    public record Comparisons(List<ComparisonText> items, Chart chart, String noneReason) {}

    /** Where a reader may go next: the code's specialties and related codes. */
    public record Navigation(List<Link> specialties, RelatedLinks related) {}

    /** A code CMS deleted: not in the current release, last in an older one; its successors, if named. */
    public record DeletedNotice(String current, String last, List<Link> replacedBy) {}

    /** "Last reviewed": the day (ISO, and as shown) and who reviewed, or "". */
    public record Reviewed(String iso, String date, String reviewer) {}

    /** One row of the RVU breakdown; "NA" flags where the setting is not expected. */
    public record RvuRow(
            String modifier,
            String modifierMeaning,
            String work,
            String nonFacilityPe,
            boolean nonFacilityNa,
            String facilityPe,
            boolean facilityNa,
            String malpractice,
            String nonFacilityTotal,
            String facilityTotal) {}

    /**
     * One row's national payment, each amount already in words where it is not a number; the limiting charges
     * are the most a non-participating provider may charge (amount x 1.0925).
     */
    public record PaymentRow(
            String modifier,
            String nonFacility,
            String facility,
            String nonFacilityApm,
            String facilityApm,
            boolean paid,
            boolean nonFacilityCapped,
            boolean facilityCapped,
            String nonFacilityLimiting,
            String facilityLimiting) {}

    /** One payment-policy indicator: its name, the value in the file and what it means. */
    public record Indicator(String name, String value, String meaning) {}

    /** The comparison sentence's parts. */
    public record ComparisonText(
            String work,
            String percentile,
            String population,
            int size,
            String ratio,
            String direction,
            String median,
            String max,
            Link maxCode) {}

    /** Codes a reader may want next: neighbours in the range, the endoscopy family, the same specialties. */
    public record RelatedLinks(
            Link previous, Link next, String rangeLabel, List<Link> family, List<Link> sameSpecialty) {
        public boolean isEmpty() {
            return previous == null && next == null && family.isEmpty() && sameSpecialty.isEmpty();
        }
    }

    /** A question of the FAQ, with its id on the page (faq-is-38900-an-add-on-code) and its answer in HTML. */
    public record Question(String id, String question, String answerHtml) {}
}
