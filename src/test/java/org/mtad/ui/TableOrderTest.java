package org.mtad.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mtad.analysis.AlignedSeries;
import org.mtad.catalog.Series;

class TableOrderTest {

    /** Two source columns: c0 = 3, 1, 2 and c1 = missing, 0.5, 0.25 over Jan..Mar 2000. */
    private static TableRows rows() {
        var a = new Series("a", List.of(YearMonth.of(2000, 1), YearMonth.of(2000, 2), YearMonth.of(2000, 3)),
                new double[] {3, 1, 2});
        var b = new Series("b", List.of(YearMonth.of(2000, 2), YearMonth.of(2000, 3)), new double[] {0.5, 0.25});
        return TableRows.of(AlignedSeries.of(List.of(a, b)), YearMonth.of(2000, 1), YearMonth.of(2000, 3),
                List.of("A", "B"));
    }

    private static List<Integer> months(TableRows table) {
        return table.rows().stream().map(r -> r.date().getMonthValue()).toList();
    }

    @Test
    void the_table_starts_in_date_order() {
        assertThat(months(TableOrder.BY_DATE.applyTo(rows()))).containsExactly(1, 2, 3);
        assertThat(TableOrder.BY_DATE.ariaSort("date")).isEqualTo("ascending");
        assertThat(TableOrder.BY_DATE.ariaSort("c0")).isEqualTo("none");
    }

    @Test
    void clicking_another_column_sorts_it_ascending_and_clicking_it_again_reverses() {
        var once = TableOrder.BY_DATE.clicked("c0", 2);
        var twice = once.clicked("c0", 2);
        assertThat(months(once.applyTo(rows()))).containsExactly(2, 3, 1);
        assertThat(months(twice.applyTo(rows()))).containsExactly(1, 3, 2);
        assertThat(twice.ariaSort("c0")).isEqualTo("descending");
        assertThat(twice.ariaSort("date")).isEqualTo("none");
    }

    @Test
    void clicking_the_date_header_reverses_the_months() {
        assertThat(months(TableOrder.BY_DATE.clicked("date", 2).applyTo(rows()))).containsExactly(3, 2, 1);
    }

    @Test
    void a_key_that_names_no_column_of_the_table_changes_nothing() {
        var order = TableOrder.BY_DATE.clicked("c1", 2);
        for (String key : new String[] {"c2", "c-1", "c", "C0", "c99999999999999", "name", "", " c0", "date;", null}) {
            assertThat(order.clicked(key, 2)).as(String.valueOf(key)).isEqualTo(order);
        }
    }

    @Test
    void pages_hold_page_size_rows_and_a_page_beyond_the_last_shows_the_last() {
        var table = rows();
        assertThat(table.page(0, 2).rows()).hasSize(2);
        assertThat(table.page(0, 2).count()).isEqualTo(2);
        var last = table.page(5, 2);
        assertThat(last.index()).isEqualTo(1);
        assertThat(last.rows()).extracting(TableRows.Row::date).containsExactly(YearMonth.of(2000, 3));
        assertThat(table.page(-1, 2).index()).isZero();
    }

    @Test
    void an_empty_table_has_one_empty_page() {
        var empty = new TableRows(List.of(), List.of(), List.of());
        assertThat(empty.page(3, 24)).isEqualTo(new TableRows.Page(0, 1, List.of()));
    }
}
