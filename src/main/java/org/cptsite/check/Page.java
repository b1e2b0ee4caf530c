package org.cptsite.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cptsite.model.CodeSystem;
import org.cptsite.model.UrlPath;
import org.cptsite.output.BasePath;

/** A page being checked: where it is served, its bytes, and what one scan of them found. */
final class Page {
    final String url;
    final byte[] html;
    /** The site's base URL, for the canonical URL the page must have. */
    final String baseUrl;

    final BasePath base;
    final PageScan scan;
    /** A code page (/cpt/38900/) has its own weight budget and must describe its code in JSON-LD. */
    final boolean codePage;
    /** The page's ids, each once. */
    final Set<String> ids;

    Page(String url, byte[] html, String baseUrl, BasePath base) {
        this.url = url;
        this.html = html;
        this.baseUrl = baseUrl;
        this.base = base;
        this.scan = new PageScan(html, base);
        this.codePage = isCodePage(url);
        this.ids = new HashSet<>(scan.ids);
    }

    /** Whether {@code url} is the page of a code (/cpt/38900/, /hcpcs/G0105/). */
    static boolean isCodePage(String url) {
        for (CodeSystem s : CodeSystem.values()) {
            String prefix = "/" + s.folder() + "/";
            if (url.startsWith(prefix)
                    && url.endsWith("/")
                    && url.length() > prefix.length()
                    && url.indexOf('/', prefix.length()) == url.length() - 1) {
                return true;
            }
        }
        return false;
    }

    /** The code of a code page. */
    String code() {
        return url.substring(url.indexOf('/', 1) + 1, url.length() - 1);
    }

    /** The title in the head; "" when it has none. */
    String title() {
        return scan.title == null ? "" : scan.title;
    }

    /** The meta description, trimmed; "" when it has none. */
    String description() {
        return scan.description == null ? "" : scan.description.trim();
    }

    /** Whether a root-relative link (not //host) is one {@link #links} resolves against the site. */
    static boolean isRootRelative(String href) {
        return href.startsWith("/") && !href.startsWith("//");
    }

    /**
     * The internal links of the page (its links and images) as site URLs (with any #anchor), a relative one resolved
     * against the page's, then the assets it refers to; a link outside the base path, or above the root, is left
     * out ({@link LinkRules} reports it).
     */
    List<String> links() {
        List<String> links = new ArrayList<>();
        for (String href : scan.hrefs) {
            if (isRootRelative(href)) {
                String link = base.siteUrl(href);
                if (link != null) links.add(link);
            } else if (UrlPath.isRelativePath(href)) {
                String link = UrlPath.resolved(url, href);
                if (link != null) links.add(link);
            }
        }
        links.addAll(scan.assetRefs);
        return links;
    }

    /** The ids, sorted, for links from other pages to its #anchors. */
    String[] sortedIds() {
        String[] sorted = ids.toArray(String[]::new);
        Arrays.sort(sorted);
        return sorted;
    }
}
