package org.cptsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.cptsite.Sites;
import org.cptsite.compute.LocalityPricing;
import org.cptsite.compute.SiteFacts;
import org.cptsite.link.LinkedSite;
import org.cptsite.model.Locality;
import org.cptsite.model.Problems;
import org.cptsite.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

/** The price export on its own, without the command: CSV lines and JSON objects with the same figures. */
class PriceExportTest {
    @Test
    void csvAndJsonOfTwoCodesInTwoLocalities() throws IOException {
        SiteFacts facts = new Pipeline(
                        new Pipeline.Options(
                                Sites.SAMPLE,
                                Sites.CONTENT,
                                Sites.TEMPLATES,
                                null,
                                Sites.BASE_URL,
                                LocalDate.of(2026, 1, 15)),
                        line -> {})
                .facts(new Problems());
        LinkedSite site = facts.site();
        LocalityPricing pricing = facts.pricing();
        List<Locality> places = List.of(pricing.locality("10112-00"), pricing.locality("01112-05"));
        PriceExport export = new PriceExport(
                pricing,
                List.of(
                        site.release().codes().get("38900"),
                        site.release().codes().get("00142")),
                places);

        StringWriter csv = new StringWriter();
        export.csv(csv);
        List<String> lines = csv.toString().lines().toList();
        assertEquals(String.join(",", PriceExport.COLUMNS), lines.get(0));
        assertEquals(
                "38900,,A,10112-00,AL,ALABAMA,130.94,111.65,false,false,143.05,121.98,131.59,112.21", lines.get(1));
        assertEquals(3, lines.size(), "00142 (status J) has no row paid under the fee schedule");

        StringWriter json = new StringWriter();
        export.json(json);
        JsonNode root = new ObjectMapper().readTree(json.toString());
        assertEquals("RVU26A", root.path("release").asText());
        assertEquals(2, root.path("prices").size());
        JsonNode first = root.path("prices").get(0);
        assertEquals("130.94", first.path("non_facility").decimalValue().toPlainString());
        assertEquals("01112-05", root.path("prices").get(1).path("locality_id").asText());
    }

    @Test
    void aFieldWithACommaOrQuoteIsQuoted() {
        assertEquals("ALABAMA", CsvCells.field("ALABAMA"));
        assertEquals("\"HAWAII, GUAM\"", CsvCells.field("HAWAII, GUAM"));
        assertEquals("\"A \"\"B\"\"\"", CsvCells.field("A \"B\""));
    }
}
