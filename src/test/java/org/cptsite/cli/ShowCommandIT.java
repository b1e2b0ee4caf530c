package org.cptsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.cptsite.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cptsite show CODE --json} prints exactly the JSON twin the build writes. */
class ShowCommandIT {
    @Test
    void jsonIsTheJsonTwinOfTheBuild(@TempDir Path tmp) throws IOException {
        Path site = tmp.resolve("site");
        Sites.build(Sites.SAMPLE, Sites.CONTENT, site, LocalDate.of(2026, 1, 1));
        for (String code : new String[] {"38900", "71046", "G0105"}) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int status = Main.run(new String[] {"show", code, "--json", "--data", Sites.SAMPLE.toString(),
                "--content", Sites.CONTENT.toString(), "--templates", Sites.TEMPLATES.toString(),
                "--base-url", Sites.BASE_URL}, new PrintWriter(out), new PrintWriter(err));
            assertEquals(0, status, err::toString);
            String folder = code.startsWith("G") ? "hcpcs" : "cpt";
            assertEquals(Files.readString(site.resolve(folder + "/" + code + ".json")), out.toString(), code);
        }
    }
}
