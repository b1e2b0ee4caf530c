package org.cptsite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** Walks a built site's links from the home page, as a reader clicking would, and counts the clicks. */
public final class LinkWalk {
    private LinkWalk() {}

    /** Every page reachable from {@code /}, with the fewest clicks that reach it (breadth first). */
    public static Map<String, Integer> clicksFromHome(Path site) {
        Map<String, Integer> clicks = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        clicks.put("/", 0);
        queue.add("/");
        while (!queue.isEmpty()) {
            String url = queue.poll();
            Path file = site.resolve(url.substring(1) + (url.endsWith("/") ? "index.html" : ""));
            if (!url.endsWith("/") || !Files.isRegularFile(file)) continue;
            for (Element a : Jsoup.parse(Sites.read(file)).select("a[href^=/]")) {
                String target = a.attr("href").replaceFirst("[#?].*$", "");
                if (!clicks.containsKey(target)) {
                    clicks.put(target, clicks.get(url) + 1);
                    queue.add(target);
                }
            }
        }
        return clicks;
    }
}
