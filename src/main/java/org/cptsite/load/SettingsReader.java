package org.cptsite.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cptsite.model.Problems;
import org.cptsite.model.SiteSettings;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads {@code content/site.yml}, the site-wide settings. */
final class SettingsReader {
    static final Set<String> KEYS = new LinkedHashSet<>(List.of("name", "tagline", "base_url", "language",
            "show_cms_descriptors", "qualifying_apm_cf", "publisher", "navigation", "call_to_action", "notices",
            "common_codes"));
    private static final Set<String> LINK_KEYS = new LinkedHashSet<>(List.of("title", "url"));
    private static final Set<String> CTA_KEYS = new LinkedHashSet<>(List.of("title", "text", "link_text", "url"));

    private SettingsReader() {}

    static SiteSettings read(String file, String text, Problems problems) {
        FrontMatter fm = FrontMatter.parse(file, text, 1, KEYS, problems);
        if (fm == null) return null;
        String name = fm.text("name", true);
        String baseUrl = fm.text("base_url", true);
        if (baseUrl != null && !baseUrl.matches("https?://[^/\\s]+(/[^\\s]*)?")) {
            problems.error(file, fm.entry("base_url").line(), "base_url '" + baseUrl + "' is not an absolute URL",
                    "write it as https://www.example.org");
        }
        String language = fm.text("language", false);
        Boolean showCms = fm.bool("show_cms_descriptors");
        Map<Integer, BigDecimal> apmCf = apmCf(fm, file, problems);
        List<SiteSettings.Link> navigation = new ArrayList<>();
        for (Node item : fm.items("navigation")) {
            FrontMatter link = fm.nested(item, LINK_KEYS);
            if (link != null) navigation.add(new SiteSettings.Link(link.text("title", true), link.text("url", true)));
        }
        SiteSettings.CallToAction cta = null;
        if (fm.has("call_to_action")) {
            FrontMatter c = fm.nested(fm.entry("call_to_action").node(), CTA_KEYS);
            if (c != null) {
                cta = new SiteSettings.CallToAction(c.text("title", true), c.text("text", true),
                        c.text("link_text", true), c.text("url", true));
            }
        }
        String tagline = fm.text("tagline", false);
        String publisher = fm.text("publisher", false);
        return new SiteSettings(name, tagline == null ? "" : tagline, trimSlash(baseUrl),
                language == null ? "en" : language, showCms == null || showCms, apmCf,
                publisher == null ? name : publisher, navigation, cta, fm.list("notices"), fm.list("common_codes"));
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
                problems.error(file, fm.lineOf(t.getKeyNode()), "qualifying_apm_cf entry '" + year + ": " + cf
                        + "' is not a year and a CF", fix);
                continue;
            }
            byYear.put(Integer.valueOf(year), new BigDecimal(cf));
        }
        return byYear;
    }

    private static String trimSlash(String url) {
        return url == null ? null : url.replaceAll("/+$", "");
    }
}
