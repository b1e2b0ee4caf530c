package org.cptsite.load;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.InlineLinkNode;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.html.MutableAttributes;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.cptsite.model.CheckRule;
import org.cptsite.model.Problems;
import org.cptsite.model.Slug;
import org.cptsite.model.SourceLink;
import org.cptsite.model.UniqueIds;
import org.cptsite.model.UrlPath;
import org.jspecify.annotations.Nullable;

/**
 * Markdown of the content rendered to HTML, safe by default. Raw HTML (blocks and inline tags) is left out,
 * as Hugo does since 0.60: an HTML comment marks the place and a warning names the line; the site setting
 * {@code markdown: { unsafe_html: true }} keeps it. HTML comments are left out silently (notes for editors).
 * A link or image whose URL {@link SafeUrl} refuses loses its URL: the link keeps its text, the image its
 * alt text, with a warning at the line. Links to pages of the site are handed on with their line, so that
 * a broken one can be reported there. Headings get ids for links to them when the caller gives their section's
 * prefix and level ({@link Headings}).
 */
final class Markdown {
    static final String OMITTED = "<!-- raw HTML omitted -->";
    /**
     * Tables; and spaces in link destinations, so that the CommonMark form for a file name with a space,
     * {@code [form](</files/claim form.pdf>)}, is a link (flexmark left it as text), as is the same without
     * the angle brackets. The space is written %20 in the page.
     */
    private static final MutableDataSet OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))
            .set(Parser.SPACE_IN_LINK_URLS, true);
    /** Both are immutable and thread-safe, so one of each serves every file. */
    private static final Parser PARSER = Parser.builder(OPTIONS).build();

    private static final HtmlRenderer RENDERER = HtmlRenderer.builder(OPTIONS)
            .attributeProviderFactory(new IndependentAttributeProviderFactory() {
                @Override
                public AttributeProvider apply(LinkResolverContext context) {
                    return Markdown::attributes;
                }
            })
            .build();

    /**
     * What Markdown cannot write: a table's header cells get {@code scope="col"} (the page checks require it of
     * every header cell: screen readers announce a cell with its column's header); a space in a URL is written
     * %20; an image of content/static/ gets its width and height.
     */
    private static void attributes(Node node, AttributablePart part, MutableAttributes attributes) {
        if (node instanceof TableCell cell && cell.isHeader()) attributes.replaceValue("scope", "col");
        if (node instanceof Heading) {
            String id = RENDERING_IDS.get().get(node);
            if (id != null) attributes.replaceValue("id", id);
        }
        for (String name : new String[] {"href", "src"}) {
            String url = attributes.getValue(name);
            if (url != null && url.indexOf(' ') >= 0) attributes.replaceValue(name, url.replace(" ", "%20"));
        }
        if (node instanceof Image) {
            int[] size = RENDERING_SIZES.get().get(node);
            if (size != null) {
                attributes.replaceValue("width", Integer.toString(size[0]));
                attributes.replaceValue("height", Integer.toString(size[1]));
            }
        }
    }

    /**
     * The sizes of the images of the document being rendered on this thread: an image of content/static/
     * gets its width and height, which the page checks require and Markdown cannot write.
     */
    private static final ThreadLocal<Map<Node, int[]>> RENDERING_SIZES = ThreadLocal.withInitial(Map::of);

    /** The ids of the headings of the document being rendered on this thread. */
    private static final ThreadLocal<Map<Node, String>> RENDERING_IDS = ThreadLocal.withInitial(Map::of);

    /**
     * How the headings of a piece of a file are written: their level on the page, and for a section's, an id.
     *
     * <p>A section's headings each get an id for links to them ({@code /cpt/38900/#billing-modifiers}): the prefix of
     * the section and its words ({@link Slug#words}), each once in the file ({@code used}, shared by its sections).
     * The prefix keeps them apart from the ids the templates give their own sections: an editor's "### History" in
     * the billing section is {@code billing-history}, not the page's {@code history}. The file's {@code ##} lines
     * mark its sections, so an editor's {@code ###} goes one level below the page heading the section sits under:
     * {@code <h3>} under a section's {@code <h2>}, {@code <h2>} in a category's introduction, which sits right under
     * the page's {@code <h1>}. An FAQ answer's headings keep their level (its question is an {@code <h3>}) and get
     * no id.
     *
     * @param idPrefix null: no ids
     * @param under the level of the page heading the text sits under: its headings go below it, a level at a time
     * @param shift what a heading's level on the page adds to its number of {@code #}
     */
    record Headings(@Nullable String idPrefix, UniqueIds used, int under, int shift) {
        /** A section's, under a heading of {@code sectionLevel}. */
        static Headings section(String idPrefix, UniqueIds used, int sectionLevel) {
            return new Headings(idPrefix, used, sectionLevel, sectionLevel - 2);
        }

        /** An FAQ answer's, under its question's {@code <h3>}. */
        static Headings answer() {
            return new Headings(null, new UniqueIds(), 3, 0);
        }

        String idOf(String heading) {
            String words = Slug.words(heading);
            return used.next(idPrefix + (words.isEmpty() ? "heading" : words));
        }

        int levelOf(int markdownLevel) {
            return Math.max(1, markdownLevel + shift);
        }

        /** A level on the page as the editor writes it: "###". */
        String marks(int level) {
            return "#".repeat(Math.max(1, level - shift));
        }
    }

    private final boolean unsafeHtml;
    private final ImageSizes imageSizes;
    /** The level site.yml gives each page rule: a heading out of order and a link relative to its page are its problems. */
    private final Function<CheckRule, CheckRule.Level> levels;

    /** @param unsafeHtml the site's {@code markdown: { unsafe_html: true }}: raw HTML is kept */
    Markdown(boolean unsafeHtml) {
        this(unsafeHtml, ImageSizes.NONE);
    }

    /** The same; {@code imageSizes} gives the width and height of the images of content/static/. */
    Markdown(boolean unsafeHtml, ImageSizes imageSizes) {
        this(unsafeHtml, imageSizes, rule -> CheckRule.Level.ERROR);
    }

    /**
     * The same; a heading that skips a level, or goes above the one its text sits under, is a problem at its line
     * at the level {@code levels} gives the page rule {@code heading_order}, and a link relative to the page it
     * is on at the level of {@code links}.
     */
    Markdown(boolean unsafeHtml, ImageSizes imageSizes, Function<CheckRule, CheckRule.Level> levels) {
        this.unsafeHtml = unsafeHtml;
        this.imageSizes = imageSizes;
        this.levels = levels;
    }

    /**
     * How deep quotes and lists may nest. flexmark parses and renders nesting by recursion: 1,000 levels
     * overflow the stack and 100,000 take minutes. Real content stays under ten.
     */
    static final int MAX_NESTING = 32;

    /** {@code markdown}, which starts on line {@code firstLine} of {@code file}, as HTML. */
    String toHtml(String markdown, String file, int firstLine, Problems problems) {
        return toHtml(markdown, file, firstLine, problems, link -> {});
    }

    /**
     * The same; {@code links} hears each link to a page of the site (a path from the root, or an #anchor),
     * with its line.
     */
    String toHtml(String markdown, String file, int firstLine, Problems problems, Consumer<SourceLink> links) {
        return toHtml(markdown, file, firstLine, problems, links, null);
    }

    /**
     * The same; each heading gets its level, and its id, of {@code headings} (its own level and no id when null), and
     * one out of order is a problem at its line.
     */
    String toHtml(
            String markdown,
            String file,
            int firstLine,
            Problems problems,
            Consumer<SourceLink> links,
            @Nullable Headings headings) {
        int[] deep = tooDeep(markdown);
        if (deep != null) {
            problems.error(
                    file,
                    firstLine + deep[0],
                    "Markdown nests about " + deep[1] + " levels of quotes, lists or " + "indentation; at most "
                            + MAX_NESTING,
                    "flatten the quotes or lists on this line");
            return "";
        }
        String costly = tooCostly(markdown);
        if (costly != null) {
            problems.error(file, firstLine, costly, "write the text plainly: characters themselves, links inline");
            return "";
        }
        try {
            return convert(markdown, file, firstLine, problems, links, headings);
        } catch (StackOverflowError e) {
            // flexmark reads emphasis, links and autolinks recursively: thousands of marks in a row (never a
            // writer's text) overflow the stack. Caught here, at one text, so no page or serve's watcher dies of it.
            problems.error(
                    file,
                    firstLine,
                    "Markdown too deeply nested to read: a long run of emphasis marks, brackets or < ... >",
                    "take out the run of marks");
            return "";
        }
    }

    /** The most of each mark whose cost in flexmark grows with its count times the text's length. */
    static final int MAX_MARKS = 500;

    /** The longest text of a section (some 10,000 words): longer, flexmark takes most of a second over it. */
    static final int MAX_CHARS = 64 * 1024;

    /**
     * Why flexmark would take seconds or minutes over a text, or null: it copies the rest of the text for each
     * character reference (&amp;#x6a;) and matches brackets by searching back, so thousands of either cost time
     * in the square of the text's length; a writer's text has a few.
     */
    static @Nullable String tooCostly(String markdown) {
        if (markdown.length() > MAX_CHARS) {
            return "the text has " + markdown.length() + " characters; at most " + MAX_CHARS;
        }
        int references = 0;
        int brackets = 0;
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            if (c == '&'
                    && i + 1 < markdown.length()
                    && (markdown.charAt(i + 1) == '#' || Character.isLetter(markdown.charAt(i + 1)))) {
                references++;
            } else if (c == '[') {
                brackets++;
            }
        }
        if (references > MAX_MARKS) {
            return "the text has " + references + " character references (&...;); at most " + MAX_MARKS;
        }
        if (brackets > MAX_MARKS) {
            return "the text has " + brackets + " links or brackets ([); at most " + MAX_MARKS;
        }
        return null;
    }

    private String convert(
            String markdown,
            String file,
            int firstLine,
            Problems problems,
            Consumer<SourceLink> links,
            @Nullable Headings headings) {
        Document doc = PARSER.parse(markdown);
        List<Node> nodes = new ArrayList<>();
        doc.getDescendants().forEach(nodes::add);
        LineStarts lines = new LineStarts(markdown);
        Map<Node, int[]> sizes = new IdentityHashMap<>();
        Map<Node, String> headingIds = new IdentityHashMap<>();
        for (Node node : nodes) {
            if (node.getParent() == null) continue; // inside a node already taken out
            if (node instanceof Text) continue; // the most common node, and none of the kinds below
            int line = firstLine + lines.lineOf(node.getStartOffset());
            if (node instanceof HtmlCommentBlock || node instanceof HtmlInlineComment) {
                if (!unsafeHtml) node.unlink();
            } else if (node instanceof HtmlBlock || node instanceof HtmlInline) {
                if (!unsafeHtml) omit(node, file, line, problems);
            } else if (node instanceof InlineLinkNode || node instanceof AutoLink || node instanceof MailLink) {
                String url = urlOf(node);
                if (check(node, url, file, line, problems)) internal(url, file, line, links, problems);
                int[] size = node instanceof Image && node.getParent() != null ? imageSizes.of(url) : null;
                if (size != null) sizes.put(node, size);
            } else if (node instanceof RefNode ref) {
                Reference target = ref.isDefined() ? ref.getReferenceNode(doc) : null;
                if (target != null && check(node, target.getUrl().unescape(), file, line, problems)) {
                    internal(target.getUrl().unescape(), file, line, links, problems);
                }
            }
        }
        if (headings != null) {
            int previous = headings.under();
            for (Node node : nodes) {
                if (!(node instanceof Heading h) || node.getParent() == null) continue;
                // Its words as the reader sees them: without the markup, and without the raw HTML left out above.
                String words = new TextCollectingVisitor().collectAndGetText(node);
                if (headings.idPrefix() != null) headingIds.put(node, headings.idOf(words));
                int level = headings.levelOf(h.getLevel());
                int fits = Math.max(headings.under() + 1, Math.min(level, previous + 1));
                if (level != fits) {
                    outOfOrder(
                            h,
                            words,
                            level,
                            fits,
                            headings,
                            file,
                            firstLine + lines.lineOf(h.getStartOffset()),
                            problems);
                    level = fits; // the page checks would say it again, at the page
                }
                h.setLevel(level);
                previous = level;
            }
        }
        if (sizes.isEmpty() && headingIds.isEmpty()) return RENDERER.render(doc).trim();
        RENDERING_SIZES.set(sizes);
        RENDERING_IDS.set(headingIds);
        try {
            return RENDERER.render(doc).trim();
        } finally {
            RENDERING_SIZES.remove();
            RENDERING_IDS.remove();
        }
    }

    /** A heading out of the page's order: above the text's own heading, or a level skipped. */
    private void outOfOrder(
            Heading h, String words, int level, int fits, Headings headings, String file, int line, Problems problems) {
        String written = "#".repeat(h.getLevel()) + " " + printable(words); // as the editor wrote it
        String message = level <= headings.under()
                ? "heading '" + written + "' would rank with or above the heading this text sits under"
                : "heading '" + written + "' skips a level: the heading before it is " + headings.marks(fits - 1);
        CheckRule.HEADING_ORDER.report(
                levels.apply(CheckRule.HEADING_ORDER),
                problems,
                file,
                line,
                message,
                "write it as " + headings.marks(fits));
    }

    /**
     * The line (0-based) of an offset in a text. flexmark's {@code Node.getLineNumber()} counts the lines from
     * the start of the file at every call, which made a file of 5,000 paragraphs take half a minute.
     */
    static final class LineStarts {
        private final int[] starts;

        LineStarts(String text) {
            int n = 1;
            for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') n++;
            starts = new int[n];
            int line = 1;
            for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') starts[line++] = i + 1;
        }

        int lineOf(int offset) {
            int i = java.util.Arrays.binarySearch(starts, offset);
            return i >= 0 ? i : -i - 2;
        }
    }

    /**
     * The first line (0-based) whose start nests more than {@link #MAX_NESTING} levels, and its levels; null
     * when none does. Each {@code >} and list marker before the text counts one level, and every two columns
     * of indentation one more (a nested list needs them).
     */
    static int[] tooDeep(String markdown) {
        int line = 0;
        int at = 0;
        while (at <= markdown.length()) {
            int end = markdown.indexOf('\n', at);
            if (end < 0) end = markdown.length();
            int markers = 0;
            int columns = 0;
            for (int i = at; i < end; i++) {
                char c = markdown.charAt(i);
                if (c == ' ') columns++;
                else if (c == '\t') columns += 4 - columns % 4;
                else if (c == '>'
                        || ((c == '-' || c == '*' || c == '+') && i + 1 < end && markdown.charAt(i + 1) == ' ')) {
                    markers++;
                } else break;
            }
            int levels = markers + columns / 2;
            if (levels > MAX_NESTING) return new int[] {line, levels};
            line++;
            at = end + 1;
        }
        return null;
    }

    private static void omit(Node node, String file, int line, Problems problems) {
        String html = node.getChars().toString().strip();
        problems.warning(
                file,
                line,
                "raw HTML left out: " + (html.length() > 60 ? html.substring(0, 57) + "..." : html),
                "write it in Markdown, or allow raw HTML in site.yml with 'markdown: { unsafe_html: true }' if you "
                        + "trust every editor");
        BasedSequence comment = BasedSequence.of(node instanceof HtmlBlock ? OMITTED + "\n" : OMITTED);
        node.insertBefore(node instanceof HtmlBlock ? new HtmlCommentBlock(comment) : new HtmlInlineComment(comment));
        node.unlink();
    }

    private static String urlOf(Node node) {
        if (node instanceof InlineLinkNode link) return link.getUrl().unescape();
        if (node instanceof AutoLink link) return link.getText().unescape();
        return "mailto:" + ((MailLink) node).getText();
    }

    /**
     * A link to a page of the site: a path from the root (not //host) or an #anchor of the page. A path relative
     * to the page ({@code cpt/38792/}, {@code ../99999/}) is a problem: the same text shows on several pages (a
     * category's billing notes on each of its codes'), where it would lead to as many addresses.
     */
    private void internal(String url, String file, int line, Consumer<SourceLink> links, Problems problems) {
        if (url.startsWith("#") || url.startsWith("/") && !url.startsWith("//")) {
            links.accept(new SourceLink(url.replace(" ", "%20"), file, line)); // as the page writes it
        } else if (UrlPath.isRelativePath(url)) {
            String fix = "write the path from the site's root, such as /cpt/38792/ or /files/form.pdf (a link to "
                    + "another site begins with https://)";
            CheckRule.LINKS.report(
                    levels.apply(CheckRule.LINKS),
                    problems,
                    file,
                    line,
                    CheckRule.LINKS.key() + ": the link '" + printable(url) + "' is relative to the page it is on",
                    fix);
        }
    }

    /** Takes a refused URL out (the node's text stays where it was); whether the URL was kept. */
    private static boolean check(Node node, String url, String file, int line, Problems problems) {
        String refusal = SafeUrl.refusal(url);
        if (refusal == null) return true;
        problems.warning(
                file,
                line,
                "link '" + printable(url) + "' left out: " + refusal,
                "link with an http, https, mailto or tel URL, or a path of this site such as /cpt/38900/");
        if (node.hasChildren()) {
            while (node.getFirstChild() != null) {
                Node child = node.getFirstChild();
                child.unlink();
                node.insertBefore(child);
            }
        } else if (node instanceof AutoLink link) {
            node.insertBefore(new Text(link.getText()));
        }
        node.unlink();
        return false;
    }

    /** The URL for a message: control characters shown as \\uXXXX, at most 80 characters. */
    static String printable(String url) {
        StringBuilder sb = new StringBuilder();
        for (char c : url.toCharArray()) {
            if (c < 0x20 || c == 0x7F) sb.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            else sb.append(c);
        }
        return sb.length() > 80 ? sb.substring(0, 77) + "..." : sb.toString();
    }
}
