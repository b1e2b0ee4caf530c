package org.cptsite.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.cptsite.model.CheckRule;
import org.cptsite.model.CheckRule.Limits;
import org.cptsite.model.CodeSystem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

/**
 * The rules one page must meet on its own, each violation named by its {@link CheckRule}. Links to other
 * pages, their #anchors and the uniqueness of titles and descriptions are checked by {@link CheckingOutput}
 * once every page exists.
 */
final class PageRules {
    /** One broken rule on a page. */
    record Violation(CheckRule rule, String message) {}

    /**
     * What a page yields: its violations, the internal links it makes (root-relative, with any #anchor), its
     * title and description, and its ids (sorted, for links from other pages to its #anchors).
     */
    record Result(List<Violation> violations, List<String> links, String title, String description, String[] ids) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    /** An asset under a content-hashed name: /assets/site.0123456789.css. */
    private static final Pattern HASHED_ASSET = Pattern.compile("/assets/[^/?#]+\\.[0-9a-f]{8,}\\.[a-z0-9]+");
    private static final Set<String> SCOPES = Set.of("col", "row", "colgroup", "rowgroup");
    private static final Set<String> UNLABELLED_INPUTS = Set.of("hidden", "submit", "button", "reset", "image");

    private PageRules() {}

    /** Whether {@code url} is the page of a code (/cpt/38900/, /hcpcs/G0105/), which has its own budget and JSON-LD. */
    static boolean isCodePage(String url) {
        for (CodeSystem s : CodeSystem.values()) {
            String prefix = "/" + s.folder() + "/";
            if (url.startsWith(prefix) && url.endsWith("/") && url.length() > prefix.length()
                    && url.indexOf('/', prefix.length()) == url.length() - 1) {
                return true;
            }
        }
        return false;
    }

    /** The code of a code page's URL. */
    private static String codeOf(String url) {
        return url.substring(url.indexOf('/', 1) + 1, url.length() - 1);
    }

