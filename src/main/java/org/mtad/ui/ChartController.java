package org.mtad.ui;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.mtad.catalog.Snapshot;
import org.mtad.catalog.Source;
import org.mtad.ops.Gzip;
import org.mtad.toolanalysis.SelectionException;
import org.mtad.toolanalysis.ToolAnalysisService;
import org.mtad.ui.chart.ApexChart;
import org.mtad.ui.chart.ChartOptions;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.vaadin.flow.router.QueryParameters;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

/**
 * The options of one dashboard chart as JSON, for the chart element to fetch when it comes into view, so that chart
 * data never live in a visitor's session. Stateless and cacheable: the same URL (dashboard state + language + width)
 * gives the same answer for one data version, so the ETag is derived from those and {@code If-None-Match} gets a 304
 * without any analysis. With the data version in the URL ({@code v}) the answer is immutable.
 *
 * <p>Answers are kept by ETag, as JSON and gzip bytes ({@code cache.gets{cache="charts"}}, at most 16 MB): every
 * desktop visit to a tool page asks for its first chart, and building (4 ms) and compressing (4 ms) its 90 KB answer
 * each time was a third of the server's CPU time for the page and the files it loads.
 *
 * <pre>GET /charts/{tool}/{chart}?sources=a,b&range=10y&x=a&y=b&seasonal=a&fourier=a&traj=annual&tx=a&ty=b&lang=en&w=800&v=...</pre>
 */
@RestController
class ChartController {

    static final String PATH = "/charts/";
    private static final int MAX_WIDTH = 10_000;
    private static final List<String> STATE_PARAMETERS = List.of("sources", "range", "x", "y", "seasonal", "fourier",
            "traj", "tx", "ty");

    /** The error shape of this endpoint (the same fields as the API's). */
    record ChartError(String error, String message) {
    }

    private static final class ChartRequestException extends RuntimeException {
        private final HttpStatus status;
        private final String error;

        ChartRequestException(HttpStatus status, String error, String message) {
            super(message, null, false, false);
            this.status = status;
            this.error = error;
        }
    }

    static final String CACHE_NAME = "charts";
    /** The most the kept answers weigh, JSON and gzip bytes together. */
    static final long CACHE_BYTES = 16L << 20;

    /** One answer, as sent without and with gzip. */
    private record Answer(byte[] json, byte[] gzip) {

        static Answer of(String json) {
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            return new Answer(bytes, Gzip.compress(bytes));
        }

        int weight() {
            return json.length + gzip.length;
        }
    }

    private final ToolAnalysisService service;
    private final Cache<String, Answer> answers;

    ChartController(ToolAnalysisService service, MeterRegistry registry) {
        this.service = service;
        this.answers = Caffeine.newBuilder().maximumWeight(CACHE_BYTES).weigher((String etag, Answer a) -> a.weight())
                .expireAfterAccess(java.time.Duration.ofHours(6)).recordStats().build();
        CaffeineCacheMetrics.monitor(registry, answers, CACHE_NAME);
    }

