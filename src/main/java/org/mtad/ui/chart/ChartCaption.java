package org.mtad.ui.chart;

/** What a chart says about itself in its downloads: title, subtitle and file name (see {@link ChartOptions#describedAs}). */
public record ChartCaption(String title, String subtitle, String fileName) {
}
