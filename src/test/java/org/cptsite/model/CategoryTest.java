package org.cptsite.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * product.md: Anesthesia 00100-01999, Surgery 10004-69990, Radiology 70010-79999, Pathology and Laboratory
 * 80047-89398, Evaluation and Management 99202-99499, Medicine 90281-99607 outside E/M; Category II NNNNF,
 * Category III NNNNT, PLA NNNNU, HCPCS Level II a letter and four digits. Anything else: Other.
 */
class CategoryTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "00099, OTHER", // below the anesthesia range
        "00100, ANESTHESIA",
        "00142, ANESTHESIA",
        "01999, ANESTHESIA",
        "02000, OTHER",
        "10003, OTHER",
        "10004, SURGERY",
        "38900, SURGERY",
        "69990, SURGERY",
        "69991, OTHER",
        "70009, OTHER",
        "70010, RADIOLOGY",
        "79999, RADIOLOGY",
        "80046, OTHER",
        "80047, PATHOLOGY_LABORATORY",
        "89398, PATHOLOGY_LABORATORY",
        "89399, OTHER",
        "90280, OTHER",
        "90281, MEDICINE",
        "99201, MEDICINE", // deleted office visit: in 90281-99607, outside E/M 99202-99499
        "99202, EVALUATION_MANAGEMENT",
        "99213, EVALUATION_MANAGEMENT",
        "99499, EVALUATION_MANAGEMENT",
        "99500, MEDICINE",
        "99607, MEDICINE",
        "99608, OTHER",
        "99999, OTHER", // in no range of the definition
        "0001F, CATEGORY_II",
        "9999F, CATEGORY_II",
        "0042T, CATEGORY_III",
        "1053T, CATEGORY_III",
        "0001U, PLA",
        "0001M, OTHER", // multianalyte assay codes: none of the named forms
        "G0105, HCPCS_LEVEL_II",
        "A0425, HCPCS_LEVEL_II",
        "J3490, HCPCS_LEVEL_II",
        "GXXX1, OTHER",
        "G010, OTHER",
        "G01050, OTHER",
        "0001, OTHER",
        "F0001, HCPCS_LEVEL_II",
    })
    void categoryByForm(String code, Category expected) {
        assertEquals(expected, Category.of(code));
    }

    @Test
    void slugsAndTitles() {
        assertEquals("surgery", Category.SURGERY.slug());
        assertEquals("Surgery", Category.SURGERY.defaultTitle());
        assertEquals("Pathology and Laboratory", Category.PATHOLOGY_LABORATORY.defaultTitle());
        assertEquals("Evaluation and Management", Category.EVALUATION_MANAGEMENT.defaultTitle());
        for (Category c : Category.values()) assertEquals(c, Category.bySlug(c.slug()));
        assertNull(Category.bySlug("nope"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "38900, CPT, cpt",
        "0001F, CPT, cpt",
        "0042T, CPT, cpt",
        "0001U, CPT, cpt",
        "G0105, HCPCS, hcpcs",
        "D0120, HCPCS, hcpcs"
    })
    void codeSystem(String code, CodeSystem system, String folder) {
        assertEquals(system, CodeSystem.of(code));
        assertEquals(folder, CodeSystem.of(code).folder());
    }
}
