package org.mtad.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.mtad.ui.chart.ChartOptions;

/** Every chart of the dashboard by name (the element id is {@code chart-<name>}), built from a {@link ChartInput}. */
final class DashboardCharts {

    private static final Map<String, Function<ChartInput, Optional<ChartOptions>>> BY_NAME = byName();
    private static final List<String> SEASONAL = List.of("sources", "seasonal");

    /** The state parameters each chart depends on: a chart's URL (and so its cached answer) changes only with them. */
    private static final Map<String, List<String>> PARAMETERS = Map.ofEntries(
            Map.entry("temporal", List.of("sources", "range")),
            Map.entry("means", List.of("sources")),
            Map.entry("trajectory", List.of("sources", "traj", "tx", "ty")),
            Map.entry("seasonal-observed", SEASONAL), Map.entry("seasonal-trend", SEASONAL),
            Map.entry("seasonal-seasonal", SEASONAL), Map.entry("seasonal-residual", SEASONAL),
            Map.entry("periodogram", List.of("sources", "fourier")),
            Map.entry("correlation", List.of("sources")),
            Map.entry("regression", List.of("sources", "x", "y")),
            Map.entry("pca-loadings", List.of("sources")),
            Map.entry("pca-variance", List.of("sources")));

    private DashboardCharts() {
    }

    private static Map<String, Function<ChartInput, Optional<ChartOptions>>> byName() {
        Map<String, Function<ChartInput, Optional<ChartOptions>>> charts = new LinkedHashMap<>();
        charts.put("temporal", TemporalChart::options);
        charts.put("means", MeansChart::options);
        charts.put("trajectory", TrajectoryChart::options);
        for (String part : SeasonalChart.PARTS) {
            charts.put("seasonal-" + part, in -> SeasonalChart.options(in, part));
        }
        charts.put("periodogram", PeriodogramChart::options);
        charts.put("correlation", CorrelationChart::options);
        charts.put("regression", RegressionChart::options);
        charts.put("pca-loadings", PcaCharts::loadings);
        charts.put("pca-variance", PcaCharts::variance);
        return Map.copyOf(charts);
    }

    static Set<String> names() {
        return BY_NAME.keySet();
    }

    static boolean exists(String name) {
        return BY_NAME.containsKey(name);
    }

    /** Where the chart element fetches this chart for the state, in this language and data version. */
    static String url(String name, DashboardState state, Locale locale, String version) {
        var query = state.toQuery().getParameters();
        var url = new StringBuilder(ChartController.PATH).append(encode(state.tool())).append('/').append(name).append('?');
        for (String parameter : PARAMETERS.get(name)) {
            var values = query.get(parameter);
            if (values != null && !values.isEmpty()) {
                url.append(parameter).append('=').append(encode(values.getFirst())).append('&');
            }
        }
        return url.append("lang=").append(UiLanguage.code(locale)).append("&v=").append(encode(version)).toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Empty when the state has nothing to draw in this chart (the section shows a hint instead). */
    static Optional<ChartOptions> options(String name, ChartInput in) {
        var chart = BY_NAME.get(name);
        if (chart == null) {
            throw new IllegalArgumentException("Unknown chart '" + name + "'");
        }
        return chart.apply(in);
    }
}
