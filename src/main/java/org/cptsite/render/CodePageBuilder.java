package org.cptsite.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cptsite.compute.CodeFacts;
import org.cptsite.compute.CodeHistory;
import org.cptsite.compute.Comparison;
import org.cptsite.compute.Histogram;
import org.cptsite.compute.LocalityPayment;
import org.cptsite.compute.NationalPayment;
import org.cptsite.compute.PopulationStats;
import org.cptsite.compute.Populations;
import org.cptsite.compute.Related;
import org.cptsite.link.CodeEntry;
import org.cptsite.link.LinkedSite;
import org.cptsite.model.Category;
import org.cptsite.model.CodeContent;
import org.cptsite.model.Faq;
import org.cptsite.model.Problems;
import org.cptsite.model.RvuRow;
import org.cptsite.model.SiteSettings;
import org.cptsite.output.Output;

/** Builds the view of one code page from the code's entry and computed facts. */
final class CodePageBuilder {
    private static final Map<String, String> MODIFIER_MEANING = Map.of(
            "", "Global: the complete service",
            "26", "Professional component (modifier 26): the physician's interpretation",
            "TC", "Technical component (modifier TC): equipment, staff and supplies",
            "53", "Discontinued procedure (modifier 53)");

    /** How many codes of the same specialties a page links to. */
    private static final int SAME_SPECIALTY_LINKS = 8;

    private final LinkedSite site;
    private final Chrome chrome;
    private final SiteSettings settings;
    private final Populations populations;
    private final Related related;
    private final LocalitySectionBuilder localities;
    /** Code numbers in the editorial text become links to their pages. */
    private final CodeLinks codeLinks;
    /** Each category's chart bars, the same for all its codes: computed once. */
    private final Map<Category, Chart.Scale> scales;

    CodePageBuilder(
            LinkedSite site,
            Chrome chrome,
            Populations populations,
            Map<Category, Chart.Scale> scales,
            Related related,
            LocalitySectionBuilder localities,
            CodeLinks codeLinks) {
        this.site = site;
        this.codeLinks = codeLinks;
        this.localities = localities;
        this.chrome = chrome;
        this.settings = site.content().settings();
        this.populations = populations;
        this.related = related;
        this.scales = scales;
    }

