package org.cptsite.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cptsite.Rows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The status questions pages ask of a row, each answered in one place. */
class RvuRowTest {
    @ParameterizedTest
    @CsvSource({
        "A,false,false,true",
        "J,true,false,false",
        "C,false,true,false",
        "R,false,false,true",
        "B,false,false,false"
    })
    void statusQuestions(String status, boolean anesthesia, boolean contractorPriced, boolean payable) {
        RvuRow row = Rows.row38900().status(status).build();
        assertEquals(anesthesia, row.anesthesia());
        assertEquals(contractorPriced, row.contractorPriced());
        assertEquals(payable, row.payable());
    }

    /** The file's 32 columns are grouped as docs/cms-pfs-files.md groups them, not one flat list. */
    @Test
    void theRowIsAFewNamedParts() {
        assertTrue(RvuRow.class.getRecordComponents().length <= 10);
        RvuRow row = Rows.row38900().opps("1.00", "0.50", "0.02").build();
        assertEquals("ZZZ", row.global().days());
        assertEquals("1", row.policy().bilateral());
        assertEquals(new java.math.BigDecimal("4.34"), row.rvus().nonFacilityTotal());
        assertTrue(row.oppsCapped());
    }
}
