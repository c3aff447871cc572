package org.mtad.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mtad.analysis.Lttb;
import org.mtad.catalog.Series;
import org.mtad.ui.chart.Point;

class SeriesPointsTest {

    private static Series monthly(YearMonth start, int months) {
        List<YearMonth> dates = new ArrayList<>();
        double[] values = new double[months];
        for (int i = 0; i < months; i++) {
            dates.add(start.plusMonths(i));
            values[i] = Math.sin(i / 7.0) * 50 + 50;
        }
        return new Series("s", dates, values);
    }

    @Test
    void a_long_series_is_sent_with_at_most_the_lttb_limit_of_points() {
        Series long6000 = monthly(YearMonth.of(1500, 1), 6000);
        List<Point> points = SeriesPoints.of(long6000, YearMonth.of(1500, 1), YearMonth.of(2100, 1), Lttb.DEFAULT_MAX_POINTS);
        assertThat(points).hasSizeLessThanOrEqualTo(Lttb.DEFAULT_MAX_POINTS);
        assertThat(points).allSatisfy(p -> assertThat(p.y()).isNotNull());
        // LTTB keeps both ends
        assertThat(points.getFirst().x()).isEqualTo(SeriesPoints.epochMillis(YearMonth.of(1500, 1)));
        assertThat(points.getLast().x()).isEqualTo(SeriesPoints.epochMillis(YearMonth.of(1500, 1).plusMonths(5999)));
    }

    @Test
    void a_short_series_is_sent_whole() {
        Series s = monthly(YearMonth.of(2000, 1), 240);
        assertThat(SeriesPoints.of(s, YearMonth.of(2000, 1), YearMonth.of(2019, 12), Lttb.DEFAULT_MAX_POINTS)).hasSize(240);
    }

    @Test
    void a_gap_in_the_months_becomes_one_null_point_so_the_line_is_not_drawn_across_it() {
        List<YearMonth> dates = List.of(YearMonth.of(2000, 1), YearMonth.of(2000, 2), YearMonth.of(2000, 6), YearMonth.of(2000, 7));
        Series s = new Series("s", dates, new double[] {1, 2, 3, 4});
        List<Point> points = SeriesPoints.of(s, YearMonth.of(2000, 1), YearMonth.of(2000, 12), Lttb.DEFAULT_MAX_POINTS);
        assertThat(points).hasSize(5);
        assertThat(points.get(2).y()).isNull();
        assertThat(points.stream().filter(p -> p.y() == null)).hasSize(1);
    }

    @Test
    void only_months_inside_the_range_are_sent() {
        Series s = monthly(YearMonth.of(2000, 1), 120);
        List<Point> points = SeriesPoints.of(s, YearMonth.of(2005, 1), YearMonth.of(2005, 12), Lttb.DEFAULT_MAX_POINTS);
        assertThat(points).hasSize(12);
        assertThat(points.getFirst().x()).isEqualTo(SeriesPoints.epochMillis(YearMonth.of(2005, 1)));
    }
}
