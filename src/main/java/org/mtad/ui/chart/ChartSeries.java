package org.mtad.ui.chart;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One ApexCharts series: a name, an optional per-series chart type (for mixed charts) and its points. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChartSeries(String name, String type, List<Point> data) {

    public ChartSeries {
        data = List.copyOf(data);
    }

    public static ChartSeries of(String name, List<Point> data) {
        return new ChartSeries(name, null, data);
    }

    public int size() {
        return data.size();
    }
}
