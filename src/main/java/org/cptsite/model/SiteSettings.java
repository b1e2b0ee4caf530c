package org.cptsite.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Site-wide settings from {@code content/site.yml}.
 *
 * @param qualifyingApmCf the qualifying APM conversion factor by year, for releases without a QPP file
 * @param workGpci which work GPCI column of a GPCI file with two (without and with the 1.0 floor) prices localities
 * @param checks the page rules that {@code checks:} turns into warnings (or back into errors); the rest fail the build
 * @param hosting {@code json_twins} and {@code precompress}: the site's files laid out for its host
 * @param commonCodeLines the line of each of {@code common_codes} in site.yml, for the linker's messages
 * @param unsafeHtml {@code markdown: { unsafe_html: true }}: raw HTML in Markdown is kept (by default it is left out)
 * @param allowJava {@code templates: { allow_java: true }}: templates may use {@code ?new} and {@code ?api}
 * @param staticScripts {@code static: { allow_scripts: true }}: content/static/ may hold files a browser runs
 *     scripts in (.html, .svg, .js...); by default they are refused
 * @param links where site.yml's own links to pages of the site (navigation, call to action) are written, so that a
 *     broken one is reported at its line of site.yml, once, rather than on every page that shows it
 * @param releases the {@code releases:} paths as written (relative to the content folder) with their lines,
 *     built when no {@code --data} is given
 */
