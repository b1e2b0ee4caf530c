package org.cptsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.cptsite.RealData;
import org.cptsite.Sites;
import org.cptsite.pipeline.Pipeline;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A category without named ranges and with many codes (Category III: 635 in 2026) lists them on pages of
 * {@value ListPageBuilder#CODES_PER_PAGE}: on one page it passed the list page budget under a base URL's path,
 * and the build failed.
 */
class CategoryPagesRealDataIT {
    @TempDir
    Path tmp;

    @Test
    void categoryIiiIsListedOnPagesThatTogetherHoldEachCodeOnce() throws IOException {
        Path data = RealData.dir("rvu26");
        Path site = tmp.resolve("site");
        Pipeline.Result r = new Pipeline(
                        new Pipeline.Options(
                                List.of(data),
                                Sites.CONTENT,
                                Sites.TEMPLATES,
                                site,
                                "https://www.example.org/fees",
                                LocalDate.of(2026, 7, 1)),
                        msg -> {})
                .run(true);
        assertTrue(r.ok(), () -> r.problems().all().toString());
        Set<String> expected = new TreeSet<>();
        for (String code : Sites.codes(Sites.pprrvu(data))) if (code.matches("[0-9]{4}T")) expected.add(code);
        List<String> listed = new ArrayList<>();
        int pages = (expected.size() + ListPageBuilder.CODES_PER_PAGE - 1) / ListPageBuilder.CODES_PER_PAGE;
        assertTrue(pages > 1, "more than one page: " + expected.size() + " codes");
        for (int page = 1; page <= pages; page++) {
            Path file = site.resolve("category/category-iii/" + (page == 1 ? "" : page + "/") + "index.html");
            Document d = Jsoup.parse(file.toFile());
            d.select("table a[href^=/fees/cpt/]").forEach(a -> listed.add(a.text()));
            assertEquals(pages, d.select("ul.entries li").size(), "a link to every page, or its name");
            assertEquals(1, d.select("ul.entries li [aria-current=page]").size());
            assertTrue(Files.size(file) < 120 * 1024, file + ": " + Files.size(file));
        }
        assertEquals(List.copyOf(expected), listed.stream().sorted().toList());
        assertEquals(expected.size(), listed.size(), "each code once");
        assertTrue(Files.notExists(site.resolve("category/category-iii/" + (pages + 1) + "/index.html")));
    }
}
