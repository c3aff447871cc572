package org.mtad.ui.chart;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The subset of ApexCharts options this dashboard uses, serialised by Jackson to the chart's
 * {@code options} property. Absent (null) parts are left out, so ApexCharts keeps its defaults.
 * {@link Format} names client-side formatters, since functions cannot travel as JSON.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChartOptions(Chart chart, List<ChartSeries> series, Axis xaxis, List<Axis> yaxis, List<String> colors,
        Stroke stroke, Markers markers, Legend legend, Annotations annotations, PlotOptions plotOptions,
        Format format, NoData noData, List<String> labels, Caption title, Caption subtitle) {

    public ChartOptions {
        series = series == null ? List.of() : List.copyOf(series);
        yaxis = yaxis == null ? null : List.copyOf(yaxis);
        colors = colors == null ? null : List.copyOf(colors);
        labels = labels == null ? null : List.copyOf(labels);
    }

    public static Builder of(String type) {
        return new Builder(type);
    }

    public ChartOptions withSeries(List<ChartSeries> newSeries) {
        return new ChartOptions(chart, newSeries, xaxis, yaxis, colors, stroke, markers, legend, annotations,
                plotOptions, format, noData, labels, title, subtitle);
    }

    /**
     * The same chart, describing itself wherever it ends up: titled "analysis — tool", a subtitle with the sources,
     * dataset and licence, and downloads (PNG, SVG, CSV) named {@code fileName}.
     */
    public ChartOptions describedAs(String titleText, String subtitleText, String fileName) {
        String safe = fileName.replaceAll("[^A-Za-z0-9._-]+", "-");
        Chart c = new Chart(chart.type(), chart.height(), chart.id(),
                new Toolbar(chart.toolbar().show(), chart.toolbar().tools(), new Export(new FileName(safe),
                        new FileName(safe), new FileName(safe))),
                chart.zoom(), chart.animations(), chart.defaultLocale(), chart.stacked(), chart.group());
        return new ChartOptions(c, series, xaxis, yaxis, colors, stroke, markers, legend, annotations, plotOptions,
                format, noData, labels, new Caption(titleText, "left"), new Caption(subtitleText, "left"));
    }

    public ChartOptions describedAs(ChartCaption caption) {
        return describedAs(caption.title(), caption.subtitle(), caption.fileName());
    }

    public record Caption(String text, String align) {
    }

    /** ApexCharts' toolbar.export: the file name of each download. */
    public record Export(FileName csv, FileName svg, FileName png) {
    }

    public record FileName(String filename) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Chart(String type, Object height, String id, Toolbar toolbar, Zoom zoom, Animations animations,
            String defaultLocale, Boolean stacked, String group) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Toolbar(boolean show, Tools tools, Export export) {
        public static Toolbar full() {
            return new Toolbar(true, new Tools(true, true, true, true, true, true, false), null);
        }
    }

    public record Tools(boolean download, boolean zoom, boolean zoomin, boolean zoomout, boolean pan, boolean reset,
            boolean selection) {
    }

    public record Zoom(boolean enabled, String type) {
    }

    public record Animations(boolean enabled) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Axis(String type, Title title, Double min, Double max, Boolean opposite, List<String> seriesName,
            Integer tickAmount, Boolean logarithmic, List<String> categories, Boolean decimalsInFloat) {

        public static Axis titled(String text) {
            return new Axis(null, new Title(text), null, null, null, null, null, null, null, null);
        }

        public static Axis datetime(String text) {
            return new Axis("datetime", text == null ? null : new Title(text), null, null, null, null, null, null, null,
                    null);
        }

        public static Axis numeric(String text, Double min, Double max) {
            return new Axis("numeric", new Title(text), min, max, null, null, null, null, null, null);
        }

        public Axis withRange(Double newMin, Double newMax) {
            return new Axis(type, title, newMin, newMax, opposite, seriesName, tickAmount, logarithmic, categories,
                    decimalsInFloat);
        }

        public Axis onOppositeSide(List<String> forSeries) {
            return new Axis(type, title, min, max, true, forSeries, tickAmount, logarithmic, categories, decimalsInFloat);
        }

        public Axis forSeries(List<String> forSeries) {
            return new Axis(type, title, min, max, opposite, forSeries, tickAmount, logarithmic, categories,
                    decimalsInFloat);
        }

        public Axis withTicks(int ticks) {
            return new Axis(type, title, min, max, opposite, seriesName, ticks, logarithmic, categories,
                    decimalsInFloat);
        }
    }

    public record Title(String text) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Stroke(List<Double> width, String curve, List<Integer> dashArray) {
    }

    /** Marker size: one number for every series, or a list with one per series. */
    public record Markers(Object size) {
    }

    public record Legend(boolean show, String position) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Annotations(List<Line> xaxis, List<Line> yaxis) {
    }

    /** A reference line at {@code value} on the x or y axis, with a short label. */
    public record Line(double x, double y, String borderColor, String strokeDashArray, Label label) {

        public static Line vertical(double at, String text, String color) {
            return new Line(at, 0, color, "4", new Label(text, new LabelStyle(color, "#fff")));
        }

        public static Line horizontal(double at, String text, String color) {
            return new Line(0, at, color, "4", new Label(text, new LabelStyle(color, "#fff")));
        }
    }

    public record Label(String text, LabelStyle style) {
    }

    public record LabelStyle(String background, String color) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PlotOptions(Heatmap heatmap, Bar bar) {
    }

    public record Heatmap(boolean enableShades, ColorScale colorScale) {
    }

    public record ColorScale(List<ColorRange> ranges, double min, double max) {
    }

    public record ColorRange(double from, double to, String color, String name) {
    }

    public record Bar(boolean horizontal, String columnWidth) {
    }

    /** Client-side formatters by name (see frontend/chart-options.js). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Format(Integer yDecimals, Integer xDecimals, Integer xLog10Decimals, Integer dataLabelDecimals,
            Boolean pointLabels, Boolean dataLabelPointLabels, List<Integer> dataLabelSeries) {

        public static Format decimals(int y) {
            return new Format(y, null, null, null, null, null, null);
        }
    }

    public record NoData(String text) {
    }

    /** A chart's height in CSS pixels unless it sets its own. */
    public static final int DEFAULT_HEIGHT = 360;

    /** Fluent construction; every chart gets the full toolbar and zoom. */
    public static final class Builder {
        private final String type;
        private Object height = DEFAULT_HEIGHT;
        private String id;
        private String locale = "en";
        private Boolean stacked;
        private String group;
        private List<ChartSeries> series = List.of();
        private Axis xaxis;
        private List<Axis> yaxis;
        private List<String> colors;
        private Stroke stroke;
        private Markers markers;
        private Legend legend;
        private Annotations annotations;
        private PlotOptions plotOptions;
        private Format format;
        private String noData;
        private List<String> labels;
        private boolean zoom = true;

        private Builder(String type) {
            this.type = type;
        }

        public Builder height(Object value) { this.height = value; return this; }
        public Builder id(String value) { this.id = value; return this; }
        public Builder locale(String value) { this.locale = value; return this; }
        public Builder stacked(boolean value) { this.stacked = value; return this; }
        public Builder group(String value) { this.group = value; return this; }
        public Builder series(List<ChartSeries> value) { this.series = value; return this; }
        public Builder xaxis(Axis value) { this.xaxis = value; return this; }
        public Builder yaxis(Axis... value) { this.yaxis = List.of(value); return this; }
        public Builder colors(List<String> value) { this.colors = value; return this; }
        public Builder stroke(Stroke value) { this.stroke = value; return this; }
        public Builder markers(double size) { this.markers = new Markers(size); return this; }
        public Builder markers(List<Double> sizes) { this.markers = new Markers(List.copyOf(sizes)); return this; }
        public Builder legend(boolean show) { this.legend = new Legend(show, "bottom"); return this; }
        public Builder annotations(Annotations value) { this.annotations = value; return this; }
        public Builder plotOptions(PlotOptions value) { this.plotOptions = value; return this; }
        public Builder format(Format value) { this.format = value; return this; }
        public Builder noData(String value) { this.noData = value; return this; }
        public Builder labels(List<String> value) { this.labels = value; return this; }
        public Builder zoom(boolean value) { this.zoom = value; return this; }

        public ChartOptions build() {
            Chart chart = new Chart(type, height, id, Toolbar.full(), new Zoom(zoom, "x"), new Animations(false),
                    locale, stacked, group);
            return new ChartOptions(chart, series, xaxis, yaxis, colors, stroke, markers, legend, annotations,
                    plotOptions, format, noData == null ? null : new NoData(noData), labels, null, null);
        }
    }
}
