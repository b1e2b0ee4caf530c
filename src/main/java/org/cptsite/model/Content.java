package org.cptsite.model;

import java.util.List;
import java.util.Map;

/** All editorial content: settings, code and category texts, and the names of code ranges. */
public record Content(
        SiteSettings settings,
        Map<String, CodeContent> codes,
        Map<Category, CategoryContent> categories,
        List<CodeRange> ranges) {}
