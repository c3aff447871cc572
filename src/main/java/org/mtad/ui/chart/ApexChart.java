package org.mtad.ui.chart;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.BaseJsonNode;

/**
 * An ApexCharts chart. The first {@link #setOptions} draws it; later calls update the same chart in the
 * browser (ApexCharts' updateOptions / updateSeries), so zoom state and the DOM node survive.
 */
@Tag("mtad-apex-chart")
@NpmPackage(value = "apexcharts", version = "4.7.0")
@JsModule("./apex-chart.js")
public class ApexChart extends Component implements HasSize {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ChartOptions options;

    public ApexChart() {
        getElement().addEventListener("mtad-point-select", e -> {
            var detail = e.getEventData();
            fireEvent(new PointSelectEvent(this, detail.get("event.detail.seriesIndex").asInt(),
                    detail.get("event.detail.dataPointIndex").asInt()));
        }).addEventData("event.detail.seriesIndex").addEventData("event.detail.dataPointIndex");
        setWidthFull();
        getElement().getStyle().set("display", "block");
    }

    public ApexChart(ChartOptions options) {
        this();
        setOptions(options);
    }

    public void setOptions(ChartOptions options) {
        this.options = options;
        getElement().setPropertyJson("options", toJson(options));
    }

    /** Replaces only the series; the browser calls updateSeries on the existing chart. */
    public void setSeries(List<ChartSeries> series) {
        if (options == null) {
            throw new IllegalStateException("setOptions first");
        }
        options = options.withSeries(series);
        getElement().setPropertyJson("series", toJson(options.series()));
    }

    public ChartOptions getOptions() {
        return options;
    }

    public Registration addPointSelectListener(ComponentEventListener<PointSelectEvent> listener) {
        return addListener(PointSelectEvent.class, listener);
    }

    static BaseJsonNode toJson(Object value) {
        return (BaseJsonNode) JSON.valueToTree(value);
    }

    /** A click on a data point (for a heatmap: a cell; series = row, data point = column). */
    public static final class PointSelectEvent extends ComponentEvent<ApexChart> {
        private final int seriesIndex;
        private final int dataPointIndex;

        public PointSelectEvent(ApexChart source, int seriesIndex, int dataPointIndex) {
            super(source, true);
            this.seriesIndex = seriesIndex;
            this.dataPointIndex = dataPointIndex;
        }

        public int seriesIndex() {
            return seriesIndex;
        }

        public int dataPointIndex() {
            return dataPointIndex;
        }
    }
}
