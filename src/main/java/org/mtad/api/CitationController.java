package org.mtad.api;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.regex.Pattern;

import org.mtad.catalog.Catalog;
import org.mtad.research.Citation;
import org.mtad.research.CitationFormat;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A citation of a dashboard view in one of the {@link CitationFormat}s, served with that format's media type. The
 * view's parameters (sources, x, y, range) go into the cited deep link; the access date is today (UTC).
 */
@RestController
@RequestMapping("/api/v1/tools/{tool}")
class CitationController {

    private static final Pattern RANGE = Pattern.compile("all|20y|15y|10y|5y|(\\d{4}-\\d{2})\\.\\.(\\d{4}-\\d{2})");

    private final Catalog catalog;
    private final Clock clock = Clock.systemUTC();

    CitationController(Catalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/citation")
    ResponseEntity<String> citation(@PathVariable String tool, @RequestParam(required = false) String format,
                                    @RequestParam(required = false) String lang,
                                    @RequestParam(required = false) String sources,
                                    @RequestParam(required = false) String x, @RequestParam(required = false) String y,
                                    @RequestParam(required = false) String range) {
        CitationFormat f = format == null || format.isBlank() ? CitationFormat.APA : CitationFormat.parse(format)
                .orElseThrow(() -> ApiProblem.badRequest("Parameter 'format' must be one of "
                        + Arrays.stream(CitationFormat.values()).map(CitationFormat::code).toList() + " (got '"
                        + org.mtad.toolanalysis.SelectionException.shorten(format) + "')"));
        var locale = Languages.parse(lang);
        checkRange(range);
        var snapshot = Requests.usable(catalog);
        Selection selection = ToolSelections.parse(snapshot, tool, sources, x, y);
        var citation = Citation.of(snapshot.description(), selection.tool(), snapshot.version(),
                deepLink(selection, sources, x, y, range, locale.getLanguage()), LocalDate.now(clock), locale);
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.parseMediaType(f.mediaType()), StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(selection.tool().slug() + "-citation." + f.extension()).build().toString())
                .body(citation.format(f));
    }

    private static void checkRange(String range) {
        if (range == null || range.isBlank()) {
            return;
        }
        var m = RANGE.matcher(range.strip());
        boolean ok = m.matches();
        if (ok && m.group(1) != null) {
            try {
                YearMonth.parse(m.group(1));
                YearMonth.parse(m.group(2));
            } catch (DateTimeParseException e) {
                ok = false;
            }
        }
        if (!ok) {
            throw ApiProblem.badRequest("Parameter 'range' must be all, 20y, 15y, 10y, 5y or YYYY-MM..YYYY-MM (got '"
                    + org.mtad.toolanalysis.SelectionException.shorten(range) + "')");
        }
    }

    /** The dashboard URL of the view, with its parameters in the order the dashboard writes them. */
    private static String deepLink(Selection selection, String sources, String x, String y, String range, String lang) {
        UriComponentsBuilder b = ServletUriComponentsBuilder.fromCurrentContextPath().path("/" + selection.tool().slug())
                .queryParam("sources", String.join(",", selection.sourceKeys()));
        if (range != null && !range.isBlank() && !range.strip().equals("all")) {
            b.queryParam("range", range.strip());
        }
        if (x != null && !x.isBlank()) {
            b.queryParam("x", selection.x().key());
        }
        if (y != null && !y.isBlank()) {
            b.queryParam("y", selection.y().key());
        }
        b.queryParam("lang", lang);
        return b.encode().build().toUriString();
    }
}
