package org.cptsite.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.cptsite.Rows;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The status questions pages ask of a row, each answered in one place. */
class RvuRowTest {
    @ParameterizedTest
    @CsvSource({"A,false,false,true", "J,true,false,false", "C,false,true,false", "R,false,false,true",
            "B,false,false,false"})
    void statusQuestions(String status, boolean anesthesia, boolean contractorPriced, boolean payable) {
        RvuRow row = Rows.row38900().status(status).build();
        assertEquals(anesthesia, row.anesthesia());
        assertEquals(contractorPriced, row.contractorPriced());
        assertEquals(payable, row.payable());
    }
}
