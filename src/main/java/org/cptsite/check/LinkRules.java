package org.cptsite.check;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cptsite.check.PageRules.Violation;
import org.cptsite.model.CheckRule;
import org.cptsite.model.UrlPath;

/**
 * Ids and the links the page can judge alone: no id twice, #anchors to its own ids, root-relative links under
 * the base path, relative ones not above the root. Links to other pages are judged once every page exists ({@link CheckingOutput}).
 */
final class LinkRules {
    private LinkRules() {}

    static void check(Page page, List<Violation> v) {
        Set<String> seen = new HashSet<>();
        for (String id : page.scan.ids) {
            if (!seen.add(id)) v.add(new Violation(CheckRule.DUPLICATE_ID, "has the id '" + id + "' twice"));
        }
        String path = page.base.path();
        for (String href : page.scan.hrefs) {
            if (href.startsWith("#")) {
                if (href.length() > 1 && !page.ids.contains(href.substring(1))) {
                    v.add(new Violation(
                            CheckRule.ANCHORS, "links to " + href + ", an id this page does not have", href));
                }
            } else if (UrlPath.isRelativePath(href) && UrlPath.resolved(page.url, href) == null) {
                v.add(new Violation(
                        CheckRule.LINKS, "links to " + href + ", which climbs above the site's root", href));
            } else if (Page.isRootRelative(href) && page.base.siteUrl(href) == null) {
                v.add(new Violation(
                        CheckRule.LINKS,
                        "links to " + href + ", outside the site's path " + path
                                + "/ (write links from the site's root, /cpt/38900/: the build puts " + path
                                + " in front)"));
            }
        }
    }
}
