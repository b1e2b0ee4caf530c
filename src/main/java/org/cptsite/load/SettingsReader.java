package org.cptsite.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cptsite.model.CheckRule;
import org.cptsite.model.Hosting;
import org.cptsite.model.Problems;
import org.cptsite.model.SiteSettings;
import org.cptsite.model.SourceLink;
import org.cptsite.model.UrlPath;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads {@code content/site.yml}, the site-wide settings. */
final class SettingsReader {
    static final Set<String> KEYS = new LinkedHashSet<>(List.of(
            "name",
            "tagline",
            "base_url",
            "language",
            "show_cms_descriptors",
            "qualifying_apm_cf",
            "publisher",
            "navigation",
            "call_to_action",
            "notices",
            "common_codes",
            "work_gpci",
            "checks",
            "json_twins",
            "precompress",
            "redirects",
            "markdown",
            "templates",
            "static",
            "releases"));
    private static final Set<String> LINK_KEYS = new LinkedHashSet<>(List.of("title", "url"));
    private static final Set<String> CTA_KEYS = new LinkedHashSet<>(List.of("title", "text", "link_text", "url"));

    private SettingsReader() {}

    static SiteSettings read(String file, String text, Problems problems) {
        FrontMatter fm = FrontMatter.parse(file, text, 1, KEYS, problems);
        if (fm == null) return null;
        String name = fm.text("name", true);
        String baseUrl = fm.text("base_url", true);
        if (baseUrl != null && !baseUrl.isEmpty())
            BaseUrl.check(baseUrl, file, fm.entry("base_url").line(), problems);
        String language = fm.text("language", false);
        if (language != null && !isLanguageTag(language)) {
            problems.error(
                    file,
                    fm.entry("language").line(),
                    "language '" + language + "' is not a BCP 47 language " + "tag",
                    "write a tag such as en, en-US, es or zh-Hant (it becomes the pages' lang attribute)");
            language = null;
        }
        Boolean showCms = fm.bool("show_cms_descriptors");
        Map<Integer, BigDecimal> apmCf = apmCf(fm, file, problems);
        List<SiteSettings.Link> navigation = new ArrayList<>();
        List<SourceLink> links = new ArrayList<>();
        for (Node item : fm.items("navigation")) {
            FrontMatter link = fm.nested(item, LINK_KEYS);
            if (link != null && safe(link, file, problems, "the navigation item")) {
                navigation.add(new SiteSettings.Link(link.text("title", true), link.text("url", true)));
                internal(link, file, links, problems);
            }
        }
        SiteSettings.CallToAction cta = null;
        if (fm.has("call_to_action")) {
            FrontMatter c = fm.nested(fm.entry("call_to_action").node(), CTA_KEYS);
            if (c != null && safe(c, file, problems, "the call to action")) {
                cta = new SiteSettings.CallToAction(
                        c.text("title", true), c.text("text", true), c.text("link_text", true), c.text("url", true));
                internal(c, file, links, problems);
            }
        }
        SiteSettings.WorkGpci workGpci = workGpci(fm, file, problems);
        Map<CheckRule, CheckRule.Level> checks = checks(fm, file, problems);
        Hosting hosting = new Hosting(
                jsonTwins(fm, file, problems), precompress(fm, file, problems), forcedRedirects(fm, file, problems));
        String tagline = fm.text("tagline", false);
        String publisher = fm.text("publisher", false);
        List<String> commonCodes = fm.list("common_codes");
        Map<String, Integer> commonCodeLines = new TreeMap<>();
        if (fm.entry("common_codes") != null && fm.entry("common_codes").node() instanceof SequenceNode seq) {
            for (Node n : seq.getValue()) {
                if (n instanceof ScalarNode c)
                    commonCodeLines.putIfAbsent(c.getValue().trim(), fm.lineOf(n));
            }
        }
        return new SiteSettings(
                name,
                tagline == null ? "" : tagline,
                trimSlash(baseUrl),
                language == null ? "en" : language,
                showCms == null || showCms,
                apmCf,
                publisher == null ? name : publisher,
                navigation,
                cta,
                fm.list("notices"),
                commonCodes,
                workGpci,
                checks,
                hosting,
                commonCodeLines,
                optIn(fm, "markdown", "unsafe_html"),
                optIn(fm, "templates", "allow_java"),
                optIn(fm, "static", "allow_scripts"),
                releases(fm, file, problems),
                links);
    }

    /**
     * The {@code url} of a mapping, with its line, when it is a path of the site (checked once the site is made).
     * A path relative to the page is an error: the navigation and the call to action show on every page, where it
     * would lead to as many addresses.
     */
    private static void internal(FrontMatter link, String file, List<SourceLink> links, Problems problems) {
        FrontMatter.Entry url = link.entry("url");
        if (url == null || !(url.node() instanceof ScalarNode s)) return;
        String value = s.getValue().trim();
        if (value.startsWith("/") && !value.startsWith("//")) {
            links.add(new SourceLink(value, file, url.line()));
        } else if (UrlPath.isRelativePath(value)) {
            problems.error(
                    file,
                    url.line(),
                    "url '" + Markdown.printable(value)
                            + "' is relative to the page, and this link shows on every page",
                    "write the path from the site's root, such as /about/ (a link to another site begins with https://)");
        }
    }

