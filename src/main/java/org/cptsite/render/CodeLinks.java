package org.cptsite.render;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links the code numbers of editorial HTML (rendered from Markdown) to their pages: "see 27447" becomes
 * "see <a href="/cpt/27447/">27447</a>" when 27447 is in the current release. Only text is touched, never a
 * tag or its attributes, and not text inside a link, code, a heading or raw script; a page's own code is not
 * linked. The same HTML (a category's billing text on thousands of code pages) is linked once.
 */
final class CodeLinks {
    /** CPT (99213, 0042T, 1036F) and HCPCS Level II (G0105) shapes, alone: not part of a longer word or number. */
    private static final Pattern CODE =
            Pattern.compile("(?<![\\p{L}\\p{N}$.,/#&])(\\d{4}[\\dFTU]|[A-V]\\d{4})(?![\\p{L}\\p{N}]|[.,]\\d)");
    /** A comment or a tag, whose quoted attribute values may hold {@code >} (raw HTML, where a site allows it). */
    private static final Pattern MARKUP =
            Pattern.compile("<!--.*?-->|<(?:[^>\"']|\"[^\"]*\"|'[^']*')*>", Pattern.DOTALL);

    private static final Pattern ELEMENT = Pattern.compile("</?([a-zA-Z][a-zA-Z0-9]*)");
    /** Elements whose text keeps its numbers as they are. */
    private static final Set<String> SKIPPED = Set.of(
            "a", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "script", "style", "textarea", "kbd", "samp");

    private final Predicate<String> inRelease;
    private final Map<String, Linked> done = new ConcurrentHashMap<>();

    private record Linked(String html, Set<String> codes) {}

    CodeLinks(Predicate<String> inRelease) {
        this.inRelease = inRelease;
    }

    /** {@code html} with its codes linked, except {@code ownCode} (null on pages of no code). */
    String link(String html, String ownCode) {
        if (html.isEmpty()) return html;
        Linked all = done.computeIfAbsent(html, h -> link(h, c -> true));
        if (ownCode == null || !all.codes().contains(ownCode)) return all.html();
        return link(html, c -> !c.equals(ownCode)).html();
    }

    private Linked link(String html, Predicate<String> wanted) {
        StringBuilder sb = new StringBuilder(html.length() + 64);
        Set<String> linked = new TreeSet<>();
        int skipDepth = 0;
        Matcher tag = MARKUP.matcher(html);
        int at = 0;
        while (at < html.length()) {
            boolean found = tag.find(at);
            int textEnd = found ? tag.start() : html.length();
            String text = html.substring(at, textEnd);
            if (skipDepth == 0) linkText(text, wanted, sb, linked);
            else sb.append(text);
            if (!found) break;
            String markup = tag.group();
            sb.append(markup);
            Matcher name = ELEMENT.matcher(markup);
            if (name.lookingAt()
                    && SKIPPED.contains(name.group(1).toLowerCase(Locale.ROOT))
                    && !markup.endsWith("/>")) {
                skipDepth = Math.max(0, skipDepth + (markup.startsWith("</") ? -1 : 1));
            }
            at = tag.end();
        }
        return new Linked(linked.isEmpty() ? html : sb.toString(), linked);
    }

    private void linkText(String text, Predicate<String> wanted, StringBuilder sb, Set<String> linked) {
        Matcher m = CODE.matcher(text);
        int at = 0;
        while (m.find()) {
            String code = m.group(1);
            if (!wanted.test(code) || !inRelease.test(code)) continue;
            sb.append(text, at, m.start())
                    .append("<a href=\"")
                    .append(Urls.code(code))
                    .append("\">")
                    .append(code)
                    .append("</a>");
            linked.add(code);
            at = m.end();
        }
        sb.append(text, at, text.length());
    }
}
