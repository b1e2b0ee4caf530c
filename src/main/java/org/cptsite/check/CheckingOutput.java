package org.cptsite.check;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.cptsite.model.Problems;
import org.cptsite.render.Output;
import org.cptsite.render.Urls;

/**
 * Checks each page as it is rendered, then passes it on (to the writer, or nowhere for {@code check}).
 * After the last page, {@link #finish()} checks the links between pages and that titles are unique.
 */
public final class CheckingOutput implements Output {
    private final Output next;
    private final String baseUrl;
    private final Problems problems;
    private final Set<String> files = ConcurrentHashMap.newKeySet();
    private final Map<String, Set<String>> linksByPage = new ConcurrentHashMap<>();
    private final Map<String, String> titles = new ConcurrentHashMap<>();

    public CheckingOutput(Output next, String baseUrl, Problems problems) {
        this.next = next;
        this.baseUrl = baseUrl;
        this.problems = problems;
    }

    @Override
    public void page(String url, String html) {
        PageRules.Result r = PageRules.check(url, html, baseUrl);
        for (String violation : r.violations()) problems.error("page " + url, 0, violation, "fix the template or content");
        String other = titles.putIfAbsent(r.title(), url);
        if (other != null) {
            problems.error("page " + url, 0, "has the same <title> as " + other + ": \"" + r.title() + "\"",
                    "titles must be unique; edit the content's title");
        }
        linksByPage.put(url, Set.copyOf(r.links()));
        files.add(Urls.file(url));
        next.page(url, html);
    }

    @Override
    public void file(String path, byte[] bytes) {
        files.add(path);
        next.file(path, bytes);
    }

    /** Every internal link must lead to a file the build wrote (sitemap and robots are written last). */
    public void finish() {
        Map<String, String> broken = new TreeMap<>();
        linksByPage.forEach((page, links) -> {
            for (String link : links) {
                String path = link.replaceFirst("[#?].*$", "");
                String file = Urls.file(path);
                if (!files.contains(file) && !file.equals("sitemap.xml") && !file.equals("robots.txt")) {
                    broken.merge(page, link, (a, b) -> a.compareTo(b) <= 0 ? a : b);
                }
            }
        });
        broken.forEach((page, link) -> problems.error("page " + page, 0, "links to " + link
                + ", which the build does not generate", "correct the link in the content or settings"));
    }
}
