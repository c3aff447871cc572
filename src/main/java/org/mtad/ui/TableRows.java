package org.mtad.ui;

import java.io.IOException;
import java.io.Writer;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.mtad.analysis.AlignedSeries;

/** The data table's rows (month + one value per source, NaN where missing), their order and their CSV form. */
record TableRows(List<String> sources, List<String> headers, List<Row> rows) {

    record Row(YearMonth date, double[] values) {
        Row {
            values = values.clone();
        }

        double value(int column) {
            return values[column];
        }
    }

    /** One page of rows: {@code index} counts from 0, {@code count} is the number of pages (at least one). */
    record Page(int index, int count, List<Row> rows) {
        Page {
            rows = List.copyOf(rows);
        }
    }

    TableRows {
        sources = List.copyOf(sources);
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /** The aligned months from {@code from} to {@code to}, inclusive. */
    static TableRows of(AlignedSeries aligned, YearMonth from, YearMonth to, List<String> headers) {
        List<Row> rows = new ArrayList<>();
        List<YearMonth> dates = aligned.dates();
        double[][] columns = aligned.columns();
        for (int r = 0; r < dates.size(); r++) {
            if (dates.get(r).isBefore(from) || dates.get(r).isAfter(to)) {
                continue;
            }
            double[] values = new double[columns.length];
            for (int c = 0; c < columns.length; c++) {
                values[c] = columns[c][r];
            }
            rows.add(new Row(dates.get(r), values));
        }
        return new TableRows(aligned.sources(), headers, rows);
    }

    /** Missing values sort last whatever the direction, as spreadsheets do. */
    static Comparator<Row> byColumn(int column, boolean ascending) {
        Comparator<Row> present = Comparator.comparingDouble(r -> r.value(column));
        Comparator<Row> directed = ascending ? present : present.reversed();
        return (a, b) -> {
            boolean na = Double.isNaN(a.value(column));
            boolean nb = Double.isNaN(b.value(column));
            if (na || nb) {
                return Boolean.compare(na, nb);
            }
            return directed.compare(a, b);
        };
    }

    TableRows sorted(Comparator<Row> order) {
        List<Row> copy = new ArrayList<>(rows);
        copy.sort(order);
        return new TableRows(sources, headers, copy);
    }

    /** Page {@code requested} of {@code size} rows, or the nearest page there is. */
    Page page(int requested, int size) {
        int total = rows.size();
        int count = Math.max(1, (total + size - 1) / size);
        int index = Math.clamp(requested, 0, count - 1);
        return new Page(index, count, rows.subList(Math.min(total, index * size), Math.min(total, (index + 1) * size)));
    }

    /** Writes the rows in their current order; missing values as empty cells. */
    void writeCsv(Writer out, String dateHeader) throws IOException {
        List<String> header = new ArrayList<>();
        header.add(dateHeader);
        header.addAll(headers);
        try (CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get().print(out)) {
            for (Row row : rows) {
                List<String> cells = new ArrayList<>();
                cells.add(row.date().toString());
                for (double v : row.values) {
                    cells.add(Double.isNaN(v) ? "" : Double.toString(v));
                }
                printer.printRecord(cells);
            }
        }
    }
}
