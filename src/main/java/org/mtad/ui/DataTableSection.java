package org.mtad.ui;

import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Element;
import org.mtad.toolanalysis.ToolAnalysis;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadHandler;

import tools.jackson.databind.JsonNode;

/**
 * 9. The aligned monthly values in the chosen range: sortable columns, pages of {@value #PAGE_SIZE} rows, and a CSV
 * of the same rows, columns and order (values at full precision). The section keeps the order and the page, not the
 * rows: each page and the CSV are cut again from the (cached) analyses.
 * <p>
 * The table is a plain HTML {@code <table>} sent as static markup (one state node, no grid web component in the
 * bundle every visitor loads); its header buttons report clicks through one listener on the scroll box.
 */
class DataTableSection extends Composite<SectionFrame> implements DashboardSection {

    static final int PAGE_SIZE = 24;
    private static final String SORT_BUTTON = "event.target.closest('button[data-sort]')";
    private static final String SORT_KEY = SORT_BUTTON + ".dataset.sort";
    private static final String CAPTION_ID = "data-table-caption";
    /** After a sort the table is new markup: give keyboard focus back to the header that was pressed. */
    private static final String REFOCUS = "if (!document.activeElement || document.activeElement === document.body)"
            + " [...this.querySelectorAll('button[data-sort]')].find(b => b.dataset.sort === $0)?.focus({preventScroll: true})";
    private final Div scrollBox = new Div();
    private final Button previous = new Button();
    private final Button next = new Button();
    private final Span pageInfo = new Span();
    private final Anchor csv;
    private SerializableSupplier<TableRows> rows = () -> new TableRows(List.of(), List.of(), List.of());
    private int columns;
    private TableOrder order = TableOrder.BY_DATE;
    private int page;

    DataTableSection() {
        // Focusable region so keyboard users can scroll a table wider than the screen.
        scrollBox.addClassName("mtad-table-scroll");
        scrollBox.getElement().setAttribute("role", "region").setAttribute("tabindex", "0")
                .setAttribute("aria-labelledby", CAPTION_ID);
        scrollBox.getElement().addEventListener("click", e -> sortBy(e.getEventData().path(SORT_KEY)))
                .addEventData(SORT_KEY).setFilter(SORT_BUTTON + " != null");
        previous.setId("table-previous");
        next.setId("table-next");
        pageInfo.setId("table-page");
        pageInfo.getElement().setAttribute("aria-live", "polite");
        previous.addClickListener(e -> { page--; showPage(); });
        next.addClickListener(e -> { page++; showPage(); });
        csv = new Anchor((DownloadHandler) event -> {
            event.setFileName("data.csv");
            event.setContentType("text/csv; charset=UTF-8");
            var writer = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8);
            order.applyTo(rows.get()).writeCsv(writer, getTranslation("axis.date"));
        }, "");
        csv.setId("table-csv");
        getContent().setControls(previous, pageInfo, next, csv);
        getContent().setBody(scrollBox);
    }

    @Override
    protected SectionFrame initContent() {
        return new SectionFrame("data");
    }

    @Override
    public String titleKey() {
        return "table.title";
    }

    @Override
    public void show(SectionContext context) {
        getContent().setTexts(getTranslation("table.title"), getTranslation("table.explain"));
        previous.setText(getTranslation("table.previous"));
        next.setText(getTranslation("table.next"));
        StaticMarkup.text(csv, getTranslation("table.csv"));
        DashboardState state = context.state();
        SourceLegend legend = context.legend();
        var later = context.later();
        rows = () -> tableRows(later.get(), state, legend);
        TableRows now = tableRows(context.analysis(), state, legend);
        columns = now.headers().size();
        order = TableOrder.BY_DATE;
        page = 0;
        getContent().showHint(now.rows().isEmpty() ? getTranslation("hint.noDataInRange") : null);
        showPage(now);
    }

    private static TableRows tableRows(ToolAnalysis analysis, DashboardState state, SourceLegend legend) {
        var aligned = analysis.aligned();
        var dates = aligned.dates();
        if (dates.isEmpty()) {
            return new TableRows(state.sources(), legend.labels(state.sources()), List.of());
        }
        YearMonth first = dates.getFirst();
        YearMonth last = dates.getLast();
        return TableRows.of(aligned, state.range().start(first, last), state.range().end(last),
                legend.labels(aligned.sources()));
    }

    /** The key comes from the browser: anything but a column of this table is ignored. */
    private void sortBy(JsonNode clicked) {
        String key = clicked.isString() ? clicked.stringValue() : "";
        TableOrder after = order.clicked(key, columns);
        if (after.equals(order)) {
            return;
        }
        order = after;
        page = 0;
        showPage();
        scrollBox.getElement().executeJs(REFOCUS, key);
    }

    private void showPage() {
        showPage(rows.get());
    }

    private void showPage(TableRows unsorted) {
        TableRows.Page shown = order.applyTo(unsorted).page(page, PAGE_SIZE);
        page = shown.index();
        String pageText = getTranslation("table.page", page + 1, shown.count(), unsorted.rows().size());
        StaticMarkup.text(pageInfo, pageText);
        previous.setEnabled(page > 0);
        next.setEnabled(page < shown.count() - 1);
        var markup = StaticMarkup.children();
        var table = markup.appendElement("table").id("data-table").addClass("mtad-table");
        table.appendElement("caption").id(CAPTION_ID).addClass("mtad-visually-hidden")
                .text(getTranslation("table.title") + ": " + pageText);
        var header = table.appendElement("thead").appendElement("tr");
        headerCell(header, TableOrder.DATE, getTranslation("axis.date"));
        for (int c = 0; c < unsorted.headers().size(); c++) {
            headerCell(header, TableOrder.columnKey(c), unsorted.headers().get(c));
        }
        var body = table.appendElement("tbody");
        for (TableRows.Row row : shown.rows()) {
            var line = body.appendElement("tr");
            line.appendElement("th").attr("scope", "row").text(row.date().toString());
            for (int c = 0; c < unsorted.headers().size(); c++) {
                line.appendElement("td").text(format(row.value(c)));
            }
        }
        StaticMarkup.show(scrollBox, markup);
    }

    private void headerCell(Element header, String key, String label) {
        header.appendElement("th").attr("scope", "col").attr("aria-sort", order.ariaSort(key))
                .appendElement("button").attr("type", "button").attr("data-sort", key).text(label);
    }

    private String format(double value) {
        return Double.isNaN(value) ? "—" : String.format(Locale.ROOT, "%.2f", value);
    }
}
