package org.cptsite.model;

import java.util.Arrays;
import java.util.List;

/**
 * The rules every generated page (and shared asset) must meet before the site is written. Each has the key
 * that names it in problem messages and in {@code checks:} of site.yml, where a rule may be turned into a
 * warning: {@code checks: { title_length: warning }}.
 */
public enum CheckRule {
    H1("h1", "exactly one h1"),
    TITLE("title", "a <title>"),
    TITLE_LENGTH(
            "title_length",
            "a title of at most " + Limits.TITLE_MAX + " characters",
            "shorten the content's title (the page title is built from it)"),
    UNIQUE_TITLE("unique_title", "a title no other page has", "titles must be unique; edit the content's title"),
    DESCRIPTION("description", "a meta description"),
    DESCRIPTION_LENGTH(
            "description_length",
            "a meta description of " + Limits.DESCRIPTION_MIN + " to " + Limits.DESCRIPTION_MAX + " characters",
            "write a summary of " + Limits.DESCRIPTION_MIN + " to " + Limits.DESCRIPTION_MAX
                    + " characters in the content's front matter"),
    UNIQUE_DESCRIPTION(
            "unique_description",
            "a meta description no other page has",
            "descriptions must be unique; edit the content's summary"),
    CANONICAL(
            "canonical",
            "an absolute canonical URL pointing at the page itself",
            "set base_url in site.yml (or --base-url) to the absolute URL of the site"),
    LANG("lang", "a lang attribute on <html>"),
    DUPLICATE_ID("duplicate_id", "no id twice"),
    LINKS(
            "links",
            "internal links lead to pages or files the build writes",
            "correct the link in the content or settings"),
    ANCHORS(
            "anchors",
            "#anchors, on the page or on another page, lead to an id there",
            "correct the link in the content or settings"),
    JSON_LD("json_ld", "JSON-LD that parses and has the expected @types"),
    IMG_ALT("img_alt", "images with an alt attribute"),
    SVG_TITLE("svg_title", "inline SVG is role=img with a <title>, or aria-hidden"),
    HEADING_ORDER(
            "heading_order", "no heading level skipped", "use the next heading level (## in a section, then ###)"),
    TABLE_HEADERS("table_headers", "tables with header cells, each with a scope"),
    CONTROL_LABELS("control_labels", "form controls with a label"),
    LAYOUT_SHIFT("layout_shift", "images and inline SVG with their size, so nothing moves while loading"),
    RENDER_BLOCKING("render_blocking", "scripts loaded with defer or async"),
    HASHED_ASSETS("hashed_assets", "stylesheets and scripts from /assets/ under content-hashed names"),
    PAGE_WEIGHT(
            "page_weight",
            "at most " + Limits.CODE_PAGE_KB + " KB of HTML for a code page, " + Limits.LIST_PAGE_KB
                    + " KB for other pages",
            "split the page (e.g. a long range into smaller ranges " + "in content/ranges.yml) or shorten its content"),
    ASSET_WEIGHT(
            "asset_weight",
            "CSS and JS assets of at most " + Limits.ASSET_KB + " KB each",
            "make the asset smaller, or split it so that each page loads only what it uses"),
    SYSTEM_FONTS(
            "system_fonts",
            "no web fonts or @import in stylesheets",
            "remove the web font from the stylesheet; use the system font stack");

    /** The limits the rules enforce. */
    public static final class Limits {
        public static final int TITLE_MAX = 70;
        public static final int DESCRIPTION_MIN = 50;
        public static final int DESCRIPTION_MAX = 170;
        public static final int CODE_PAGE_KB = 40;
        public static final int LIST_PAGE_KB = 120;
        public static final int ASSET_KB = 20;
        /** A code page's title starts with the code and the content's title, cut to this many characters. */
        public static final int CODE_TITLE_CHARS = 44;

        private Limits() {}
    }

    /** How a violation of a rule is reported. */
    public enum Level {
        /** Fails the build (the default). */
        ERROR("error"),
        /** Reported, the site is written anyway. */
        WARNING("warning");

        private final String key;

        Level(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        /** The level written as {@code key} in site.yml, or null. */
        public static Level of(String key) {
            return Arrays.stream(values())
                    .filter(l -> l.key.equals(key))
                    .findFirst()
                    .orElse(null);
        }
    }

    /** What most violations come from, where a rule names no fix of its own. */
    private static final String FIX_TEMPLATE_OR_CONTENT = "fix the template or content";

    private final String key;
    private final String meaning;
    private final String fix;

    CheckRule(String key, String meaning) {
        this(key, meaning, null);
    }

    CheckRule(String key, String meaning, String fix) {
        this.key = key;
        this.meaning = meaning;
        this.fix = fix;
    }

    /** The rule's name in messages and in site.yml. */
    public String key() {
        return key;
    }

    /** What a page must have or be, for messages and documentation. */
    public String meaning() {
        return meaning;
    }

    /** What to do about a violation, in problem messages. */
    public String fix() {
        return fix != null ? fix : FIX_TEMPLATE_OR_CONTENT;
    }

    /**
     * A violation of this rule at {@code level} (the one site.yml gives it): an error's fix also says how to make
     * the rule a warning; a warning's does not, being one already.
     */
    public void report(Level level, Problems problems, String file, int line, String message, String fix) {
        if (level == Level.WARNING) problems.warning(file, line, message, fix);
        else
            problems.error(
                    file,
                    line,
                    message,
                    fix + "; or make the rule a warning in site.yml: checks: { " + key + ": warning }");
    }

    /** The rule named {@code key}, or null. */
    public static CheckRule of(String key) {
        return Arrays.stream(values())
                .filter(r -> r.key.equals(key))
                .findFirst()
                .orElse(null);
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(CheckRule::key).toList();
    }
}
