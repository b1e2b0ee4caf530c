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
import org.cptsite.check.HtmlScanner.StartTag;
import org.cptsite.check.HtmlScanner.TextContent;
import org.cptsite.check.HtmlScanner.Token;
import org.cptsite.model.CheckRule;
import org.cptsite.model.CheckRule.Limits;
import org.cptsite.model.CodeSystem;
import org.cptsite.render.BasePath;

/**
 * The rules one page must meet on its own, each violation named by its {@link CheckRule}. Links to other
 * pages, their #anchors and the uniqueness of titles and descriptions are checked by {@link CheckingOutput}
 * once every page exists.
 */
final class PageRules {
    /** One broken rule on a page. */
    /** A rule broken, and for a broken link or anchor the link as written ({@code link} null otherwise). */
    record Violation(CheckRule rule, String message, String link) {
        Violation(CheckRule rule, String message) {
            this(rule, message, null);
        }
    }

    /**
     * What a page yields: its violations, the internal links it makes (root-relative, with any #anchor), its
     * title and description, and its ids (sorted, for links from other pages to its #anchors).
     */
    record Result(List<Violation> violations, List<String> links, String title, String description, String[] ids) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    /** An asset under a content-hashed name: /assets/site.0123456789.css. */
    private static final String ASSETS = "/assets/";
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

    /** Checks the page served at {@code url}, given as its UTF-8 bytes. */
    static Result check(String url, byte[] page, String baseUrl) {
        return check(url, page, baseUrl, BasePath.of(baseUrl));
    }