    /**
     * {@code releases:}, each path with its line. An empty list is refused: without it the build would quietly
     * build the sample release.
     */
    private static List<SiteSettings.ReleasePath> releases(FrontMatter fm, String file, Problems problems) {
        fm.list("releases"); // reports what is not a list of texts
        FrontMatter.Entry e = fm.entry("releases");
        if (e != null && e.node() instanceof SequenceNode seq && seq.getValue().isEmpty()) {
            problems.error(
                    file,
                    e.line(),
                    "'releases' is an empty list",
                    "name the CMS releases to build, relative to this folder (releases: [../data/rvu26]), or "
                            + "delete the line to build the sample");
        }
        List<SiteSettings.ReleasePath> lines = new ArrayList<>();
        if (e != null && e.node() instanceof SequenceNode seq) {
            for (Node n : seq.getValue()) {
                if (n instanceof ScalarNode p && !p.getValue().isBlank()) {
                    lines.add(new SiteSettings.ReleasePath(p.getValue().trim(), fm.lineOf(n)));
                }
            }
        }
        return lines;
    }

    /** False, with a warning that {@code what} is left out, when the {@code url} of a mapping is not safe. */
    private static boolean safe(FrontMatter link, String file, Problems problems, String what) {
        FrontMatter.Entry url = link.entry("url");
        if (url == null || !(url.node() instanceof ScalarNode s)) return true; // reported as missing or not text
        String refusal = SafeUrl.refusal(s.getValue().trim());
        if (refusal == null) return true;
        problems.warning(
                file,
                url.line(),
                "url '" + Markdown.printable(s.getValue().trim()) + "' refused, " + what + " is left out: " + refusal,
                "use an http, https, mailto or tel URL, or a path of this site such as " + "/search/");
        return false;
    }

    /** {@code group: { key: true }}, a setting that lowers a safe default; false when absent. */
    private static boolean optIn(FrontMatter fm, String group, String key) {
        FrontMatter.Entry e = fm.entry(group);
        if (e == null) return false;
        FrontMatter settings = fm.nested(e.node(), Set.of(key));
        Boolean value = settings == null ? null : settings.bool(key);
        return value != null && value;
    }

    /** {@code json_twins: per_code|per_range|none}; per_code when absent. */
    private static Hosting.JsonTwins jsonTwins(FrontMatter fm, String file, Problems problems) {
        String value = fm.text("json_twins", false);
        if (value == null || value.isEmpty()) return Hosting.JsonTwins.PER_CODE;
        Hosting.JsonTwins j = Hosting.JsonTwins.of(value);
        if (j == null) {
            problems.error(
                    file,
                    fm.entry("json_twins").line(),
                    "json_twins '" + value + "' is none of " + String.join(", ", Hosting.JsonTwins.keys()),
                    Suggest.nearest(value, Hosting.JsonTwins.keys())
                                    .map(k -> "did you mean '" + k + "'? ")
                                    .orElse("") + "write json_twins: per_code (a JSON file "
                            + "per code), per_range (one per range, for hosts with a file limit) or none");
            return Hosting.JsonTwins.PER_CODE;
        }
        return j;
    }

    /** {@code redirects: plain|forced}; plain when absent. */
    private static boolean forcedRedirects(FrontMatter fm, String file, Problems problems) {
        String value = fm.text("redirects", false);
        if (value == null || value.isEmpty() || value.equals("plain")) return false;
        if (value.equals("forced")) return true;
        problems.error(
                file,
                fm.entry("redirects").line(),
                "redirects '" + value + "' is none of " + String.join(", ", Hosting.REDIRECTS),
                Suggest.nearest(value, Hosting.REDIRECTS)
                                .map(k -> "did you mean '" + k + "'? ")
                                .orElse("") + "write redirects: plain (Cloudflare Pages and the default) or forced "
                        + "(Netlify, so that a deleted code's redirect applies over its page)");
        return false;
    }

    /** {@code precompress: [gzip, brotli]}; nothing when absent. */
    private static Set<Hosting.Compression> precompress(FrontMatter fm, String file, Problems problems) {
        Set<Hosting.Compression> formats = new LinkedHashSet<>();
        for (String value : fm.list("precompress")) {
            Hosting.Compression c = Hosting.Compression.of(value);
            if (c == null) {
                problems.error(
                        file,
                        fm.entry("precompress").line(),
                        "precompress names '" + value + "', neither gzip nor brotli",
                        Suggest.nearest(value, Hosting.Compression.keys())
                                        .map(k -> "did you mean '" + k + "'? ")
                                        .orElse("")
                                + "write precompress: [gzip, brotli], "
                                + "or leave it out (CDNs compress on the fly)");
            } else {
                formats.add(c);
            }
        }
        return formats;
    }

