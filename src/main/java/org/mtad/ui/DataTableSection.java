package org.mtad.ui;

import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.mtad.toolanalysis.ToolAnalysis;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadHandler;

/**
 * 9. The aligned monthly values in the chosen range: sortable columns, pages of {@value #PAGE_SIZE} rows, and a CSV
 * of the same rows, columns and order (values at full precision). The section keeps the order and the page, not the
 * rows: each page and the CSV are cut again from the (cached) analyses.
 */
class DataTableSection extends Composite<SectionFrame> implements DashboardSection {

    static final int PAGE_SIZE = 24;
    private final Grid<TableRows.Row> grid = new Grid<>();
    private final Button previous = new Button();
    private final Button next = new Button();
    private final Span pageInfo = new Span();
    private final Anchor csv;
    private SerializableSupplier<TableRows> rows = () -> new TableRows(List.of(), List.of(), List.of());
    private String sortKey = "date";
    private boolean ascending = true;
    private int page;

    DataTableSection() {
        grid.setId("data-table");
        grid.setAllRowsVisible(true);
        grid.setMultiSort(false);
        grid.addSortListener(e -> {
            var order = e.getSortOrder();
            sortKey = order.isEmpty() ? "date" : order.getFirst().getSorted().getKey();
            ascending = order.isEmpty() || order.getFirst().getDirection() == SortDirection.ASCENDING;
            page = 0;
            showPage();
        });
        previous.setId("table-previous");
        next.setId("table-next");
        pageInfo.setId("table-page");
        previous.addClickListener(e -> { page--; showPage(); });
        next.addClickListener(e -> { page++; showPage(); });
        csv = new Anchor((DownloadHandler) event -> {
            event.setFileName("data.csv");
            event.setContentType("text/csv; charset=UTF-8");
            var writer = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8);
            sortedRows().writeCsv(writer, getTranslation("axis.date"));
        }, "");
        csv.setId("table-csv");
        getContent().setControls(previous, pageInfo, next, csv);
        getContent().setBody(grid);
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
        grid.removeAllColumns();
        grid.addColumn(r -> r.date().toString()).setHeader(getTranslation("axis.date")).setKey("date")
                .setSortProperty("date").setAutoWidth(true).setFrozen(true);
        for (int c = 0; c < now.headers().size(); c++) {
            int column = c;
            grid.addColumn(r -> format(r.value(column))).setHeader(now.headers().get(c)).setKey("c" + c)
                    .setSortProperty("c" + c).setAutoWidth(true);
        }
        sortKey = "date";
        ascending = true;
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

    private TableRows sortedRows() {
        return sorted(rows.get());
    }

    private TableRows sorted(TableRows table) {
        if ("date".equals(sortKey)) {
            return ascending ? table : table.sorted(Comparator.comparing(TableRows.Row::date).reversed());
        }
        return table.sorted(TableRows.byColumn(Integer.parseInt(sortKey.substring(1)), ascending));
    }

    private void showPage() {
        showPage(rows.get());
    }

    private void showPage(TableRows unsorted) {
        TableRows table = sorted(unsorted);
        int total = table.rows().size();
        int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        page = Math.max(0, Math.min(page, pages - 1));
        List<TableRows.Row> slice = List.copyOf(table.rows().subList(Math.min(total, page * PAGE_SIZE),
                Math.min(total, (page + 1) * PAGE_SIZE)));
        // Sorting is done on all rows above; the provider only serves the current page as is.
        grid.setItems(DataProvider.fromCallbacks(q -> slice.stream().skip(q.getOffset()).limit(q.getLimit()),
                q -> slice.size()));
        StaticMarkup.text(pageInfo, getTranslation("table.page", page + 1, pages, total));
        previous.setEnabled(page > 0);
        next.setEnabled(page < pages - 1);
    }

    private String format(double value) {
        return Double.isNaN(value) ? "—" : String.format(Locale.ROOT, "%.2f", value);
    }
}
