package org.cptsite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.cptsite.cli.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The machine's language changes nothing: in Turkish, "I".toLowerCase() is a dotless ı; in Arabic (Egypt),
 * String.format writes Arabic-Indic digits and a decimal comma. The site and the messages are the same.
 */
class LocaleIndependenceIT {
    private static final Locale TURKISH = Locale.forLanguageTag("tr-TR");
    private static final Locale ARABIC = Locale.forLanguageTag("ar-EG");
    private final Locale before = Locale.getDefault();

    @TempDir
    Path tmp;

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    private Path build(String name, Locale locale) {
        Locale.setDefault(locale);
        Path site = tmp.resolve(name);
        Sites.build(Sites.SAMPLE, Sites.CONTENT, site, LocalDate.of(2026, 1, 15));
        return site;
    }

    private static List<Path> files(Path site) throws IOException {
        try (Stream<Path> s = Files.walk(site)) {
            return s.filter(Files::isRegularFile).map(site::relativize).sorted().toList();
        }
    }

    @Test
    void theSiteIsTheSameInTurkishAndArabic() throws IOException {
        Path english = build("en", Locale.US);
        for (Locale locale : List.of(TURKISH, ARABIC)) {
            Path other = build(locale.toLanguageTag(), locale);
            assertEquals(files(english), files(other));
            for (Path file : files(english)) {
                assertEquals(
                        Files.readString(english.resolve(file)),
                        Files.readString(other.resolve(file)),
                        locale + ": " + file);
            }
        }
    }

    @Test
    void theCommandsWriteAsciiDigits() {
        Locale.setDefault(ARABIC);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(
                new String[] {
                    "check",
                    "--data",
                    Sites.SAMPLE.toString(),
                    "--content",
                    Sites.CONTENT.toString(),
                    "--templates",
                    Sites.TEMPLATES.toString(),
                    "--base-url",
                    Sites.BASE_URL
                },
                new PrintWriter(out),
                new PrintWriter(err));
        assertEquals(0, status, err::toString);
        assertTrue(
                out.toString().matches("(?s)ok: RVU26A, [0-9]+ pages checked, [0-9]+ warning\\(s\\)\\s*"),
                out.toString());
    }
}
