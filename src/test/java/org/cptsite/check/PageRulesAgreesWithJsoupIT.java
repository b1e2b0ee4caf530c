package org.cptsite.check;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.cptsite.Sites;
import org.cptsite.model.CheckRule;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every HTML page of the sample site, built: what {@link PageRules} reads from it with its own tokenizer (title,
 * description, links, ids) is what jsoup's DOM gives, and the page breaks no rule. The same pages changed to
 * break a rule get the messages that rule makes from jsoup's DOM, with the headings, captions and svgs of the
 * real pages.
 */
class PageRulesAgreesWithJsoupIT {
    private static final Set<String> SCOPES = Set.of("col", "row", "colgroup", "rowgroup");

    @TempDir
    static Path tmp;
    /** The HTML of each page, by URL. */
    private static final Map<String, String> PAGES = new TreeMap<>();

    @BeforeAll
    static void buildTheSample() throws IOException {
        Path site = tmp.resolve("site");
        Sites.build(Sites.SAMPLE, Sites.CONTENT, site, LocalDate.of(2026, 1, 15));
        try (Stream<Path> files = Files.walk(site)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                String path = site.relativize(p).toString().replace('\\', '/');
                PAGES.put(
                        "/" + (path.endsWith("index.html") ? path.substring(0, path.length() - 10) : path),
                        Files.readString(p));
            }
        }
    }

    @Test
    void readsWhatJsoupReads() {
        assertTrue(PAGES.size() > 369, "every code has a page, and there are list pages: " + PAGES.size());
        PAGES.forEach((url, html) -> {
            PageRules.Result r = PageRules.check(url, html.getBytes(StandardCharsets.UTF_8), Sites.BASE_URL);
            Document doc = Jsoup.parse(html);
            assertEquals(List.of(), r.violations(), url);
            assertEquals(doc.title(), r.title(), url);
            assertEquals(description(doc), r.description(), url);
            assertEquals(links(doc), r.links(), url);
            assertArrayEquals(ids(doc), r.ids(), url);
        });
    }

    @Test
    void aSkippedHeadingLevelIsNamedByItsText() {
        breakEveryPage(
                CheckRule.HEADING_ORDER,
                html -> html.replaceFirst("<h2([ >])", "<h4$1").replaceFirst("</h2>", "</h4>"),
                PageRulesAgreesWithJsoupIT::headingOrder);
    }

    @Test
    void aTableWithoutScopesIsNamedByItsCaption() {
        breakEveryPage(
                CheckRule.TABLE_HEADERS,
                html -> html.replace(" scope=\"col\"", "").replace(" scope=\"row\"", ""),
                PageRulesAgreesWithJsoupIT::tableHeaders);
    }

    @Test
    void anSvgWithoutItsTitle() {
        breakEveryPage(
                CheckRule.SVG_TITLE,
                html -> html.replaceAll("<title[^>]*>[^<]*</title>", ""),
                PageRulesAgreesWithJsoupIT::svgTitles);
    }

    @Test
    void anImageWithoutAltOrSize() {
        breakEveryPage(
                CheckRule.IMG_ALT,
                html -> html.replace(
                        "<main id=\"main\">",
                        "<main id=\"main\"><img src=\"/a.png?x=1&amp;y=2\">"
                                + "<img src=\"/b.png\" alt=\"\" width=\"1\" height=\"1\">"),
                doc -> doc.select("img:not([alt])").eachAttr("src").stream()
                        .map(src -> "has an image without alt: " + src + " (alt=\"\" for a decorative one)")
                        .toList());
    }

    /**
     * Changes every page with {@code change}; the violations of {@code rule} must be the messages
     * {@code expected} makes from jsoup's DOM of the changed page, and the change must break the rule somewhere.
     */
    private static void breakEveryPage(
            CheckRule rule, UnaryOperator<String> change, Function<Document, List<String>> expected) {
        int broken = 0;
        for (Map.Entry<String, String> page : PAGES.entrySet()) {
            String html = change.apply(page.getValue());
            List<String> messages =
                    PageRules.check(page.getKey(), html.getBytes(StandardCharsets.UTF_8), Sites.BASE_URL)
                            .violations()
                            .stream()
                            .filter(v -> v.rule() == rule)
                            .map(PageRules.Violation::message)
                            .toList();
            assertEquals(expected.apply(Jsoup.parse(html)), messages, page.getKey());
            broken += messages.isEmpty() ? 0 : 1;
        }
        assertTrue(broken > 0, "no page broke " + rule);
    }

    // ---- the reference: jsoup's DOM ----

    private static String description(Document doc) {
        Element meta = doc.selectFirst("meta[name=description]");
        return meta == null ? "" : meta.attr("content").trim();
    }

    /** The root-relative hrefs of links, areas and link elements but the canonical one, then every /assets/ value. */
    private static List<String> links(Document doc) {
        List<String> links = new ArrayList<>();
        for (Element e : doc.select("a[href], area[href], link[href]")) {
            String href = e.attr("href");
            if (!e.attr("rel").equals("canonical") && href.startsWith("/") && !href.startsWith("//")) links.add(href);
        }
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                if (a.getValue().startsWith("/assets/")) links.add(a.getValue());
            }
        }
        return links;
    }

    private static String[] ids(Document doc) {
        Set<String> ids = new TreeSet<>(doc.select("[id]").eachAttr("id"));
        return ids.toArray(String[]::new);
    }

    private static List<String> headingOrder(Document doc) {
        List<String> messages = new ArrayList<>();
        int previous = 0;
        for (Element h : doc.select("h1, h2, h3, h4, h5, h6")) {
            int level = h.tagName().charAt(1) - '0';
            if (level > previous + 1) {
                messages.add((previous == 0 ? "starts with" : "goes from h" + previous + " to") + " h" + level + " (\""
                        + h.text() + "\"), skipping a level");
            }
            previous = level;
        }
        return messages;
    }

    private static List<String> tableHeaders(Document doc) {
        List<String> messages = new ArrayList<>();
        for (Element table : doc.select("table")) {
            Element caption = table.selectFirst("caption");
            String name = caption == null ? "a table" : "table \"" + caption.text() + "\"";
            long unscoped = table.select("th").stream()
                    .filter(th -> !SCOPES.contains(th.attr("scope")))
                    .count();
            if (table.select("th").isEmpty()) messages.add(name + " has no header cells (th)");
            if (unscoped > 0) {
                messages.add(name + " has " + unscoped + " header cell(s) without scope=\"col\" or scope=\"row\"");
            }
        }
        return messages;
    }

    private static List<String> svgTitles(Document doc) {
        List<String> messages = new ArrayList<>();
        for (Element svg : doc.select("svg")) {
            if (svg.parents().stream().anyMatch(p -> p.nameIs("svg"))) continue;
            String name = svg.id().isEmpty() ? "an inline svg" : "the inline svg #" + svg.id();
            Element title = svg.children().stream()
                    .filter(c -> c.nameIs("title"))
                    .findFirst()
                    .orElse(null);
            if (svg.attr("role").equals("img")) {
                if (title == null || title.text().isBlank()) messages.add(name + " has role=img but no <title>");
            } else if (!svg.attr("aria-hidden").equals("true")) {
                messages.add(name + " is neither role=img (with a <title>) nor aria-hidden=\"true\"");
            }
        }
        return messages;
    }
}
