package org.mtad.ui.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;

import tools.jackson.databind.json.JsonMapper;

/**
 * An ApexCharts chart whose options the browser loads from a URL ({@link #setSource}) when the element comes near
 * the viewport (or the page is printed), so the server keeps only that URL. A new URL redraws a chart already drawn
 * (ApexCharts' updateOptions, so the DOM node survives) and waits for the viewport otherwise.
 */
@Tag("mtad-apex-chart")
@NpmPackage(value = "apexcharts", version = "4.7.0")
@JsModule("./apex-chart.js")
public class ApexChart extends Component implements HasSize {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** What ApexCharts draws below a chart of height h: the element ends up h + 15 px tall. */
    private static final int APEX_EXTRA_HEIGHT = 15;

    private boolean listening;

    public ApexChart() {
        setWidthFull();
        getElement().getStyle().set("display", "block");
        reserveHeight(ChartOptions.DEFAULT_HEIGHT);
    }

    /**
     * Keeps the space the drawn chart will take (its options' {@code chart.height}) from the start, so that nothing
     * below it moves when the chart is drawn (layout shift) while the chart waits for the viewport.
     */
    public void reserveHeight(int chartHeight) {
        getElement().getStyle().set("min-height", (chartHeight + APEX_EXTRA_HEIGHT) + "px");
    }

    /** The space a chart of the default height takes once drawn, for a page that shows it before the chart exists. */
    public static int reservedHeight() {
        return ChartOptions.DEFAULT_HEIGHT + APEX_EXTRA_HEIGHT;
    }

    /** Where the browser fetches the chart's options (JSON of {@link ChartOptions}); the element adds its width. */
    public void setSource(String url) {
        getElement().setProperty("src", url);
    }

    public String getSource() {
        return getElement().getProperty("src", "");
    }

    public Registration addPointSelectListener(ComponentEventListener<PointSelectEvent> listener) {
        // The DOM listener only on charts that are listened to: each costs its own state in every open tab.
        if (!listening) {
            listening = true;
            getElement().addEventListener("mtad-point-select", e -> {
                var detail = e.getEventData();
                fireEvent(new PointSelectEvent(this, detail.get("event.detail.seriesIndex").asInt(),
                        detail.get("event.detail.dataPointIndex").asInt()));
            }).addEventData("event.detail.seriesIndex").addEventData("event.detail.dataPointIndex");
        }
        return addListener(PointSelectEvent.class, listener);
    }

    /** The JSON the element draws, as the chart endpoint sends it. */
    public static String json(ChartOptions options) {
        return JSON.writeValueAsString(options);
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
