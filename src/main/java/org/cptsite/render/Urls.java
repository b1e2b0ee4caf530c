package org.cptsite.render;

import org.cptsite.link.LinkedSite;
import org.cptsite.model.Category;
import org.cptsite.model.CodeSystem;

/** The site's URL scheme: pretty folder URLs, one place to change it. */
public final class Urls {
    private Urls() {}

    public static String code(String code) {
        return "/" + CodeSystem.of(code).folder() + "/" + code + "/";
    }

    public static String json(String code) {
        return "/" + CodeSystem.of(code).folder() + "/" + code + ".json";
    }

    public static String category(Category category) {
        return "/category/" + category.slug() + "/";
    }

    /** Page {@code page} (from 1) of a category's list of codes: the category's own URL, then /2/, /3/... */
    public static String category(Category category, int page) {
        return page <= 1 ? category(category) : category(category) + page + "/";
    }

    public static String range(LinkedSite.RangeGroup group) {
        return category(group.category()) + group.slug() + "/";
    }

    /** The file of a range's JSON twins (json_twins: per_range); "other" for the codes no named range covers. */
    public static String rangeJson(Category category, org.cptsite.model.CodeRange range) {
        return category(category) + (range == null ? "other" : range.slug()) + ".json";
    }

    public static String specialty(String slug) {
        return "/specialty/" + slug + "/";
    }

    public static String specialties() {
        return "/specialty/";
    }

    /** The index of release reports. */
    public static String releases() {
        return "/releases/";
    }

    /** A release report: /releases/RVU26A/. */
    public static String release(String id) {
        return "/releases/" + id + "/";
    }

    /** Page {@code n} (from 1) of a release report's changed rows of one category. */
    public static String releaseChanges(String id, Category category, int n) {
        return releaseList(id, "changed", category, n);
    }

    /**
     * Page {@code n} (from 1) of one category's codes of a release report's list {@code kind}: "changed",
     * "added" or "deleted" (/releases/RVU26A/added/surgery/2/).
     */
    public static String releaseList(String id, String kind, Category category, int n) {
        return release(id) + kind + "/" + category.slug() + "/" + (n == 1 ? "" : n + "/");
    }

    public static String search() {
        return "/search/";
    }
}
