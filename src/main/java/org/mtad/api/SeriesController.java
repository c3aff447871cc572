package org.mtad.api;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.mtad.analysis.AlignedSeries;
import org.mtad.analysis.Lttb;
import org.mtad.catalog.Catalog;
import org.mtad.catalog.Series;
import org.mtad.catalog.Snapshot;
import org.mtad.toolanalysis.Selection;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A tool's sources aligned on date, as JSON or CSV, optionally limited to a range and downsampled. */
@RestController
@RequestMapping("/api/v1/tools/{tool}")
class SeriesController {

    static final int MAX_POINTS_LIMIT = 100_000;
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    /**
     * @param columns "date" then one column per source; each row holds the month and one value per source
     *                (null where the source has no value that month)
     */
    record SeriesTable(String tool, String version, List<String> columns, int totalRows, boolean downsampled,
                       List<List<Object>> rows) {
    }

    private final Catalog catalog;

    SeriesController(Catalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping(value = "/series", produces = MediaType.APPLICATION_JSON_VALUE)
    SeriesTable series(@PathVariable String tool, @RequestParam(required = false) String sources,
                       @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                       @RequestParam(required = false) Integer maxPoints) {
        return table(tool, sources, from, to, maxPoints);
    }

    @GetMapping(value = "/series.csv", produces = "text/csv")
    ResponseEntity<String> csv(@PathVariable String tool, @RequestParam(required = false) String sources,
                               @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                               @RequestParam(required = false) Integer maxPoints) {
        SeriesTable table = table(tool, sources, from, to, maxPoints);
        var out = new StringWriter();
        try (var printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(table.columns().toArray(String[]::new)).get())) {
            for (List<Object> row : table.rows()) {
                printer.printRecord(row.stream().map(v -> v == null ? "" : v.toString()).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String filename = table.tool() + "-" + String.join("-", table.columns().subList(1, table.columns().size())) + ".csv";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(out.toString());
    }

    private SeriesTable table(String tool, String sources, String from, String to, Integer maxPoints) {
        Snapshot snapshot = Requests.usable(catalog);
        Selection selection = ToolSelections.parse(snapshot, tool, sources, null, null);
        YearMonth start = month("from", from);
        YearMonth end = month("to", to);
        if (start != null && end != null && start.isAfter(end)) {
            throw ApiProblem.badRequest("Parameter 'from' (" + start + ") is after 'to' (" + end + ")");
        }
        if (maxPoints != null && (maxPoints < Lttb.MIN_MAX_POINTS || maxPoints > MAX_POINTS_LIMIT)) {
            throw ApiProblem.badRequest("Parameter 'maxPoints' must be between " + Lttb.MIN_MAX_POINTS + " and "
                    + MAX_POINTS_LIMIT + " (got " + maxPoints + ")");
        }
        List<Series> series = selection.sources().stream().map(s -> snapshot.series(selection.tool(), s)).toList();
        AlignedSeries aligned = AlignedSeries.of(series);
        int[] rows = inRange(aligned, start, end);
        boolean downsampled = false;
        if (maxPoints != null && rows.length > maxPoints) {
            rows = downsample(aligned, rows, maxPoints);
            downsampled = true;
        }
        List<String> columns = new ArrayList<>();
        columns.add("date");
        columns.addAll(aligned.sources());
        double[][] values = aligned.columns();
        List<List<Object>> out = new ArrayList<>(rows.length);
        for (int r : rows) {
            List<Object> row = new ArrayList<>(columns.size());
            row.add(aligned.dates().get(r).toString());
            for (double[] column : values) {
                row.add(JsonNumbers.of(column[r]));
            }
            out.add(row);
        }
        return new SeriesTable(selection.tool().slug(), snapshot.version(), columns, aligned.rows(), downsampled, out);
    }

    private static YearMonth month(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!MONTH.matcher(value).matches()) {
            throw ApiProblem.badRequest("Parameter '" + name + "' must be a month as YYYY-MM (got '" + org.mtad.toolanalysis.SelectionException.shorten(value) + "')");
        }
        try {
            return YearMonth.parse(value);
        } catch (java.time.DateTimeException e) {
            throw ApiProblem.badRequest("Parameter '" + name + "' is not a valid month: '" + value + "'");
        }
    }

    private static int[] inRange(AlignedSeries aligned, YearMonth from, YearMonth to) {
        return java.util.stream.IntStream.range(0, aligned.rows()).filter(r -> {
            YearMonth d = aligned.dates().get(r);
            return (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to));
        }).toArray();
    }

    /**
     * LTTB per source over the rows in range, keeping the union of the rows each source keeps, so rows stay
     * aligned: at most {@code maxPoints} rows per source.
     */
    private static int[] downsample(AlignedSeries aligned, int[] rows, int maxPoints) {
        boolean[] keep = new boolean[aligned.rows()];
        double[][] columns = aligned.columns();
        for (double[] column : columns) {
            int[] present = Arrays.stream(rows).filter(r -> !Double.isNaN(column[r])).toArray();
            double[] x = new double[present.length];
            double[] y = new double[present.length];
            for (int i = 0; i < present.length; i++) {
                YearMonth d = aligned.dates().get(present[i]);
                x[i] = d.getYear() * 12 + d.getMonthValue() - 1;
                y[i] = column[present[i]];
            }
            for (int index : Lttb.of(x, y, maxPoints).indices()) {
                keep[present[index]] = true;
            }
        }
        return Arrays.stream(rows).filter(r -> keep[r]).toArray();
    }
}
