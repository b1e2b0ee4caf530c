package org.cptsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.core.HTMLOutputFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HtmlTest {
    /** The page parts written in Java keep the bytes the template gave them: the same escaping as Freemarker's. */
    @Test
    void escapesTextAsFreemarkersHtmlOutputFormatDoes() throws Exception {
        char[] alphabet = {'a', ' ', '<', '>', '&', '"', '\'', '\u2192', '\u2212', '$', ';', '#'};
        Random random = new Random(20261201);
        for (int n = 0; n < 2000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) text.append(alphabet[random.nextInt(alphabet.length)]);
            String s = text.toString();
            assertEquals(
                    HTMLOutputFormat.INSTANCE.escapePlainText(s),
                    new Html(8).text(s).toString(),
                    s);
        }
    }

    @Test
    void historyTextCannotOpenMarkup() {
        HistoryView.ChangeText change =
                new HistoryView.ChangeText("Since <b>", "R\"1", List.of("<script>alert(1)</script>"));
        HistoryView.Row row = new HistoryView.Row("R'1", "<", ">", "&", "\"", "'", "x");
        HistoryView.PaymentChart chart = new HistoryView.PaymentChart(
                "</title><script>",
                "</desc>",
                "1,2\" onload=\"x",
                List.of(new HistoryView.Point("1\"", "2", "<l>", "<t>")));
        String html = HistoryHtml.of("<code>", List.of(change), List.of(row), chart);
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("\" onload"), html);
        assertFalse(
                html.contains("<b>") || html.contains("<code>") || html.contains("<l>") || html.contains("<t>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertTrue(html.contains("<caption>&lt;code&gt; in each release given (main row)</caption>"), html);
    }
}
