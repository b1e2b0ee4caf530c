package org.cptsite.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Site-wide settings from {@code content/site.yml}.
 *
 * @param qualifyingApmCf the qualifying APM conversion factor by year, for releases without a QPP file
 */
public record SiteSettings(
        String name,
        String tagline,
        String baseUrl,
        String language,
        boolean showCmsDescriptors,
        Map<Integer, BigDecimal> qualifyingApmCf,
        String publisher,
        List<Link> navigation,
        CallToAction callToAction,
        List<String> notices,
        List<String> commonCodes) {

    public SiteSettings {
        navigation = List.copyOf(navigation);
        notices = List.copyOf(notices);
        commonCodes = List.copyOf(commonCodes);
        qualifyingApmCf = Map.copyOf(qualifyingApmCf);
    }

    public record Link(String title, String url) {}

    public record CallToAction(String title, String text, String linkText, String url) {}

    /** The same settings with another base URL (the {@code --base-url} option wins over the file). */
    public SiteSettings withBaseUrl(String url) {
        return new SiteSettings(name, tagline, url, language, showCmsDescriptors, qualifyingApmCf, publisher,
                navigation, callToAction, notices, commonCodes);
    }
}
