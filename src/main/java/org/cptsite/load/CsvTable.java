package org.cptsite.load;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.cptsite.model.Problems;

/** A CSV file as rows of trimmed-or-not cells, each with the line it starts on. */
final class CsvTable {
    private static final CSVFormat FORMAT =
            CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).build();
    static final String FIX_QUOTES = "use the file exactly as it comes in the CMS zip (download it again if it was "
            + "cut short); a quote inside a quoted cell is written twice (\"\")";

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
     * Parses the file's text. A quoting error (a download cut inside a quoted descriptor, a stray quote)
     * is reported at the line where the broken row starts, and the result is null: the rows after it
     * cannot be told apart.
     */
    static List<Row> parse(SourceFile file, Problems problems) {
        List<Row> rows = new ArrayList<>();
        return each(file, problems, rows::add) ? rows : null;
    }

    /**
     * Hands each row to {@code row} as it is parsed, without keeping the table: a PPRRVU file's 19,000 rows of
     * cells are ~30 MB, and a collection while they are all held copies them to the old generation (more so with
     * two releases read at once). Returns false after a quoting error, reported as {@link #parse} does; the
     * rows before it have been handed on.
     */
    static boolean each(SourceFile file, Problems problems, Consumer<Row> row) {
        long line = 1;
        try (CSVParser parser = CSVParser.parse(new StringReader(file.text()), FORMAT)) {
            for (CSVRecord record : parser) {
                long last = parser.getCurrentLineNumber();
                if (last > line) {
                    // A quoted cell with a line break: no CMS file has one (a descriptor is one line), and a
                    // page, a message or a YAML comment that quoted it would break at it.
                    problems.error(
                            file.name(),
                            (int) line,
                            "a quoted cell on this line goes on to line " + last
                                    + " (a line break inside a cell): CMS files have one row per line",
                            "use the file exactly as it comes in the CMS zip; if it was edited, remove the line "
                                    + "break from the cell");
                } else {
                    // values() is the record's own array, never null with this format; toList() would stream it.
                    row.accept(new Row((int) line, Arrays.asList(record.values())));
                }
                line = last + 1;
            }
        } catch (IOException | UncheckedIOException e) {
            // commons-csv reports a malformed record as an (unchecked) IOException while iterating.
            String message = String.valueOf(e.getMessage());
            problems.error(
                    file.name(),
                    (int) line,
                    message.contains("EOF")
                            ? "a quoted cell starts on this line and is never closed (the file ends inside it)"
                            : "a quoted cell starting on this line is not closed where its cell ends (a stray quote?)",
                    FIX_QUOTES);
            return false;
        }
        return true;
    }
}
