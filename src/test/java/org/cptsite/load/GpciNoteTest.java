package org.cptsite.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.cptsite.RealData;
import org.cptsite.TestReleases;
import org.cptsite.model.SiteSettings.WorkGpci;
import org.junit.jupiter.api.Test;

/** The GPCI file's note on the work GPCI floor, and the column work_gpci: auto takes by it. */
class GpciNoteTest {
    @Test
    void theFloorsLastDayIsReadFromTheNote() {
        assertEquals(
                LocalDate.of(2026, 1, 31),
                GpciNote.floorThrough("\"Note: The work GPCI floor of 1.0 that was applied in previous updates was "
                        + "extended through January 31, 2026 by Section 6207 of Continuing Appropriations\",,,,,,,"));
        assertNull(GpciNote.floorThrough(
                "Note: the two work columns give the index without and with the 1.0 work floor."));
        assertNull(GpciNote.floorThrough("The work GPCI floor was extended through February 30, 2026"));
        assertNull(GpciNote.floorThrough("Frontier states through January 31, 2026"), "not the work GPCI floor's");
    }

    /** The real 2026 file (of the July release, RVU26C) ends the floor on January 31, 2026. */
    @Test
    void theReal2026FileEndsTheFloorInJanuary() throws IOException {
        Path gpci = RealData.dir("rvu26").resolve("GPCI2026.csv");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(gpci), "no ../shared/cms/rvu26");
        assertEquals(
                LocalDate.of(2026, 1, 31),
                GpciNote.floorThrough(Files.readString(gpci, Charset.forName("windows-1252"))));
    }

    @Test
    void autoTakesTheFloorWhileTheNoteHasItOnTheReleasesFirstDay() {
        LocalDate through = LocalDate.of(2026, 1, 31);
        assertEquals(WorkGpci.FLOOR, WorkGpci.AUTO.forRelease(release("RVU26A", through)), "January 1 to 31");
        assertEquals(WorkGpci.NO_FLOOR, WorkGpci.AUTO.forRelease(release("RVU26B", through)), "from April 1");
        assertEquals(WorkGpci.NO_FLOOR, WorkGpci.AUTO.forRelease(release("RVU26C", through)), "from July 1");
        assertEquals(WorkGpci.FLOOR, WorkGpci.AUTO.forRelease(release("RVU26C", null)), "no day: CMS's example");
        assertEquals(WorkGpci.FLOOR, WorkGpci.FLOOR.forRelease(release("RVU26C", through)), "the owner's choice");
        assertEquals(WorkGpci.NO_FLOOR, WorkGpci.NO_FLOOR.forRelease(release("RVU26A", through)));
        assertEquals(LocalDate.of(2026, 10, 1), release("RVU26D", null).effective());
        assertEquals(LocalDate.of(2025, 12, 29), release("PFS26", null).effective(), "another id: its release day");
    }

    private static org.cptsite.model.Release release(String id, LocalDate floorThrough) {
        var r = TestReleases.of(id, LocalDate.of(2025, 12, 29));
        return new org.cptsite.model.Release(
                r.id(),
                r.title(),
                r.year(),
                r.released(),
                r.columns(),
                r.conversionFactor(),
                r.qualifyingApmCf(),
                r.codes(),
                r.localities(),
                r.counties(),
                r.anesthesia(),
                r.anesthesiaCf(),
                r.anesthesiaQualifyingApmCf(),
                r.sources(),
                r.ignored(),
                floorThrough);
    }
}
