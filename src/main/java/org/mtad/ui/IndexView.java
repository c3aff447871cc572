package org.mtad.ui;

import java.util.List;

import org.mtad.ui.chart.ApexChart;
import org.mtad.ui.chart.ChartOptions;
import org.mtad.ui.chart.ChartSeries;
import org.mtad.ui.chart.Point;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;

/** Placeholder until the dashboard route exists. */
@Route(value = "", layout = MainLayout.class)
class IndexView extends Composite<Div> {
    IndexView() {
        getContent().add(new ApexChart(ChartOptions.of("line")
                .series(List.of(ChartSeries.of("demo", List.of(Point.of(1, 2), Point.of(2, 3), Point.of(3, 1)))))
                .build()));
    }
}
