package org.cptsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names as the 2026 GPCI and LOCCO files print them, and as pages show them. */
class PlaceNamesTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "LOS ANGELES-LONG BEACH-ANAHEIM (LOS ANGELES CNTY)|Los Angeles-Long Beach-Anaheim (Los Angeles Cnty)",
                "EAST ST. LOUIS|East St. Louis",
                "JEFFERSON, ST. CHARLES, ST. LOUIS AND ST. LOUIS CITY|Jefferson, St. Charles, St. Louis and St. Louis City",
                "DC + MD/VA SUBURBS|DC + MD/VA Suburbs",
                "NORTHERN NJ|Northern NJ",
                "POUGHKPSIE/N NYC SUBURBS|Poughkpsie/N NYC Suburbs",
                "DISTRICT OF COLUMBIA|District of Columbia",
                "HAWAII/GUAM|Hawaii/Guam",
                "ALASKA*|Alaska",
                "REST OF STATE*|Rest of State",
                "WYOMING**|Wyoming",
                "ALL COUNTIES|All counties",
                "ALL OTHER COUNTIES EXCEPT MONTGOMERY AND PRINCE GEORGE'S|All other counties except Montgomery and Prince George's",
                "FALLS CHURCH CITY IN VIRGINIA|Falls Church City in Virginia",
                "BUTTS, CHEROKEE, CLAYTON, COBB, DEKALB, DOUGLAS|Butts, Cherokee, Clayton, Cobb, DeKalb, Douglas",
                "DUPAGE, KANE, LAKE AND WILL|DuPage, Kane, Lake and Will",
                "MACOMB, MACOUPIN, MCHENRY, MCDONALD|Macomb, Macoupin, McHenry, McDonald",
                "O'BRIEN|O'Brien",
                "BALTIMORE/SURR. CNTYS|Baltimore/Surr. Cntys",
                "HANFORD-CORCORAN|Hanford-Corcoran",
                "SAN FRANCISCO-OAKLAND-BERKELEY (SAN FRANCISCO/SAN MATEO/ALAMEDA/CONTRA COSTA CNTY)|"
                        + "San Francisco-Oakland-Berkeley (San Francisco/San Mateo/Alameda/Contra Costa Cnty)",
            })
    void readableCase(String file, String shown) {
        assertEquals(shown, PlaceNames.readable(file));
    }
}