    /**
     * The same, for a site under {@code base}: its links are under the base path, and are returned as site
     * URLs ({@code /fees/cpt/38900/} as {@code /cpt/38900/}); a root-relative link outside the path is broken.
     */
    static Result check(String url, byte[] page, String baseUrl, BasePath base) {
        // One pass over the page's tokens, in document order, gathering what the rules below need.
        Scan scan = new Scan(page, base);
        List<Violation> v = new ArrayList<>();
        boolean codePage = isCodePage(url);

        if (scan.h1 != 1) v.add(new Violation(CheckRule.H1, "has " + scan.h1 + " h1 elements; a page has exactly one"));

        String title = scan.title == null ? "" : scan.title;
        if (title.isEmpty()) {
            v.add(new Violation(CheckRule.TITLE, "has no <title>"));
        } else {
            int n = title.codePointCount(0, title.length());
            if (n > Limits.TITLE_MAX) {
                v.add(new Violation(CheckRule.TITLE_LENGTH, "the title has " + n + " characters, more than "
                        + Limits.TITLE_MAX + ": \"" + title + "\""));
            }
        }

        String desc = scan.description == null ? "" : scan.description.trim();
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
        String canonical = scan.canonical;
        if (canonical == null) {
            v.add(new Violation(CheckRule.CANONICAL, "has no canonical URL; expected " + expected));
        } else if (!isAbsolute(canonical)) {
            v.add(new Violation(CheckRule.CANONICAL, "the canonical URL " + canonical
                    + " is not absolute (http or https, with a host)"));
        } else if (!canonical.equals(expected)) {
            v.add(new Violation(CheckRule.CANONICAL, "the canonical URL is " + canonical + ", expected " + expected));
        }

        if (!scan.hasLang()) v.add(new Violation(CheckRule.LANG, "has no lang attribute on <html>"));

        Set<String> ids = new HashSet<>();
        for (String id : scan.ids) {
            if (!ids.add(id)) v.add(new Violation(CheckRule.DUPLICATE_ID, "has the id '" + id + "' twice"));
        }

        List<String> links = new ArrayList<>();
        for (String href : scan.hrefs) {
            if (href.startsWith("#")) {
                if (href.length() > 1 && !ids.contains(href.substring(1))) {
                    v.add(new Violation(CheckRule.ANCHORS, "links to " + href + ", an id this page does not have", href));
                }
            } else if (href.startsWith("/") && !href.startsWith("//")) {
                String link = base.siteUrl(href);
                if (link != null) {
                    links.add(link);
                } else {
                    v.add(new Violation(CheckRule.LINKS, "links to " + href + ", outside the site's path "
                            + base.path() + "/ (write links from the site's root, /cpt/38900/: the build puts "
                            + base.path() + " in front)"));
                }
            }
        }
        links.addAll(scan.assetRefs);

        jsonLd(scan, url, codePage, canonical, v);

        for (StartTag img : scan.images) {
            if (!img.hasAttr("alt")) {
                v.add(new Violation(CheckRule.IMG_ALT, "has an image without alt: " + img.attr("src")
                        + " (alt=\"\" for a decorative one)"));
            }
            if (!img.hasAttr("width") || !img.hasAttr("height")) {
                v.add(new Violation(CheckRule.LAYOUT_SHIFT, "has an image without width and height: "
                        + img.attr("src")));
            }
        }
        for (Svg inline : scan.svgs) {
            StartTag svg = inline.tag;
            String name = svg.id().isEmpty() ? "an inline svg" : "the inline svg #" + svg.id();
            if (svg.attr("role").equals("img")) {
                if (inline.title == null || inline.title.toString().isBlank()) {
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
        for (Heading h : scan.headings) {
            int level = h.level();
            if (level > previous + 1) {
                v.add(new Violation(CheckRule.HEADING_ORDER, (previous == 0 ? "starts with" : "goes from h" + previous
                        + " to") + " h" + level + " (\"" + h.text() + "\"), skipping a level"));
            }
            previous = level;
        }

        for (Table table : scan.tables) {
            String name = table.caption != null ? "table \"" + table.caption + "\"" : "a table";
            if (table.headers == 0) {
                v.add(new Violation(CheckRule.TABLE_HEADERS, name + " has no header cells (th)"));
            }
            if (table.unscoped > 0) {
                v.add(new Violation(CheckRule.TABLE_HEADERS, name + " has " + table.unscoped
                        + " header cell(s) without scope=\"col\" or scope=\"row\""));
            }
        }

        for (Control c : scan.controls) {
            StartTag control = c.tag();
            boolean labelled = !control.attr("aria-label").isBlank() || !control.attr("aria-labelledby").isBlank()
                    || (!control.id().isEmpty() && scan.labelFor.contains(control.id()))
                    || c.inLabel();
            if (!labelled) {
                v.add(new Violation(CheckRule.CONTROL_LABELS, "has a form control <" + control.name()
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

        for (StartTag script : scan.scripts) {
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

        int bytes = page.length;
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
        if (scan.faq != null) {
            int questions = scan.faq.questions;
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

    static String kb(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }

    /** A heading, h1 to h6, and its text. */
    private record Heading(int level, TextContent text) {}

    /** A form control, and whether it is inside a label. */
    private record Control(StartTag tag, boolean inLabel) {}

    /** An inline svg that is not in another one, and the text of its first title child, if it has one. */
    private static final class Svg {
        final StartTag tag;
        TextContent title;

        Svg(StartTag tag) {
            this.tag = tag;
        }
    }

    /** A table: the text of its first caption, and its header cells (th), with those of the tables it holds. */
    private static final class Table {
        TextContent caption;
        int headers;
        int unscoped;
    }

    /** The element with id="faq", and the h3 questions in it. */
    private static final class Faq {
        final String tag;
        /** How many elements named like it are open, it included: it ends when this comes back to 0. */
        int open;
        int questions;

        Faq(String tag, boolean empty) {
            this.tag = tag;
            this.open = empty ? 0 : 1;
            this.questions = tag.equals("h3") ? 1 : 0;
        }

        void start(HtmlScanner s) {
            if (open == 0) return;
            if (s.tagName().equals("h3")) questions++;
            if (s.tagName().equals(tag) && !s.isEmptyElement()) open++;
        }

        void end(String name) {
            if (open > 0 && name.equals(tag)) open--;
        }
    }

    /**
     * What the rules need from a page, gathered in one pass over its tokens. No tree: the little structure the
     * rules look into (which heading, caption or svg title the text is in, which tables and labels are open) is
     * tracked for elements whose end tags HTML requires.
     */
    private static final class Scan {
        /** The start tags that may come before the body; any other starts it. */
        private static final Set<String> HEAD_TAGS = Set.of("html", "head", "base", "basefont", "bgsound", "link",
                "meta", "noframes", "noscript", "script", "style", "template", "title");

        int h1;
        /** The text of the title in the head; null when it has none. */
        String title;
        String description;
        String canonical;
        /** The lang of {@code <html>}: a later {@code <html>} tag only adds attributes the first one lacks. */
        private String lang;
        Faq faq;
        final List<String> ids = new ArrayList<>();
        final List<String> hrefs = new ArrayList<>();
        final List<String> assetRefs = new ArrayList<>();
        final List<String> external = new ArrayList<>();
        final List<String> jsonLd = new ArrayList<>();
        final List<Heading> headings = new ArrayList<>();
        final List<StartTag> images = new ArrayList<>();
        final List<Svg> svgs = new ArrayList<>();
        final List<Table> tables = new ArrayList<>();
        final List<Control> controls = new ArrayList<>();
        final Set<String> labelFor = new HashSet<>();
        final List<StartTag> scripts = new ArrayList<>();

        // Where the current token is.
        private boolean inBody;
        private Svg svg;
        private final List<Table> openTables = new ArrayList<>();
        private int openLabels;
        /** The texts being gathered: of a heading, a caption, an svg's title; null when not in one. */
        private TextContent heading;
        private TextContent caption;
        private TextContent svgTitle;

        /** "/assets/", under the base path: references to it are collected as site URLs (/assets/...). */
        private final String assetPrefix;

        Scan(byte[] page, BasePath base) {
            assetPrefix = base.url(ASSETS);
            HtmlScanner s = new HtmlScanner(page);
            for (Token t = s.next(); t != Token.END; t = s.next()) {
                if (t == Token.START_TAG) {
                    start(s);
                } else if (t == Token.END_TAG) {
                    end(s.tagName());
                } else {
                    text(s);
                }
            }
        }

        boolean hasLang() {
            return lang != null && !lang.isBlank();
        }

        private void start(HtmlScanner s) {
            String tag = s.tagName();
            if (!inBody && !HEAD_TAGS.contains(tag)) inBody = true;
            if (faq != null) faq.start(s);
            String id = s.attr("id");
            if (!id.isEmpty()) {
                ids.add(id);
                if (id.equals("faq") && faq == null) faq = new Faq(tag, s.isEmptyElement());
            }
            for (int i = 0; i < s.attributeCount(); i++) {
                if (s.attributeValueStartsWith(i, assetPrefix)) {
                    assetRefs.add(s.attributeValue(i).substring(assetPrefix.length() - ASSETS.length()));
                }
            }
            switch (tag) {
                case "html" -> {
                    if (lang == null && s.hasAttr("lang")) lang = s.attr("lang");
                }
                case "title" -> title(s);
                case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                    if (tag.equals("h1")) h1++;
                    heading = new TextContent();
                    headings.add(new Heading(tag.charAt(1) - '0', heading));
                }
                case "br" -> lineBreak();
                case "meta" -> {
                    if (description == null && s.attr("name").equals("description")) description = s.attr("content");
                }
                case "link" -> {
                    String rel = s.attr("rel");
                    if (canonical == null && rel.equals("canonical")) {
                        canonical = s.attr("href");
                    } else {
                        if (s.hasAttr("href")) hrefs.add(s.attr("href"));
                        if (isExternal(s.attr("href")) && (rel.contains("stylesheet") || rel.contains("preload"))) {
                            external.add(s.attr("href"));
                        }
                    }
                }
                case "a", "area" -> {
                    if (s.hasAttr("href")) hrefs.add(s.attr("href"));
                }
                case "script" -> {
                    if (s.hasAttr("src")) {
                        scripts.add(s.startTag());
                        if (isExternal(s.attr("src"))) external.add(s.attr("src"));
                    } else if (s.attr("type").equals("application/ld+json")) {
                        jsonLd.add(s.content());
                    }
                }
                case "img" -> images.add(s.startTag());
                case "svg" -> {
                    if (s.svgAncestors() == 0) {
                        svg = new Svg(s.startTag());
                        svgs.add(svg);
                    }
                }
                case "table" -> {
                    Table table = new Table();
                    tables.add(table);
                    openTables.add(table);
                }
                case "caption" -> caption(s);
                case "th" -> {
                    boolean scoped = SCOPES.contains(s.attr("scope"));
                    for (Table table : openTables) {
                        table.headers++;
                        if (!scoped) table.unscoped++;
                    }
                }
                case "select", "textarea" -> controls.add(new Control(s.startTag(), openLabels > 0));
                case "input" -> {
                    if (!UNLABELLED_INPUTS.contains(s.attr("type").toLowerCase(java.util.Locale.ROOT))) {
                        controls.add(new Control(s.startTag(), openLabels > 0));
                    }
                }
                case "label" -> {
                    if (s.hasAttr("for")) labelFor.add(s.attr("for"));
                    if (!s.isEmptyElement()) openLabels++;
                }
                default -> { }
            }
        }

        /** The page's title is the first in the head; the title child of an svg names the svg. */
        private void title(HtmlScanner s) {
            if (s.svgAncestors() == 0) {
                if (title == null && !inBody) {
                    TextContent text = new TextContent();
                    text.append(s.content());
                    title = text.toString();
                }
            } else if (s.svgAncestors() == 1 && svg.title == null) {
                svg.title = new TextContent();
                if (!s.isEmptyElement()) svgTitle = svg.title;
            }
        }

        /** A caption names each open table that has none yet: the first caption in a table is its name. */
        private void caption(HtmlScanner s) {
            if (openTables.isEmpty()) return; // the tree builder drops a caption outside a table
            caption = new TextContent();
            for (Table table : openTables) {
                if (table.caption == null) table.caption = caption;
            }
        }

        private void end(String tag) {
            if (faq != null) faq.end(tag);
            switch (tag) {
                case "h1", "h2", "h3", "h4", "h5", "h6" -> heading = null;
                case "caption" -> caption = null;
                case "table" -> {
                    caption = null;
                    if (!openTables.isEmpty()) openTables.remove(openTables.size() - 1);
                }
                case "title" -> svgTitle = null;
                case "label" -> {
                    if (openLabels > 0) openLabels--;
                }
                default -> { }
            }
        }

        private void text(HtmlScanner s) {
            if (!inBody && !s.isWhitespaceText()) inBody = true;
            if (heading == null && caption == null && svgTitle == null) return;
            String text = s.text();
            for (TextContent gathering : new TextContent[] {heading, caption, svgTitle}) {
                if (gathering != null) gathering.append(text);
            }
        }

        private void lineBreak() {
            for (TextContent gathering : new TextContent[] {heading, caption, svgTitle}) {
                if (gathering != null) gathering.lineBreak();
            }
        }

        private static boolean isExternal(String url) {
            return url.startsWith("http:") || url.startsWith("https:") || url.startsWith("//");
        }
    }
}
