package org.cptsite;

import java.util.LinkedHashMap;
import java.util.Map;

/** One page of every kind the sample build has, by kind: what the validity and accessibility tests look at. */
public final class PageKinds {
    private PageKinds() {}

    /** Kind to URL, in a fixed order. */
    public static final Map<String, String> SAMPLE = sample();

    private static Map<String, String> sample() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("code page with editorial content and FAQ", "/cpt/38900/");
        m.put("code page without content", "/cpt/38300/");
        m.put("code with 26/TC rows", "/cpt/71046/");
        m.put("anesthesia code", "/cpt/00142/");
        m.put("HCPCS code", "/hcpcs/G0105/");
        m.put("home", "/");
        m.put("category with ranges", "/category/surgery/");
        m.put("category without ranges", "/category/category-iii/");
        m.put("range", "/category/surgery/38100-38999/");
        m.put("specialty index", "/specialty/");
        m.put("specialty", "/specialty/surgical-oncology/");
        m.put("search", "/search/");
        m.put("404", "/404.html");
        return m;
    }

    /** The pages a build with history adds (the sample and the older sample release). */
    public static final Map<String, String> HISTORY = history();

    private static Map<String, String> history() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("code page with history", "/cpt/38900/");
        m.put("deleted code with content and a successor", "/cpt/0042T/");
        m.put("deleted code without content", "/cpt/27445/");
        m.put("release index", "/releases/");
        m.put("release report", "/releases/RVU26A/");
        m.put("oldest release", "/releases/RVU25D/");
        m.put("changed rows of a category", "/releases/RVU26A/changed/surgery/");
        m.put("home with releases", "/");
        return m;
    }

    /** The file of a URL in the built site. */
    public static String file(String url) {
        String path = url.substring(1);
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }
}
