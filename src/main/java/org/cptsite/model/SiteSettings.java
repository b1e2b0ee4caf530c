package org.cptsite.model;

import java.math.BigDecimal;
import java.util.List;

/** Site-wide settings from {@code content/site.yml}. */
public record SiteSettings(
        String name,
        String tagline,
        String baseUrl,
        String language,
        boolean showCmsDescriptors,
        BigDecimal qualifyingApmCf,
        String publisher,
        List<Link> navigation,
        CallToAction callToAction,
        List<String> notices,
        List<String> commonCodes) {

    public SiteSettings {
        navigation = List.copyOf(navigation);
        notices = List.copyOf(notices);
        commonCodes = List.copyOf(commonCodes);
    }

    public record Link(String title, String url) {}

    public record CallToAction(String title, String text, String linkText, String url) {}

    /** The same settings with another base URL (the {@code --base-url} option wins over the file). */
    public SiteSettings withBaseUrl(String url) {
        return new SiteSettings(name, tagline, url, language, showCmsDescriptors, qualifyingApmCf, publisher,
                navigation, callToAction, notices, commonCodes);
    }
}
