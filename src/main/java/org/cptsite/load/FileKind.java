package org.cptsite.load;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** The kinds of file a CMS release holds, each recognised by its first lines. */
enum FileKind {
    PPRRVU("PPRRVU", "PPRRVU", PprrvuReader::recognises),
    GPCI("GPCI", "GPCI", GpciReader::recognises),
    GPCI_TEXT("GPCI text", null, GpciTextReader::recognises),
    LOCCO("LOCCO", "LOCCO", LoccoReader::recognises),
    LOCCO_TEXT("LOCCO text", null, LoccoTextReader::recognises),
    ANES("ANES", "ANES", AnesReader::recognises),
    OPPS_CAP("OPPSCAP", "OPPSCAP", head -> head.stream().anyMatch(l -> l.startsWith("HCPCS,MOD,PROCSTAT")));

    /** How many lines are enough to recognise every kind (the PPRRVU header is on line 10). */
    private static final int HEAD_LINES = 20;

    final String label;
    /** Upper-case text a CMS file name of this kind contains, to tell a misnamed file. */
    final String namePattern;

    private final Predicate<List<String>> test;

    FileKind(String label, String namePattern, Predicate<List<String>> test) {
        this.label = label;
        this.namePattern = namePattern;
        this.test = test;
    }

    FileKind textTwin() {
        return this == GPCI ? GPCI_TEXT : this == LOCCO ? LOCCO_TEXT : this;
    }

    /** The kind of the file, or null for anything else (the PDF readme, spreadsheets, unrelated files). */
    static FileKind recognise(SourceFile file) {
        if (binary(file.bytes())) return null;
        List<String> head = file.head(HEAD_LINES);
        // OPPSCAP's header also starts "HCPCS,MOD", so it is tested first.
        if (OPPS_CAP.test.test(head)) return OPPS_CAP;
        return Arrays.stream(values())
                .filter(k -> k.test.test(head))
                .findFirst()
                .orElse(null);
    }

    static String describeAll() {
        return Arrays.stream(values()).map(k -> k.label).collect(Collectors.joining(", "));
    }

    private static boolean binary(byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, 1024); i++) {
            if (bytes[i] == 0) return true;
        }
        return bytes.length >= 4 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F';
    }
}