    static Result check(String url, String html, String baseUrl) {
        Document doc = Jsoup.parse(html);
        // One walk over the document, in document order, gathering what the rules below need.
        Scan scan = new Scan();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element e) scan.visit(e);
        }, doc);
        List<Violation> v = new ArrayList<>();
        boolean codePage = isCodePage(url);

        if (scan.h1 != 1) v.add(new Violation(CheckRule.H1, "has " + scan.h1 + " h1 elements; a page has exactly one"));

        String title = doc.title().trim();
        if (title.isEmpty()) {
            v.add(new Violation(CheckRule.TITLE, "has no <title>"));
        } else {
            int n = title.codePointCount(0, title.length());
            if (n > Limits.TITLE_MAX) {
                v.add(new Violation(CheckRule.TITLE_LENGTH, "the title has " + n + " characters, more than "
                        + Limits.TITLE_MAX + ": \"" + title + "\""));
            }
        }

        String desc = scan.description == null ? "" : scan.description.attr("content").trim();
        if (desc.isEmpty()) {
            v.add(new Violation(CheckRule.DESCRIPTION, "has no meta description"));
        } else {
            int n = desc.codePointCount(0, desc.length());
            if (n < Limits.DESCRIPTION_MIN || n > Limits.DESCRIPTION_MAX) {
                v.add(new Violation(CheckRule.DESCRIPTION_LENGTH, "the meta description has " + n + " characters, "
                        + (n < Limits.DESCRIPTION_MIN ? "fewer than " + Limits.DESCRIPTION_MIN
                                : "more than " + Limits.DESCRIPTION_MAX) + ": \"" + desc + "\""));
            }
        }

        String expected = baseUrl + url;
        String canonical = scan.canonical == null ? null : scan.canonical.attr("href");
        if (canonical == null) {
            v.add(new Violation(CheckRule.CANONICAL, "has no canonical URL; expected " + expected));
        } else if (!isAbsolute(canonical)) {
            v.add(new Violation(CheckRule.CANONICAL, "the canonical URL " + canonical
                    + " is not absolute (http or https, with a host)"));
        } else if (!canonical.equals(expected)) {
            v.add(new Violation(CheckRule.CANONICAL, "the canonical URL is " + canonical + ", expected " + expected));
        }

        if (!scan.lang) v.add(new Violation(CheckRule.LANG, "has no lang attribute on <html>"));

        Set<String> ids = new HashSet<>();
        for (String id : scan.ids) {
            if (!ids.add(id)) v.add(new Violation(CheckRule.DUPLICATE_ID, "has the id '" + id + "' twice"));
        }

        List<String> links = new ArrayList<>();
        for (String href : scan.hrefs) {
            if (href.startsWith("#")) {
                if (href.length() > 1 && !ids.contains(href.substring(1))) {
                    v.add(new Violation(CheckRule.ANCHORS, "links to " + href + ", an id this page does not have"));
                }
            } else if (href.startsWith("/") && !href.startsWith("//")) {
                links.add(href);
            }
        }
        links.addAll(scan.assetRefs);

        jsonLd(scan, url, codePage, canonical, v);

        for (Element img : scan.images) {
            if (!img.hasAttr("alt")) {
                v.add(new Violation(CheckRule.IMG_ALT, "has an image without alt: " + img.attr("src")
                        + " (alt=\"\" for a decorative one)"));
            }
            if (!img.hasAttr("width") || !img.hasAttr("height")) {
                v.add(new Violation(CheckRule.LAYOUT_SHIFT, "has an image without width and height: "
                        + img.attr("src")));
            }
        }
        for (Element svg : scan.svgs) {
            String name = svg.id().isEmpty() ? "an inline svg" : "the inline svg #" + svg.id();
            if (svg.attr("role").equals("img")) {
                Element t = svg.children().stream().filter(c -> c.normalName().equals("title")).findFirst().orElse(null);
                if (t == null || t.text().isBlank()) {
                    v.add(new Violation(CheckRule.SVG_TITLE, name + " has role=img but no <title>"));
                }
            } else if (!svg.attr("aria-hidden").equals("true")) {
                v.add(new Violation(CheckRule.SVG_TITLE, name + " is neither role=img (with a <title>) nor "
                        + "aria-hidden=\"true\""));
            }
            if (!svg.hasAttr("width") || !svg.hasAttr("height")) {
                v.add(new Violation(CheckRule.LAYOUT_SHIFT, name + " has no width and height attributes"));
            }
        }

        int previous = 0;
        for (Element h : scan.headings) {
            int level = h.normalName().charAt(1) - '0';
            if (level > previous + 1) {
                v.add(new Violation(CheckRule.HEADING_ORDER, (previous == 0 ? "starts with" : "goes from h" + previous
                        + " to") + " h" + level + " (\"" + h.text() + "\"), skipping a level"));
            }
            previous = level;
        }

        for (Element table : scan.tables) {
            String name = table.selectFirst("caption") != null ? "table \"" + table.selectFirst("caption").text() + "\""
                    : "a table";
            List<Element> headers = table.select("th");
            if (headers.isEmpty()) {
                v.add(new Violation(CheckRule.TABLE_HEADERS, name + " has no header cells (th)"));
            }
            long unscoped = headers.stream().filter(th -> !SCOPES.contains(th.attr("scope"))).count();
            if (unscoped > 0) {
                v.add(new Violation(CheckRule.TABLE_HEADERS, name + " has " + unscoped
                        + " header cell(s) without scope=\"col\" or scope=\"row\""));
            }
        }

        for (Element control : scan.controls) {
            boolean labelled = !control.attr("aria-label").isBlank() || !control.attr("aria-labelledby").isBlank()
                    || (!control.id().isEmpty() && scan.labelFor.contains(control.id()))
                    || control.closest("label") != null;
            if (!labelled) {
                v.add(new Violation(CheckRule.CONTROL_LABELS, "has a form control <" + control.normalName()
                        + (control.id().isEmpty() ? "" : " id=\"" + control.id() + "\"")
                        + (control.hasAttr("name") ? " name=\"" + control.attr("name") + "\"" : "")
                        + "> without a label"));
            }
        }
        for (String forId : scan.labelFor) {
            if (!ids.contains(forId)) {
                v.add(new Violation(CheckRule.CONTROL_LABELS, "has a label for '" + forId + "', an id this page does not have"));
            }
        }

        for (Element script : scan.scripts) {
            if (!script.hasAttr("defer") && !script.hasAttr("async") && !script.attr("type").equals("module")) {
                v.add(new Violation(CheckRule.RENDER_BLOCKING, "loads " + script.attr("src")
                        + " without defer or async, which blocks rendering"));
            }
        }
        for (String ref : scan.external) {
            v.add(new Violation(CheckRule.HASHED_ASSETS, "loads " + ref + " from another site; serve it from "
                    + "/assets/ under a content-hashed name"));
        }
        for (String ref : scan.assetRefs) {
            if (!HASHED_ASSET.matcher(ref).matches()) {
                v.add(new Violation(CheckRule.HASHED_ASSETS, "refers to " + ref + ", not a content-hashed asset name"));
            }
        }

        int bytes = utf8Length(html);
        int budget = (codePage ? Limits.CODE_PAGE_KB : Limits.LIST_PAGE_KB) * 1024;
        if (bytes > budget) {
            v.add(new Violation(CheckRule.PAGE_WEIGHT, "has " + kb(bytes) + " of HTML, more than the "
                    + (codePage ? "code page" : "list page") + " budget of " + kb(budget)));
        }

        String[] idArray = ids.toArray(String[]::new);
        Arrays.sort(idArray);
        return new Result(v, links, title, desc, idArray);
    }

    /** The JSON-LD must parse, and describe the page: breadcrumbs, code, FAQ. */
    private static void jsonLd(Scan scan, String url, boolean codePage, String canonical, List<Violation> v) {
        if (scan.jsonLd.isEmpty()) {
            v.add(new Violation(CheckRule.JSON_LD, "has no JSON-LD"));
            return;
        }
        List<JsonNode> nodes = new ArrayList<>();
        for (String text : scan.jsonLd) {
            try {
                JsonNode root = JSON.readTree(text);
                if (root == null || !(root.isObject() || root.isArray())) {
                    v.add(new Violation(CheckRule.JSON_LD, "has JSON-LD that is not an object"));
                    continue;
                }
                collect(root, nodes);
            } catch (JsonProcessingException e) {
                v.add(new Violation(CheckRule.JSON_LD, "has JSON-LD that does not parse: "
                        + e.getOriginalMessage()));
            }
        }
        JsonNode breadcrumbs = ofType(nodes, "BreadcrumbList");
        if (breadcrumbs == null) {
            v.add(new Violation(CheckRule.JSON_LD, "has no BreadcrumbList in its JSON-LD"));
        } else if (!breadcrumbs.path("itemListElement").isArray() || breadcrumbs.path("itemListElement").isEmpty()) {
            v.add(new Violation(CheckRule.JSON_LD, "has a BreadcrumbList without items"));
        }
        if (codePage) {
            JsonNode page = ofType(nodes, "MedicalWebPage");
            if (page == null) {
                v.add(new Violation(CheckRule.JSON_LD, "is a code page without a MedicalWebPage in its JSON-LD"));
            } else if (!hasType(page.path("about"), "MedicalCode")) {
                v.add(new Violation(CheckRule.JSON_LD, "has a MedicalWebPage that is not about a MedicalCode"));
            } else if (!page.path("about").path("codeValue").asText().equals(codeOf(url))
                    || page.path("about").path("codingSystem").asText().isEmpty()) {
                v.add(new Violation(CheckRule.JSON_LD, "has a MedicalCode whose codeValue is not " + codeOf(url)
                        + " or that has no codingSystem"));
            }
        }
        for (JsonNode n : nodes) {
            String type = n.path("@type").asText();
            if (type.endsWith("Page") && !type.equals("FAQPage") && n.has("url") && canonical != null
                    && !n.path("url").asText().equals(canonical)) {
                v.add(new Violation(CheckRule.JSON_LD, "has a " + type + " whose url " + n.path("url").asText()
                        + " is not the canonical URL " + canonical));
            }
        }
        JsonNode faq = ofType(nodes, "FAQPage");
        if (scan.faqSection != null) {
            long questions = scan.faqSection.select("h3").size();
            if (faq == null) {
                v.add(new Violation(CheckRule.JSON_LD, "has an FAQ section but no FAQPage in its JSON-LD"));
            } else if (faq.path("mainEntity").size() != questions) {
                v.add(new Violation(CheckRule.JSON_LD, "has an FAQPage with " + faq.path("mainEntity").size()
                        + " questions for the " + questions + " of its FAQ section"));
            }
        } else if (faq != null) {
            v.add(new Violation(CheckRule.JSON_LD, "has an FAQPage in its JSON-LD but no FAQ section (id=\"faq\")"));
        }
    }

    /** The objects of a JSON-LD document: the root, the members of an @graph, the items of an array. */
    private static void collect(JsonNode node, List<JsonNode> into) {
        if (node.isArray()) {
            node.forEach(n -> collect(n, into));
        } else if (node.isObject()) {
            if (node.has("@graph")) collect(node.get("@graph"), into);
            if (node.has("@type")) into.add(node);
        }
    }

    private static JsonNode ofType(List<JsonNode> nodes, String type) {
        return nodes.stream().filter(n -> hasType(n, type)).findFirst().orElse(null);
    }

    private static boolean hasType(JsonNode node, String type) {
        JsonNode t = node.path("@type");
        if (t.isArray()) {
            for (JsonNode x : t) {
                if (x.asText().equals(type)) return true;
            }
            return false;
        }
        return t.asText().equals(type);
    }

    private static boolean isAbsolute(String url) {
        try {
            URI u = new URI(url);
            return ("https".equals(u.getScheme()) || "http".equals(u.getScheme())) && u.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The number of bytes of {@code s} in UTF-8, without encoding it. */
    static int utf8Length(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    static String kb(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }

    /** What the rules need from a document, gathered in one walk. */
    private static final class Scan {
        int h1;
        Element description;
        Element canonical;
        boolean lang;
        Element faqSection;
        final List<String> ids = new ArrayList<>();
        final List<String> hrefs = new ArrayList<>();
        final List<String> assetRefs = new ArrayList<>();
        final List<String> external = new ArrayList<>();
        final List<String> jsonLd = new ArrayList<>();
        final List<Element> headings = new ArrayList<>();
        final List<Element> images = new ArrayList<>();
        final List<Element> svgs = new ArrayList<>();
        final List<Element> tables = new ArrayList<>();
        final List<Element> controls = new ArrayList<>();
        final Set<String> labelFor = new HashSet<>();
        final List<Element> scripts = new ArrayList<>();

        void visit(Element e) {
            String tag = e.normalName();
            String id = e.id();
            if (!id.isEmpty()) {
                ids.add(id);
                if (id.equals("faq") && faqSection == null) faqSection = e;
            }
            for (Attribute a : e.attributes()) {
                String value = a.getValue();
                if (value.startsWith("/assets/")) assetRefs.add(value);
            }
            switch (tag) {
                case "html" -> lang = lang || !e.attr("lang").isBlank();
                case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                    if (tag.equals("h1")) h1++;
                    headings.add(e);
                }
                case "meta" -> {
                    if (description == null && e.attr("name").equals("description")) description = e;
                }
                case "link" -> {
                    String rel = e.attr("rel");
                    if (canonical == null && rel.equals("canonical")) {
                        canonical = e;
                    } else {
                        if (e.hasAttr("href")) hrefs.add(e.attr("href"));
                        if (isExternal(e.attr("href")) && (rel.contains("stylesheet") || rel.contains("preload"))) {
                            external.add(e.attr("href"));
                        }
                    }
                }
                case "a", "area" -> {
                    if (e.hasAttr("href")) hrefs.add(e.attr("href"));
                }
                case "script" -> {
                    if (e.hasAttr("src")) {
                        scripts.add(e);
                        if (isExternal(e.attr("src"))) external.add(e.attr("src"));
                    } else if (e.attr("type").equals("application/ld+json")) {
                        jsonLd.add(e.data());
                    }
                }
                case "img" -> images.add(e);
                case "svg" -> {
                    if (e.parents().stream().noneMatch(p -> p.normalName().equals("svg"))) svgs.add(e);
                }
                case "table" -> tables.add(e);
                case "select", "textarea" -> controls.add(e);
                case "input" -> {
                    if (!UNLABELLED_INPUTS.contains(e.attr("type").toLowerCase(java.util.Locale.ROOT))) controls.add(e);
                }
                case "label" -> {
                    if (e.hasAttr("for")) labelFor.add(e.attr("for"));
                }
                default -> { }
            }
        }

        private static boolean isExternal(String url) {
            return url.startsWith("http:") || url.startsWith("https:") || url.startsWith("//");
        }
    }
}
