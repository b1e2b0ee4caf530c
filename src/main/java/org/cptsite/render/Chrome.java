package org.cptsite.render;

import java.util.List;
import org.cptsite.model.Release;
import org.cptsite.model.SiteSettings;
import org.jspecify.annotations.Nullable;

/** What every page shows around its content: site name, navigation, call to action, notices, assets. */
public record Chrome(
        String siteName,
        String tagline,
        String language,
        List<Link> navigation,
        @Nullable CallToAction callToAction,
        List<String> notices,
        String cssUrl,
        String searchScriptUrl,
        String searchIndexUrl,
        String tableSortScriptUrl,
        String faviconUrl,
        String releaseId,
        String releaseTitle,
        String releasedOn,
        String sources) {

    /** The same around a page whose figures are of {@code r}: a deleted code's, of its last release. */
    Chrome withRelease(Release r) {
        return new Chrome(
                siteName,
                tagline,
                language,
                navigation,
                callToAction,
                notices,
                cssUrl,
                searchScriptUrl,
                searchIndexUrl,
                tableSortScriptUrl,
                faviconUrl,
                r.id(),
                r.title(),
                releasedOn(r),
                String.join(", ", r.sources()));
    }

    /** "December 29, 2025"; empty without a date. */
    static String releasedOn(Release r) {
        return r.released() == null ? "" : Text.date(r.released());
    }

    /** The call-to-action box of every page, as the template shows it. */
    public record CallToAction(String title, String text, String linkText, String url) {
        /** The view of site.yml's call to action; null when the site has none. */
        static @Nullable CallToAction of(SiteSettings.@Nullable CallToAction c) {
            return c == null ? null : new CallToAction(c.title(), c.text(), c.linkText(), c.url());
        }
    }
}
