package org.cptsite.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cptsite.check.HtmlScanner.Token;
import org.cptsite.output.BasePath;

/**
 * What the rules need from a page, gathered in one pass over its tokens. No tree: the little structure the
 * rules look into (which heading, caption or svg title the text is in, which tables and labels are open) is
 * tracked for elements whose end tags HTML requires.
 */
final class PageScan {
    /** The start tags that may come before the body; any other starts it. */
    private static final Set<String> HEAD_TAGS = Set.of(
            "html",
            "head",
            "base",
            "basefont",
            "bgsound",
            "link",
            "meta",
            "noframes",
            "noscript",
            "script",
            "style",
            "template",
            "title");
    /** Where assets are served; references to it must be content-hashed names (/assets/site.0123456789.css). */
    static final String ASSETS = "/assets/";

    private static final Set<String> SCOPES = Set.of("col", "row", "colgroup", "rowgroup");
    private static final Set<String> UNLABELLED_INPUTS = Set.of("hidden", "submit", "button", "reset", "image");

    /** A heading, h1 to h6, and its text. */
    record Heading(int level, TextContent text) {}

    /** A form control, and whether it is inside a label. */
    record Control(StartTag tag, boolean inLabel) {}

    /** An inline svg that is not in another one, and the text of its first title child, if it has one. */
    static final class Svg {
        final StartTag tag;
        TextContent title;

        Svg(StartTag tag) {
            this.tag = tag;
        }
    }

    /** A table: the text of its first caption, and its header cells (th), with those of the tables it holds. */
    static final class Table {
        TextContent caption;
        int headers;
        int unscoped;
    }

    /** The element with id="faq", and the h3 questions in it. */
    static final class Faq {
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
    /** Each JSON-LD script's text, in UTF-8: the JSON parser reads bytes faster than a decoded String. */
    final List<byte[]> jsonLd = new ArrayList<>();

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

    PageScan(byte[] page, BasePath base) {
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
                    jsonLd.add(s.rawContent());
                }
            }
            case "img" -> {
                images.add(s.startTag());
                // An image of the site must exist as a link's page must (an asset's is among the assets already).
                String src = s.attr("src");
                if (!src.isEmpty() && !src.startsWith(assetPrefix)) hrefs.add(src);
            }
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
                if (!UNLABELLED_INPUTS.contains(s.attr("type").toLowerCase(Locale.ROOT))) {
                    controls.add(new Control(s.startTag(), openLabels > 0));
                }
            }
            case "label" -> {
                if (s.hasAttr("for")) labelFor.add(s.attr("for"));
                if (!s.isEmptyElement()) openLabels++;
            }
            default -> {}
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
            default -> {}
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