public record SiteSettings(
        String name,
        String tagline,
        String baseUrl,
        String language,
        boolean showCmsDescriptors,
        Map<Integer, BigDecimal> qualifyingApmCf,
        String publisher,
        List<Link> navigation,
        CallToAction callToAction,
        List<String> notices,
        List<String> commonCodes,
        WorkGpci workGpci,
        Map<CheckRule, CheckRule.Level> checks,
        Hosting hosting,
        Map<String, Integer> commonCodeLines,
        boolean unsafeHtml,
        boolean allowJava,
        boolean staticScripts,
        List<ReleasePath> releases,
        List<SourceLink> links) {

    /** A path of {@code releases:} as written, and its line in site.yml (0 when not read from a file). */
    public record ReleasePath(String path, int line) {}

    public SiteSettings {
        commonCodeLines = commonCodeLines == null ? Map.of() : Map.copyOf(commonCodeLines);
        releases = releases == null ? List.of() : List.copyOf(releases);
        links = links == null ? List.of() : List.copyOf(links);
        if (workGpci == null) workGpci = WorkGpci.AUTO;
        if (hosting == null) hosting = Hosting.DEFAULT;
        checks = checks == null ? Map.of() : Map.copyOf(checks);
        navigation = List.copyOf(navigation);
        notices = List.copyOf(notices);
        commonCodes = List.copyOf(commonCodes);
        qualifyingApmCf = Map.copyOf(qualifyingApmCf);
    }

    /** The line of a code of {@code common_codes} in site.yml, or 0. */
    public int commonCodeLine(String code) {
        return commonCodeLines.getOrDefault(code, 0);
    }

    /** How a violation of {@code rule} is reported: an error unless {@code checks:} says otherwise. */
    public CheckRule.Level level(CheckRule rule) {
        return checks.getOrDefault(rule, CheckRule.Level.ERROR);
    }

    /**
     * The {@code work_gpci} setting: which of the GPCI file's two work columns prices a locality. AUTO (the
     * default) follows the GPCI file's note: the floor for a release whose services start on or before the
     * floor's last day (January 2026: CMS's own worked example), not after it; files with one work column give
     * the same either way.
     */
    public enum WorkGpci {
        AUTO("auto", "by the GPCI file's note on the floor"),
        FLOOR("floor", "with the 1.0 floor"),
        NO_FLOOR("no_floor", "without the 1.0 floor");

        private final String key;
        private final String label;

        WorkGpci(String key, String label) {
            this.key = key;
            this.label = label;
        }

        /** The value as written in site.yml. */
        public String key() {
            return key;
        }

        /** "with the 1.0 floor", for pages. */
        public String label() {
            return label;
        }

        /**
         * The column for {@code release}: this one, or for AUTO the floor while the GPCI file's note has it on the
         * first day the release prices (and when the note names no last day, as CMS's worked example does).
         */
        public WorkGpci forRelease(Release release) {
            if (this != AUTO) return this;
            java.time.LocalDate through = release.workFloorThrough();
            return through == null || !release.effective().isAfter(through) ? FLOOR : NO_FLOOR;
        }

        /** The setting written as {@code key}, or null when it is none of them. */
        public static WorkGpci of(String key) {
            for (WorkGpci w : values()) {
                if (w.key.equals(key)) return w;
            }
            return null;
        }
    }

    public record Link(String title, String url) {}

    public record CallToAction(String title, String text, String linkText, String url) {}

    /** The same settings with another base URL (the {@code --base-url} option wins over the file). */
    public SiteSettings withBaseUrl(String url) {
        return toBuilder().baseUrl(url).build();
    }

    /** The same settings laid out for another host (tests compare the layouts of one build). */
    public SiteSettings withHosting(Hosting other) {
        return toBuilder().hosting(other).build();
    }

    /** Settings of a site.yml that names nothing: the defaults of each setting, to change one by one. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these settings. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.tagline = tagline;
        b.baseUrl = baseUrl;
        b.language = language;
        b.showCmsDescriptors = showCmsDescriptors;
        b.qualifyingApmCf = qualifyingApmCf;
        b.publisher = publisher;
        b.navigation = navigation;
        b.callToAction = callToAction;
        b.notices = notices;
        b.commonCodes = commonCodes;
        b.workGpci = workGpci;
        b.checks = checks;
        b.hosting = hosting;
        b.commonCodeLines = commonCodeLines;
        b.unsafeHtml = unsafeHtml;
        b.allowJava = allowJava;
        b.staticScripts = staticScripts;
        b.releases = releases;
        b.links = links;
        return b;
    }

    /** Settings one at a time, each starting at its default (as when site.yml leaves it out). */
    public static final class Builder {
        private String name = "";
        private String tagline = "";
        private String baseUrl = "";
        private String language = "en";
        private boolean showCmsDescriptors = true;
        private Map<Integer, BigDecimal> qualifyingApmCf = Map.of();
        private String publisher = "";
        private List<Link> navigation = List.of();
        private CallToAction callToAction;
        private List<String> notices = List.of();
        private List<String> commonCodes = List.of();
        private WorkGpci workGpci = WorkGpci.AUTO;
        private Map<CheckRule, CheckRule.Level> checks = Map.of();
        private Hosting hosting = Hosting.DEFAULT;
        private Map<String, Integer> commonCodeLines = Map.of();
        private boolean unsafeHtml;
        private boolean allowJava;
        private boolean staticScripts;
        private List<ReleasePath> releases = List.of();
        private List<SourceLink> links = List.of();

        private Builder() {}

        public Builder name(String v) {
            name = v;
            return this;
        }

        public Builder tagline(String v) {
            tagline = v;
            return this;
        }

        public Builder baseUrl(String v) {
            baseUrl = v;
            return this;
        }

        public Builder language(String v) {
            language = v;
            return this;
        }

        public Builder showCmsDescriptors(boolean v) {
            showCmsDescriptors = v;
            return this;
        }

        public Builder qualifyingApmCf(Map<Integer, BigDecimal> v) {
            qualifyingApmCf = v;
            return this;
        }

        public Builder publisher(String v) {
            publisher = v;
            return this;
        }

        public Builder navigation(List<Link> v) {
            navigation = v;
            return this;
        }

        public Builder callToAction(CallToAction v) {
            callToAction = v;
            return this;
        }

        public Builder notices(List<String> v) {
            notices = v;
            return this;
        }

        public Builder commonCodes(List<String> v) {
            commonCodes = v;
            return this;
        }

        public Builder workGpci(WorkGpci v) {
            workGpci = v;
            return this;
        }

        public Builder checks(Map<CheckRule, CheckRule.Level> v) {
            checks = v;
            return this;
        }

        public Builder hosting(Hosting v) {
            hosting = v;
            return this;
        }

        public Builder commonCodeLines(Map<String, Integer> v) {
            commonCodeLines = v;
            return this;
        }

        public Builder unsafeHtml(boolean v) {
            unsafeHtml = v;
            return this;
        }

        public Builder allowJava(boolean v) {
            allowJava = v;
            return this;
        }

        public Builder staticScripts(boolean v) {
            staticScripts = v;
            return this;
        }

        public Builder links(List<SourceLink> v) {
            links = v;
            return this;
        }

        public Builder releases(List<String> v) {
            releases = v.stream().map(p -> new ReleasePath(p, 0)).toList();
            return this;
        }

        public SiteSettings build() {
            return new SiteSettings(
                    name,
                    tagline,
                    baseUrl,
                    language,
                    showCmsDescriptors,
                    qualifyingApmCf,
                    publisher,
                    navigation,
                    callToAction,
                    notices,
                    commonCodes,
                    workGpci,
                    checks,
                    hosting,
                    commonCodeLines,
                    unsafeHtml,
                    allowJava,
                    staticScripts,
                    releases,
                    links);
        }
    }
}
