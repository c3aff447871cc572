package org.mtad.ui;

import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.server.streams.DownloadHandler;

/**
 * 9. The aligned monthly values in the chosen range: sortable columns, pages of {@value #PAGE_SIZE} rows, and a CSV
 * of the same rows, columns and order (values at full precision).
 */
class DataTableSection extends Composite<SectionFrame> {

    static final int PAGE_SIZE = 24;
    private final Grid<TableRows.Row> grid = new Grid<>();
    private final Button previous = new Button();
    private final Button next = new Button();
    private final Span pageInfo = new Span();
    private final Anchor csv;
    private TableRows table = new TableRows(List.of(), List.of(), List.of());
    private int page;

    DataTableSection() {
        grid.setId("data-table");
        grid.setAllRowsVisible(true);
        grid.setMultiSort(false);
        grid.addSortListener(e -> {
            table = table.sorted(order(e.getSortOrder()));
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
            table.writeCsv(writer, getTranslation("axis.date"));
        }, "");
        csv.setId("table-csv");
        getContent().setControls(previous, pageInfo, next, csv);
        getContent().setBody(grid);
    }

    @Override
    protected SectionFrame initContent() {
        return new SectionFrame("data");
    }

    void show(TableRows rows) {
        getContent().setTexts(getTranslation("table.title"), getTranslation("table.explain"));
        previous.setText(getTranslation("table.previous"));
        next.setText(getTranslation("table.next"));
        csv.setText(getTranslation("table.csv"));
        grid.removeAllColumns();
        grid.addColumn(r -> r.date().toString()).setHeader(getTranslation("axis.date")).setKey("date")
                .setSortProperty("date").setAutoWidth(true).setFrozen(true);
        for (int c = 0; c < rows.headers().size(); c++) {
            int column = c;
            grid.addColumn(r -> format(r.value(column))).setHeader(rows.headers().get(c)).setKey("c" + c)
                    .setSortProperty("c" + c).setAutoWidth(true);
        }
        table = rows;
        page = 0;
        getContent().showHint(rows.rows().isEmpty() ? getTranslation("hint.noDataInRange") : null);
        showPage();
    }

    private Comparator<TableRows.Row> order(List<GridSortOrder<TableRows.Row>> sortOrder) {
        if (sortOrder.isEmpty()) {
            return Comparator.comparing(TableRows.Row::date);
        }
        var first = sortOrder.getFirst();
        boolean ascending = first.getDirection() == SortDirection.ASCENDING;
        String key = first.getSorted().getKey();
        if ("date".equals(key)) {
            return ascending ? Comparator.comparing(TableRows.Row::date) : Comparator.comparing(TableRows.Row::date).reversed();
        }
        return TableRows.byColumn(Integer.parseInt(key.substring(1)), ascending);
    }

    private void showPage() {
        int total = table.rows().size();
        int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        page = Math.max(0, Math.min(page, pages - 1));
        List<TableRows.Row> slice = table.rows().subList(Math.min(total, page * PAGE_SIZE),
                Math.min(total, (page + 1) * PAGE_SIZE));
        // Sorting is done on all rows by the sort listener; the provider only serves the current page as is.
        grid.setItems(DataProvider.fromCallbacks(q -> slice.stream().skip(q.getOffset()).limit(q.getLimit()),
                q -> slice.size()));
        pageInfo.setText(getTranslation("table.page", page + 1, pages, total));
        previous.setEnabled(page > 0);
        next.setEnabled(page < pages - 1);
    }

    private String format(double value) {
        return Double.isNaN(value) ? "—" : String.format(Locale.ROOT, "%.2f", value);
    }
}
