package org.cptsite.load;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A CSV file as rows of trimmed-or-not cells, each with the line it starts on. */
final class CsvTable {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).build();

    record Row(int line, List<String> cells) {
        String cell(int i) {
            return i < cells.size() ? cells.get(i) : "";
        }

        /** True for separator rows such as ",,,,,": every cell blank. */
        boolean blank() {
            for (String cell : cells) {
                if (!cell.isBlank()) return false;
            }
            return true;
        }
    }

    private CsvTable() {}

    /**
     * Parses the text; a malformed quote is reported with its line through the exception message,
     * which callers turn into a problem.
     */
    static List<Row> parse(String text) {
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            long line = 1;
            for (CSVRecord record : parser) {
                // values() is the record's own array, never null with this format; toList() would stream it.
                rows.add(new Row((int) line, Arrays.asList(record.values())));
                line = parser.getCurrentLineNumber() + 1;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
