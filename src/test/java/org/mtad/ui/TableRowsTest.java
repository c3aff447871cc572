package org.mtad.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mtad.analysis.AlignedSeries;
import org.mtad.catalog.Series;

class TableRowsTest {

    private static TableRows rows() {
        var a = new Series("a", List.of(YearMonth.of(2000, 1), YearMonth.of(2000, 2), YearMonth.of(2000, 3)),
                new double[] {3, 1, 2});
        var b = new Series("b", List.of(YearMonth.of(2000, 2), YearMonth.of(2000, 3)), new double[] {0.5, 0.25});
        return TableRows.of(AlignedSeries.of(List.of(a, b)), YearMonth.of(2000, 1), YearMonth.of(2000, 3),
                List.of("Source A", "Source, \"B\""));
    }

    @Test
    void the_csv_has_the_table_header_its_rows_in_order_and_empty_cells_for_missing_values() throws Exception {
        var out = new StringWriter();
        rows().writeCsv(out, "Date");
        assertThat(out.toString().split("\r\n")).containsExactly(
                "Date,Source A,\"Source, \"\"B\"\"\"",
                "2000-01,3.0,",
                "2000-02,1.0,0.5",
                "2000-03,2.0,0.25");
    }

    @Test
    void sorting_by_a_column_puts_missing_values_last_in_both_directions() {
        var ascending = rows().sorted(TableRows.byColumn(1, true)).rows();
        var descending = rows().sorted(TableRows.byColumn(1, false)).rows();
        assertThat(ascending.stream().map(TableRows.Row::date).toList())
                .containsExactly(YearMonth.of(2000, 3), YearMonth.of(2000, 2), YearMonth.of(2000, 1));
        assertThat(descending.stream().map(TableRows.Row::date).toList())
                .containsExactly(YearMonth.of(2000, 2), YearMonth.of(2000, 3), YearMonth.of(2000, 1));
    }

    @Test
    void only_months_inside_the_range_become_rows() {
        var a = new Series("a", List.of(YearMonth.of(2000, 1), YearMonth.of(2000, 2)), new double[] {1, 2});
        var table = TableRows.of(AlignedSeries.of(List.of(a)), YearMonth.of(2000, 2), YearMonth.of(2000, 12), List.of("A"));
        assertThat(table.rows()).extracting(TableRows.Row::date).containsExactly(YearMonth.of(2000, 2));
    }
}
