package org.cptsite.check;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.cptsite.check.PageRules.Violation;
import org.cptsite.model.CheckRule;
import org.cptsite.model.CheckRule.Limits;

/**
 * What makes a page slow to show: scripts that block rendering, assets from other sites or under names a
 * cache cannot keep forever, and the weight of the HTML.
 */
final class LoadingRules {
    private static final Pattern HASHED_ASSET = Pattern.compile("/assets/[^/?#]+\\.[0-9a-f]{8,}\\.[a-z0-9]+");

    private LoadingRules() {}

    static void check(Page page, List<Violation> v) {
        PageScan scan = page.scan;
        for (StartTag script : scan.scripts) {
            if (!script.hasAttr("defer")
                    && !script.hasAttr("async")
                    && !script.attr("type").equals("module")) {
                v.add(new Violation(
                        CheckRule.RENDER_BLOCKING,
                        "loads " + script.attr("src") + " without defer or async, which blocks rendering"));
            }
        }
        for (String ref : scan.external) {
            v.add(new Violation(
                    CheckRule.HASHED_ASSETS,
                    "loads " + ref + " from another site; serve it from " + "/assets/ under a content-hashed name"));
        }
        for (String ref : scan.assetRefs) {
            if (!HASHED_ASSET.matcher(ref).matches()) {
                v.add(new Violation(CheckRule.HASHED_ASSETS, "refers to " + ref + ", not a content-hashed asset name"));
            }
        }

        int bytes = page.html.length;
        int budget = (page.codePage ? Limits.CODE_PAGE_KB : Limits.LIST_PAGE_KB) * 1024;
        if (bytes > budget) {
            v.add(new Violation(
                    CheckRule.PAGE_WEIGHT,
                    "has " + kb(bytes) + " of HTML, more than the " + (page.codePage ? "code page" : "list page")
                            + " budget of " + kb(budget)));
        }
    }

    static String kb(long bytes) {
        return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
}
