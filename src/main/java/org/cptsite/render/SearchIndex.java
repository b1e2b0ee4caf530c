package org.cptsite.render;

import java.util.ArrayList;
import java.util.List;
import org.cptsite.link.CodeEntry;
import org.cptsite.link.LinkedSite;

/**
 * The static search index, one shared file the search script fetches on first use:
 * {@code {"codes": [[code, url, label, extra words], ...]}}. The label is the editorial title, else the CMS
 * descriptor when the site shows them; extra words are the synonyms (and the descriptor beside a title).
 */
final class SearchIndex {
    private SearchIndex() {}

    /** The index; its page URLs are links as served, under the base path. */
    static String of(LinkedSite site, BasePath base) {
        boolean cms = site.content().settings().showCmsDescriptors();
        List<Object> codes = new ArrayList<>(site.codes().size());
        for (CodeEntry e : site.codes().values()) {
            String descriptor = cms ? e.rows().main().description() : "";
            String label;
            List<String> extra = new ArrayList<>();
            if (e.content() != null) {
                label = e.content().title();
                if (!descriptor.isEmpty()) extra.add(descriptor);
                extra.addAll(e.content().synonyms());
            } else {
                label = descriptor;
            }
            List<Object> row = new ArrayList<>(4);
            row.add(e.code());
            row.add(base.url(Urls.code(e.code())));
            row.add(label);
            if (!extra.isEmpty()) row.add(String.join(" ", extra));
            codes.add(row);
        }
        return Json.compact(Json.obj("codes", codes));
    }
}