    @GetMapping(value = PATH + "{tool}/{chart}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> chart(@PathVariable String tool, @PathVariable String chart,
            @RequestParam Map<String, String> parameters,
            @RequestHeader(value = "If-None-Match", required = false) String ifNoneMatch,
            @RequestHeader(value = "Accept-Encoding", required = false) String acceptEncoding) {
        if (!DashboardCharts.exists(chart)) {
            throw new ChartRequestException(HttpStatus.NOT_FOUND, "not_found", "Unknown chart '"
                    + SelectionException.shorten(chart) + "'. Valid values: " + String.join(", ", DashboardCharts.names()));
        }
        Snapshot snapshot = service.snapshot();
        Locale locale = language(parameters.get("lang"));
        int maxPoints = width(parameters.get("w"));
        DashboardState state = state(snapshot, tool, parameters);
        String etag = etag(snapshot.version(), chart, state, locale, maxPoints);
        CacheControl caching = snapshot.version().equals(parameters.get("v"))
                ? CacheControl.maxAge(java.time.Duration.ofDays(365)).cachePublic().immutable()
                : CacheControl.noCache().cachePublic();
        if (ifNoneMatch != null && matches(ifNoneMatch, etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(caching).build();
        }
        Answer answer = answers.get(etag, key -> Answer.of(ApexChart.json(options(chart, state, snapshot, locale, maxPoints))));
        var response = ResponseEntity.ok().eTag(etag).cacheControl(caching).contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        // Sent compressed as kept: Tomcat leaves an answer alone that already has a Content-Encoding.
        return Gzip.accepted(acceptEncoding)
                ? response.header(HttpHeaders.CONTENT_ENCODING, "gzip").body(answer.gzip())
                : response.body(answer.json());
    }

    private ChartOptions options(String chart, DashboardState state, Snapshot snapshot, Locale locale,
            int maxPoints) {
        var analysis = StateAnalysis.of(service, snapshot, state);
        var trajectory = chart.equals("trajectory") ? StateAnalysis.trajectory(service, snapshot, state, analysis)
                : java.util.Optional.<org.mtad.analysis.Trajectory.Result>empty();
        var text = new Translations(locale);
        var shownTool = snapshot.tool(state.tool()).orElseThrow();
        var legend = new SourceLegend(snapshot.sources(), locale,
                ResearchContext.export(snapshot, shownTool, state.sources(), text));
        var input = new ChartInput(analysis, trajectory, state, legend, text, maxPoints);
        return DashboardCharts.options(chart, input).orElseThrow(() -> new ChartRequestException(
                HttpStatus.NOT_FOUND, "no_chart", "This selection has nothing to draw in chart '" + chart + "'"));
    }

    private static Locale language(String lang) {
        if (lang == null || lang.isBlank()) {
            return UiLanguage.ENGLISH;
        }
        return UiLanguage.parse(lang).orElseThrow(() -> new ChartRequestException(HttpStatus.BAD_REQUEST, "bad_request",
                "Parameter 'lang' must be es or en (got " + SelectionException.shorten(lang) + ")"));
    }

    /** The element's width in CSS pixels: a datetime series keeps about one point per pixel. */
    private static int width(String w) {
        if (w == null || w.isBlank()) {
            return org.mtad.analysis.Lttb.DEFAULT_MAX_POINTS;
        }
        try {
            int value = Integer.parseInt(w.strip());
            if (value >= 1 && value <= MAX_WIDTH) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ChartRequestException(HttpStatus.BAD_REQUEST, "bad_request",
                "Parameter 'w' must be a width in pixels from 1 to " + MAX_WIDTH + " (got " + SelectionException.shorten(w) + ")");
    }

    private DashboardState state(Snapshot snapshot, String tool, Map<String, String> parameters) {
        Map<String, List<String>> query = new TreeMap<>();
        STATE_PARAMETERS.forEach(name -> {
            if (parameters.containsKey(name)) {
                query.put(name, List.of(parameters.get(name)));
            }
        });
        var queryParameters = new QueryParameters(query);
        String badRange = DashboardState.invalidRange(queryParameters);
        if (badRange != null) {
            throw new ChartRequestException(HttpStatus.BAD_REQUEST, "bad_request", "Parameter 'range' has an invalid value '"
                    + SelectionException.shorten(badRange) + "'");
        }
        var state = DashboardState.from(tool, queryParameters, snapshot.sources().stream().map(Source::key).toList());
        if (state.sources().isEmpty()) {
            throw new ChartRequestException(HttpStatus.NOT_FOUND, "no_chart", "No source is selected");
        }
        // Validates tool, sources and the pair against the data (a SelectionException otherwise); no analysis yet.
        service.select(tool, String.join(",", state.sources()), state.pick(state.x(), 0), state.pick(state.y(), 1));
        return state;
    }

    private static String etag(String version, String chart, DashboardState state, Locale locale, int maxPoints) {
        String key = String.join("\n", version, chart, state.tool(), state.toQuery().getQueryString(),
                UiLanguage.code(locale), String.valueOf(maxPoints));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            // Weak: Tomcat compresses no answer that carries a strong ETag (its bytes would differ from the tag's).
            return "W/\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** If-None-Match compares weakly (RFC 9110 13.1.2): a strong tag the client holds matches our weak one. */
    private static boolean matches(String ifNoneMatch, String etag) {
        String opaque = etag.substring(2);
        return List.of(ifNoneMatch.split("\\s*,\\s*")).stream()
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals(opaque) || tag.equals("*"));
    }

    @ExceptionHandler(ChartRequestException.class)
    ResponseEntity<ChartError> rejected(ChartRequestException e) {
        return error(e.status, new ChartError(e.error, e.getMessage()));
    }

    @ExceptionHandler(SelectionException.class)
    ResponseEntity<ChartError> selection(SelectionException e) {
        return e.kind() == SelectionException.Kind.UNKNOWN
                ? error(HttpStatus.NOT_FOUND, new ChartError("not_found", e.getMessage()))
                : error(HttpStatus.BAD_REQUEST, new ChartError("bad_request", e.getMessage()));
    }

    private static ResponseEntity<ChartError> error(HttpStatus status, ChartError body) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).cacheControl(CacheControl.noStore())
                .body(body);
    }
}
