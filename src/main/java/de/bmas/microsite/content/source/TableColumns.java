package de.bmas.microsite.content.source;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * HTML's table model requires a cell to begin in every column a table has: {@code <th colspan="2">} in a table
 * whose other rows have one cell each makes a second column nobody begins in, which the Nu Html Checker reports
 * as an error. Such columns are taken out by narrowing the cells that span them. Cells span no rows here (the
 * sanitizer drops {@code rowspan}), so each row's cells lie side by side from the first column on.
 */
final class TableColumns {

    private TableColumns() {
    }

    static void repair(Element table) {
        List<List<Element>> rows = table.select("tr").stream()
                .filter(row -> row.closest("table") == table)
                .<List<Element>>map(row -> new ArrayList<>(row.children()))
                .toList();
        Set<Integer> beginnings = new HashSet<>();
        int width = 0;
        for (List<Element> row : rows) {
            int column = 0;
            for (Element cell : row) {
                beginnings.add(column);
                column += span(cell);
            }
            width = Math.max(width, column);
        }
        // from the right, so that narrowing a cell does not move the columns still to be looked at
        for (int column = width - 1; column > 0; column--) {
            if (!beginnings.contains(column)) {
                narrowCellsOver(rows, column);
            }
        }
    }

    private static void narrowCellsOver(List<List<Element>> rows, int column) {
        for (List<Element> row : rows) {
            int start = 0;
            for (Element cell : row) {
                int span = span(cell);
                if (start < column && column < start + span) {
                    if (span == 2) {
                        cell.removeAttr("colspan");
                    } else {
                        cell.attr("colspan", String.valueOf(span - 1));
                    }
                }
                start += span;
            }
        }
    }

    private static int span(Element cell) {
        try {
            return Math.max(1, Integer.parseInt(cell.attr("colspan").strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
