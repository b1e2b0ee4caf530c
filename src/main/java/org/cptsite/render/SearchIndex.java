package org.cptsite.render;

import java.util.ArrayList;
import java.util.List;
import org.cptsite.link.CodeEntry;
import org.cptsite.link.LinkedSite;
import org.cptsite.output.BasePath;

/**
 * The static search index, one shared file the search script fetches on first use:
 * {@code {"codes": [...], "synonyms": [["replacement", "arthroplasty"], ...]}}. A code with editorial content
 * is {@code [code, url, title, synonyms, descriptor]}, one without is {@code [code, url, descriptor]}: the
 * script ranks matches in our titles and synonyms above matches in descriptors alone. The descriptor is
 * empty when the site does not show CMS descriptors.
 */
final class SearchIndex {
    private SearchIndex() {}

    /** The index; its page URLs are links as served, under the base path. */
    static String of(LinkedSite site, BasePath base) {
        boolean cms = site.content().settings().showCmsDescriptors();
        List<Object> codes = new ArrayList<>(site.codes().size());
        for (CodeEntry e : site.codes().values()) {
            String descriptor = cms ? e.rows().main().description() : "";
            List<Object> row = new ArrayList<>(5);
            row.add(e.code());
            row.add(base.url(Urls.code(e.code())));
            if (e.content() != null) {
                row.add(e.content().title());
                row.add(String.join(" ", e.content().synonyms()));
                row.add(descriptor);
            } else {
                row.add(descriptor);
            }
            codes.add(row);
        }
        return Json.compact(Json.obj("codes", codes, "synonyms", site.content().searchSynonyms()));
    }
}
