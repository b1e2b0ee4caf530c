package org.cptsite.render;

import java.util.List;
import org.cptsite.model.SiteSettings;

/** What every page shows around its content: site name, navigation, call to action, notices, assets. */
public record Chrome(
        String siteName,
        String tagline,
        String language,
        List<Link> navigation,
        SiteSettings.CallToAction callToAction,
        List<String> notices,
        String cssUrl,
        String searchScriptUrl,
        String searchIndexUrl,
        String tableSortScriptUrl,
        String faviconUrl,
        String releaseId,
        String releaseTitle,
        String releasedOn,
        String sources) {}
