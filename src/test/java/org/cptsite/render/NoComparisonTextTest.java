package org.cptsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.cptsite.Rows;
import org.cptsite.compute.CodeFacts;
import org.cptsite.compute.NoComparison;
import org.cptsite.model.CodeRows;
import org.cptsite.model.RvuRow;
import org.junit.jupiter.api.Test;

/** Compute says why a code has no comparison; render words it, the same for the page, the twin and show. */
class NoComparisonTextTest {
    private static String words(RvuRow row, NoComparison reason) {
        CodeFacts facts = new CodeFacts(
                new CodeRows(row.code(), List.of(row)),
                List.of(),
                List.of(),
                List.of(),
                reason,
                new BigDecimal("33.4009"),
                null);
        return NoComparisonText.of(facts);
    }

    @Test
    void eachReasonInWords() {
        assertEquals(
                "Anesthesia services are paid by base units and time, so CMS gives them no work RVU to compare.",
                words(Rows.row("00100").status("J").build(), NoComparison.of(NoComparison.Reason.ANESTHESIA)));
        assertEquals(
                "A technical component carries no physician work, so there is no work RVU to compare.",
                words(Rows.row("70003").pctc("3").build(), NoComparison.of(NoComparison.Reason.TECHNICAL_COMPONENT)));
        assertEquals(
                "CMS assigns no work RVU to this code (bundled: payment is included in another service), so it "
                        + "has no place in the comparison.",
                words(Rows.row("20930").status("B").build(), NoComparison.of(NoComparison.Reason.NOT_PAYABLE)));
        assertEquals(
                "CMS assigns no work RVU to this code, so it has no place in the comparison.",
                words(Rows.row("99999").build(), NoComparison.of(NoComparison.Reason.NO_WORK_RVU)));
        assertEquals(
                "CMS deleted this code after RVU25D, so it is not compared with the codes of the current release.",
                words(Rows.row("0042T").build(), new NoComparison(NoComparison.Reason.DELETED, "RVU25D")));
    }

    @Test
    void noneWithAComparison() {
        assertNull(words(Rows.row("38900").build(), null));
    }
}