    /**
     * {@code checks: { title_length: warning, page_weight: warning }}: the page rules reported as warnings
     * instead of failing the build. Rule names and levels are checked strictly.
     */
    private static Map<CheckRule, CheckRule.Level> checks(FrontMatter fm, String file, Problems problems) {
        Map<CheckRule, CheckRule.Level> checks = new TreeMap<>();
        FrontMatter.Entry e = fm.entry("checks");
        if (e == null) return checks;
        String example = "write it as checks: { title_length: warning, page_weight: warning }";
        if (!(e.node() instanceof MappingNode)) {
            problems.error(file, e.line(), "checks must map rule names to error or warning", example);
            return checks;
        }
        FrontMatter rules = fm.nested(e.node(), new LinkedHashSet<>(CheckRule.keys()));
        if (rules == null) return checks;
        List<String> levels = List.of(CheckRule.Level.ERROR.key(), CheckRule.Level.WARNING.key());
        for (String key : rules.keys()) {
            String value = rules.text(key, true);
            if (value == null || value.isEmpty()) continue;
            CheckRule.Level level = CheckRule.Level.of(value);
            if (level == null) {
                problems.error(
                        file,
                        rules.entry(key).line(),
                        "checks: " + key + " is '" + value + "', neither error nor warning",
                        Suggest.nearest(value, levels)
                                        .map(k -> "did you mean '" + k + "'? ")
                                        .orElse("") + "write " + key + ": warning (reported, "
                                + "the site is written) or " + key + ": error (the build fails, the default)");
                continue;
            }
            checks.put(CheckRule.of(key), level);
        }
        return checks;
    }

    /** {@code work_gpci: auto|floor|no_floor}; auto when absent (the GPCI file's note on the floor decides). */
    private static SiteSettings.WorkGpci workGpci(FrontMatter fm, String file, Problems problems) {
        if (!fm.has("work_gpci")) return SiteSettings.WorkGpci.AUTO;
        String value = fm.text("work_gpci", true);
        if (value == null || value.isEmpty()) return SiteSettings.WorkGpci.AUTO;
        SiteSettings.WorkGpci w = SiteSettings.WorkGpci.of(value);
        if (w == null) {
            problems.error(
                    file,
                    fm.entry("work_gpci").line(),
                    "work_gpci '" + value + "' is none of auto, floor and no_floor",
                    Suggest.nearest(value, List.of("auto", "floor", "no_floor"))
                                    .map(k -> "did you mean '" + k + "'? ")
                                    .orElse("")
                            + "write work_gpci: auto (as the GPCI file's note dates the floor), floor (the work GPCI "
                            + "with the 1.0 floor, as in CMS's worked example) or no_floor (the work GPCI without it)");
        }
        return w == null ? SiteSettings.WorkGpci.AUTO : w;
    }

    /** {@code qualifying_apm_cf: { 2026: 33.5675 }}: one CF per year, since each year has its own. */
    private static Map<Integer, BigDecimal> apmCf(FrontMatter fm, String file, Problems problems) {
        Map<Integer, BigDecimal> byYear = new TreeMap<>();
        FrontMatter.Entry e = fm.entry("qualifying_apm_cf");
        if (e == null) return byYear;
        String fix = "write it by year, e.g. qualifying_apm_cf: { 2026: 33.5675 }";
        if (!(e.node() instanceof MappingNode map)) {
            problems.error(file, e.line(), "qualifying_apm_cf must give the CF by year", fix);
            return byYear;
        }
        for (NodeTuple t : map.getValue()) {
            String year = t.getKeyNode() instanceof ScalarNode k ? k.getValue() : "";
            String cf = t.getValueNode() instanceof ScalarNode v ? v.getValue() : "";
            if (!year.matches("20\\d\\d") || !cf.matches("\\d+\\.\\d+")) {
                problems.error(
                        file,
                        fm.lineOf(t.getKeyNode()),
                        "qualifying_apm_cf entry '" + year + ": " + cf + "' is not a year and a CF",
                        fix);
                continue;
            }
            if (byYear.put(Integer.valueOf(year), new BigDecimal(cf)) != null) {
                problems.error(
                        file,
                        fm.lineOf(t.getKeyNode()),
                        "qualifying_apm_cf gives " + year + " twice",
                        "keep one CF per year");
            }
        }
        return byYear;
    }

    /** Well-formed BCP 47 (what {@code lang} takes), e.g. en, en-US, zh-Hant-TW; not en_US or "en us". */
    private static boolean isLanguageTag(String tag) {
        try {
            new Locale.Builder().setLanguageTag(tag);
            return !tag.isEmpty();
        } catch (IllformedLocaleException e) {
            return false;
        }
    }

    private static String trimSlash(String url) {
        return url == null ? null : url.replaceAll("/+$", "");
    }
}