    /** Each category's chart bars, the same for all its codes: computed once per release. */
    static Map<Category, Chart.Scale> scales(Populations populations) {
        Map<Category, Chart.Scale> scales = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            PopulationStats stats = populations.category(c);
            if (stats != null) scales.put(c, new Chart.Scale(Histogram.of(stats, Chart.BINS)));
        }
        return scales;
    }

    CodePage build(CodeEntry entry, CodeFacts facts, CodeHistory history) {
        RvuRow main = entry.rows().main();
        CodeContent content = entry.content();
        String code = entry.code();
        String system = entry.rows().system().label();
        String descriptor = settings.showCmsDescriptors() ? main.description() : null;
        String name = content != null ? content.title() : descriptor != null ? descriptor : system + " code " + code;
        String heading = system.startsWith("CPT") ? "CPT\u00ae " + code + ": " + name : code + ": " + name;
        // A deleted code's category may have no current code, and so no page: then it is named, not linked.
        boolean categoryListed = site.categories().containsKey(entry.category());
        Link category = new Link(categoryTitle(entry), categoryListed ? Urls.category(entry.category()) : null);
        Link range = rangeLink(entry);
        List<Link> crumbs = new ArrayList<>(List.of(new Link("Home", "/")));
        if (categoryListed) crumbs.add(category);
        if (range != null) crumbs.add(range);
        crumbs.add(new Link(code, Urls.code(code)));

        CodePage.DeletedNotice deleted = history != null && history.deleted()
                ? new CodePage.DeletedNotice(
                        site.release().id(),
                        entry.release().id(),
                        content == null
                                ? List.of()
                                : content.replacedBy().stream()
                                        .map(c -> codeLink(site.code(c)))
                                        .toList())
                : null;
        String description = content != null
                ? content.summary()
                : FigureSentences.description(entry, facts, descriptor, categoryTitle(entry), deleted != null);
        String title = Text.limit(code + " " + name, org.cptsite.model.CheckRule.Limits.CODE_TITLE_CHARS) + " | "
                + (deleted != null ? "deleted code" : site.release().year() + " RVUs & payment");
        String metaDescription = Text.limit(metaLead(entry, facts, history) + description, META_DESCRIPTION_CHARS);
        List<CodePage.Question> faq = new ArrayList<>();
        List<String[]> faqLd = new ArrayList<>();
        QuestionIds ids = new QuestionIds();
        if (content != null) {
            for (Faq f : content.faq()) {
                faq.add(new CodePage.Question(
                        ids.next(f.question()), f.question(), codeLinks.link(f.answerHtml(), code)));
                faqLd.add(new String[] {f.question(), f.answerText()});
            }
        }
        String releaseId = entry.release().id();
        for (String[] qa : FigureSentences.questions(entry, facts, deleted != null)) {
            // The editor's answer to a question the figures also answer is the one shown.
            if (faq.stream().anyMatch(q -> Faq.sameQuestion(q.question(), qa[0]))) continue;
            faq.add(new CodePage.Question(
                    ids.next(qa[0]),
                    qa[0],
                    "<p>" + org.jsoup.nodes.Entities.escape(qa[1]).replace(releaseId, untracked(releaseId)) + "</p>"));
            faqLd.add(qa);
        }
        String billingHtml = content != null && !content.billingHtml().isEmpty()
                ? content.billingHtml()
                : entry.categoryContent() == null ? "" : entry.categoryContent().billingHtml();
        String canonical = settings.baseUrl() + Urls.code(code);
        List<Map<String, Object>> ld = new ArrayList<>();
        ld.add(JsonLd.breadcrumbs(settings.baseUrl(), crumbs));
        ld.add(JsonLd.webPage(
                "MedicalWebPage",
                canonical,
                title,
                metaDescription,
                settings.publisher(),
                JsonLd.medicalCode(
                        code, entry.rows().system() == org.cptsite.model.CodeSystem.CPT ? "CPT" : "HCPCS", name)));
        if (!faqLd.isEmpty()) ld.add(JsonLd.faqPage(faqLd)); // no FAQPage without a visible FAQ
        PageMeta meta = new PageMeta(title, metaDescription, canonical, "article", crumbs, JsonLd.graph(ld));

        String jsonUrl = JsonTwinFiles.url(
                entry, settings.hosting().jsonTwins(), site.content().ranges());
        var head = new CodePage.Head(
                code,
                system,
                heading,
                descriptor,
                category,
                range,
                content == null ? List.of() : content.synonyms(),
                reviewed(content),
                jsonUrl);
        var text = new CodePage.Content(
                description,
                content == null ? "" : content.plainLanguage(),
                content == null ? "" : codeLinks.link(content.clinicalContextHtml(), code),
                codeLinks.link(billingHtml, code),
                BillingNotes.of(entry.rows(), content == null ? "" : content.billingHtml()),
                faq);
        var payment = new CodePage.Payment(
                rvuRows(entry),
                paymentRows(facts),
                paymentNote(facts),
                GlobalSplit.of(main, facts.mainPayment()),
                contractorPricedWithoutRvus(entry)
                        ? "The fee schedule gives this code no RVUs: it is "
                                + Text.contractorPricing(entry.rows().main()) + "."
                        : null,
                facts.payments().stream().anyMatch(p -> p != null && p.capped()),
                facts.conversionFactor().toPlainString(),
                facts.qualifyingApmCf() == null ? null : facts.qualifyingApmCf().toPlainString(),
                entry.release().id(),
                // A paid row without an amount in a setting (the NA indicator): the note under the table says why.
                facts.payments().stream()
                        .anyMatch(p -> p != null && (p.nonFacility() == null || p.facility() == null)));
        var indicators = facts.indicators().stream()
                .map(d -> new CodePage.Indicator(d.name(), d.value(), d.meaning()))
                .toList();
        var comparison = new CodePage.Comparisons(
                facts.comparisons().stream().map(CodePageBuilder::comparison).toList(),
                chart(entry, facts),
                NoComparisonText.of(facts));
        var navigation = new CodePage.Navigation(specialties(content), deleted != null ? NO_RELATED : related(entry));
        return new CodePage(
                meta,
                // The footer names the release the page's figures are of: a deleted code's last one.
                deleted != null ? chrome.withRelease(entry.release()) : chrome,
                head,
                KeyFacts.of(facts, entry.release()),
                text,
                payment,
                indicators,
                comparison,
                navigation,
                localities.build(entry.rows(), entry.release()),
                history == null || !site.releases().hasHistory() ? null : HistoryViewBuilder.build(history),
                deleted);
    }

    /** The most characters of a code page's meta description: what search engines show under its title. */
    static final int META_DESCRIPTION_CHARS = 158;

    /** The start of a code page's meta description, before the summary: that it is deleted, and its figures. */
    private String metaLead(CodeEntry entry, CodeFacts facts, CodeHistory history) {
        boolean deleted = history != null && history.deleted();
        return (deleted
                        ? "Deleted: not in " + site.release().id() + ", last in "
                                + entry.release().id() + ". "
                        : "") + FigureSentences.figures(entry.code(), facts) + " ";
    }

    /**
     * A warning at the line of {@code summary:} when the meta description, which starts with the code's
     * figures, cuts the summary's first sentence. The sentences after it may be cut: they stay on the page, and
     * an editor can always satisfy the warning by starting with a sentence short enough.
     */
    void warnIfSummaryCut(CodeEntry entry, CodeFacts facts, CodeHistory history, Problems problems) {
        CodeContent content = entry.content();
        if (content == null) return;
        String lead = metaLead(entry, facts, history);
        String full = lead + content.summary();
        if (full.length() <= META_DESCRIPTION_CHARS) return;
        String shown = Text.limit(full, META_DESCRIPTION_CHARS);
        String kept = shown.length() - 1 > lead.length() ? shown.substring(lead.length(), shown.length() - 1) : "";
        String first = firstSentence(content.summary());
        // Kept whole when the cut falls after it (the cut may drop the sentence's final stop, as limit does).
        if (!kept.isEmpty()
                && kept.length() >= Text.withoutTrailingPunctuation(first).length()) return;
        // The figure the message quotes: what fits, cut at a word, so the message and the fix agree. A sentence of
        // at most that many characters always fits: the cut falls at the last space within the description.
        String fix = kept.isEmpty()
                ? "the code's figures fill the meta description; the summary still shows on the page"
                : "start the summary with a sentence of at most " + kept.length()
                        + " characters that carries its key words (the following sentences stay on the page)";
        problems.warning(
                content.file(),
                content.summaryLine(),
                "the summary's first sentence has " + first.length()
                        + " characters; the page's meta description, which search engines show, starts with the code's "
                        + "figures and keeps only the first " + kept.length() + " of it: \"" + kept + "...\"",
                fix);
    }

    /** Abbreviations whose full stop does not end a sentence. */
    private static final List<String> ABBREVIATIONS = List.of("e.g.", "i.e.", "vs.", "cf.", "approx.");

    /**
     * The first sentence of a summary, with its final stop: up to the first ".", "!" or "?" followed by white
     * space, or the whole summary. A stop inside a number ("2.5 cm") is followed by a digit, not a space, and so
     * does not end it, nor does the stop of an abbreviation such as "e.g." or "i.e.". A simple rule, enough for
     * the summaries editors write: a sentence it takes as longer than it is only makes the warning stricter.
     */
    static String firstSentence(String summary) {
        for (int i = 0; i < summary.length() - 1; i++) {
            char c = summary.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(summary.charAt(i + 1))) {
                if (c == '.' && endsWithAbbreviation(summary, i + 1)) continue;
                return summary.substring(0, i + 1);
            }
        }
        return summary;
    }

    private static boolean endsWithAbbreviation(String text, int end) {
        for (String a : ABBREVIATIONS) {
            int start = end - a.length();
            if (start >= 0
                    && text.regionMatches(true, start, a, 0, a.length())
                    && (start == 0 || !Character.isLetter(text.charAt(start - 1)))) return true;
        }
        return false;
    }

    private static final CodePage.RelatedLinks NO_RELATED =
            new CodePage.RelatedLinks(null, null, null, List.of(), List.of());

    /** A release label in HTML, marked so that it does not count as a change of the page for its lastmod. */
    static String untracked(String html) {
        return Output.UNTRACKED_OPEN + html + Output.UNTRACKED_CLOSE;
    }

    private String categoryTitle(CodeEntry entry) {
        return entry.categoryContent() != null
                ? entry.categoryContent().title()
                : entry.category().defaultTitle();
    }

    static Link rangeLink(CodeEntry entry) {
        if (entry.range() == null) return null;
        return new Link(
                entry.range().label() + " " + entry.range().name(),
                Urls.category(entry.category()) + entry.range().slug() + "/");
    }

    private static CodePage.Reviewed reviewed(CodeContent content) {
        if (content == null || content.reviewed() == null) return null;
        return new CodePage.Reviewed(content.reviewed().toString(), Text.date(content.reviewed()), content.reviewer());
    }

    private List<CodePage.RvuRow> rvuRows(CodeEntry entry) {
        List<CodePage.RvuRow> rows = new ArrayList<>();
        for (RvuRow r : entry.rows().rows()) {
            RvuRow.Rvus v = r.rvus();
            rows.add(new CodePage.RvuRow(
                    r.modifierLabel(),
                    MODIFIER_MEANING.get(r.modifier()),
                    Text.rvu(v.work()),
                    Text.rvu(v.nonFacilityPe()),
                    v.nonFacilityNa(),
                    Text.rvu(v.facilityPe()),
                    v.facilityNa(),
                    Text.rvu(v.malpractice()),
                    Text.rvu(v.nonFacilityTotal()),
                    Text.rvu(v.facilityTotal())));
        }
        return rows;
    }

    private static List<CodePage.PaymentRow> paymentRows(CodeFacts facts) {
        List<CodePage.PaymentRow> rows = new ArrayList<>();
        List<RvuRow> rvuRows = facts.code().rows();
        for (int i = 0; i < rvuRows.size(); i++) {
            NationalPayment p = facts.payments().get(i);
            String mod = rvuRows.get(i).modifierLabel();
            if (p == null) {
                // Why: "Contractor priced" (its contractor pays it), "By units", else "Not paid".
                String none = Text.noAmount(rvuRows.get(i));
                rows.add(new CodePage.PaymentRow(mod, none, none, none, none, false, false, false, none, none));
            } else {
                rows.add(new CodePage.PaymentRow(
                        mod,
                        amount(p.nonFacility()),
                        amount(p.facility()),
                        amount(p.nonFacilityApm()),
                        amount(p.facilityApm()),
                        true,
                        p.nonFacilityCapped(),
                        p.facilityCapped(),
                        amount(LocalityPayment.limitingCharge(p.nonFacility())),
                        amount(LocalityPayment.limitingCharge(p.facility()))));
            }
        }
        return rows;
    }

    /** Status C with no RVU in any row: an all-zero RVU table would say nothing. */
    private static boolean contractorPricedWithoutRvus(CodeEntry entry) {
        return entry.rows().main().contractorPriced()
                && entry.rows().rows().stream()
                        .allMatch(r -> r.rvus().work().signum() == 0
                                && r.rvus().nonFacilityTotal().signum() == 0
                                && r.rvus().facilityTotal().signum() == 0);
    }

    private static String amount(BigDecimal value) {
        return value == null ? Text.NA : Text.dollars(value);
    }

    /** Why a page shows no dollar figure, when it shows none. */
    private String paymentNote(CodeFacts facts) {
        RvuRow main = facts.code().main();
        if (main.anesthesia()) {
            var release = site.release();
            String cf = release.anesthesiaCf() == null
                    ? ""
                    : " The national anesthesia conversion factor is "
                            + release.anesthesiaCf().toPlainString()
                            + (release.anesthesiaQualifyingApmCf() == null
                                    ? ""
                                    : " (qualifying APM participants: "
                                            + release.anesthesiaQualifyingApmCf()
                                                    .toPlainString() + ")")
                            + "; each locality has its own.";
            return "Anesthesia services are paid differently: (base units + time units) \u00d7 the anesthesia "
                    + "conversion factor. The RVU file gives them no RVUs." + cf;
        }
        RvuRow headline = facts.code().headline();
        if (headline != main) {
            // E.g. 61715: contractor priced without a modifier, its professional component paid nationally.
            return "Without a modifier, this code is "
                    + (main.contractorPriced()
                            ? Text.contractorPricing(main) + ": the fee schedule sets no national amount for it, "
                                    + "and each Medicare Administrative Contractor (MAC) prices it for its area"
                            : "not paid under the fee schedule (status " + main.status() + ": "
                                    + Text.statusMeaning(main) + ")")
                    + ". Its " + Text.component(headline) + " has national RVUs: its amounts are below.";
        }
        if (main.contractorPriced()) {
            return Text.capitalise(Text.contractorPricing(main))
                    + ": the fee schedule sets no national RVUs or amount for this code; each Medicare"
                    + " Administrative Contractor (MAC) prices it for its area.";
        }
        if (facts.payments().stream().allMatch(p -> p == null)) {
            return "This code is not paid under the Medicare Physician Fee Schedule (status " + main.status() + ": "
                    + Text.statusMeaning(main) + ").";
        }
        return null;
    }

    private static CodePage.ComparisonText comparison(Comparison c) {
        return new CodePage.ComparisonText(
                Text.rvu(c.work()),
                ordinal(c.percentile()),
                c.population(),
                c.size(),
                c.ratio().toPlainString(),
                c.direction().word(),
                Text.median(c.median()),
                Text.rvu(c.max()),
                new Link(c.maxCode(), Urls.code(c.maxCode())));
    }

    private Chart chart(CodeEntry entry, CodeFacts facts) {
        Comparison c = facts.comparison();
        if (c == null) return null;
        return Chart.of(populations.category(entry.category()), scales.get(entry.category()), entry.code(), c.work());
    }

    /** The specialties that have a page: one named by deleted codes only has none (they are in no list). */
    private List<Link> specialties(CodeContent content) {
        if (content == null) return List.of();
        return content.specialties().stream()
                .filter(name -> related.specialty(name) != null)
                .map(name -> new Link(name, Urls.specialty(Related.slug(name))))
                .toList();
    }

    private CodePage.RelatedLinks related(CodeEntry entry) {
        return new CodePage.RelatedLinks(
                codeLink(related.previous(entry.code())),
                codeLink(related.next(entry.code())),
                entry.range() == null ? null : entry.range().label(),
                related.family(entry).stream().map(this::codeLink).toList(),
                related.sameSpecialty(entry, SAME_SPECIALTY_LINKS).stream()
                        .map(this::codeLink)
                        .toList());
    }

    /** A link to a code, labelled with its number and its title or descriptor. */
    private Link codeLink(CodeEntry e) {
        if (e == null) return null;
        String name = e.content() != null
                ? e.content().title()
                : settings.showCmsDescriptors() ? e.rows().main().description() : null;
        return new Link(name == null ? e.code() : e.code() + " " + name, Urls.code(e.code()));
    }

    static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13
                ? "th"
                : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix;
    }
}
