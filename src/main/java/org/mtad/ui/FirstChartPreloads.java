package org.mtad.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.mtad.catalog.Snapshot;
import org.mtad.catalog.Source;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import com.vaadin.flow.router.QueryParameters;

/**
 * What the first chart needs, named in the bootstrap page so that the browser fetches it while Vaadin's client is
 * still starting rather than one step after another: the first chart's options as a fetch preload, named again in a
 * {@code <meta name="mtad-first-chart">} for first-paint-chart.js, which fetches that URL as soon as it runs and so
 * takes the preloaded answer; on a desktop, the chart library and the first chart's own entry script
 * (frontend/first-chart.js), which draws the chart first and then starts the client's entry script; elsewhere, the
 * client's start-up scripts (Vaadin loads them only after its init round trip) as module preloads. The chart uses
 * those options when they are for its URL and at least as wide as it needs; otherwise it fetches its own, so a wrong
 * guess costs bytes, never a wrong chart.
 */
final class FirstChartPreloads {

    private static final Logger LOG = LoggerFactory.getLogger(FirstChartPreloads.class);
    private static final String WEBAPP = "META-INF/VAADIN/webapp/";
    /** The client's entry script: Vite's module script (the first chart's own is the async one). */
    private static final Pattern ENTRY =
            Pattern.compile("<script type=\"module\"(?![^>]*\\basync\\b)[^>]*src=\"\\./VAADIN/build/([\\w.-]+\\.js)\"");
    private static final Pattern STATIC_IMPORT = Pattern.compile("(?:from|import)\\s*\"\\./([\\w.-]+\\.js)\"");
    /** The first chart's own entry script (frontend/first-chart.js), which vite.config.ts adds to index.html. */
    private static final Pattern FIRST_CHART_SCRIPT =
            Pattern.compile("<script type=\"module\" async[^>]*src=\"\\./VAADIN/build/(first-chart-[\\w.-]+\\.js)\"");
    /** A script index.html loads or preloads itself. */
    private static final Pattern PAGE_SCRIPT = Pattern.compile("(?:src|href)=\"\\./VAADIN/build/([\\w.-]+\\.js)\"");
    private static final Pattern DYNAMIC_IMPORT =
            Pattern.compile("import\\(\\s*[`'\"]\\./([\\w.-]+\\.js)[`'\"]\\s*\\)");
    /** The chart width (CSS px, rounded up to chart-options.js's step) the dashboard has on a phone and on a desktop. */
    static final int PHONE_WIDTH = 400;
    static final int DESKTOP_WIDTH = 1300;
    static final String FIRST_CHART = "temporal";

    private final List<String> scripts;
    private final Optional<String> chartLibrary;
    private final Optional<String> firstChartScript;
    private final Optional<String> entryScript;

    private FirstChartPreloads(List<String> scripts, Optional<String> chartLibrary, Optional<String> firstChartScript,
            Optional<String> entryScript) {
        this.scripts = List.copyOf(scripts);
        this.chartLibrary = chartLibrary;
        this.firstChartScript = firstChartScript;
        this.entryScript = entryScript;
    }

    private static FirstChartPreloads none() {
        return new FirstChartPreloads(List.of(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Reads the production bundle once; no bundle (a development run) means no script preloads. */
    static FirstChartPreloads fromBundle() {
        var resolver = new PathMatchingResourcePatternResolver();
        try {
            var index = resolver.getResource("classpath:" + WEBAPP + "index.html");
            if (!index.exists()) {
                return none();
            }
            Map<String, String> files = new HashMap<>();
            for (Resource resource : resolver.getResources("classpath*:" + WEBAPP + "VAADIN/build/*.js")) {
                files.put(resource.getFilename(), read(resource));
            }
            String indexHtml = read(index);
            List<String> start = startScripts(indexHtml, files);
            return new FirstChartPreloads(notInPage(indexHtml, start), chartLibrary(start, files),
                    firstChartScript(indexHtml, files), entryScript(indexHtml, files));
        } catch (IOException e) {
            LOG.warn("Could not read the frontend bundle; no script preloads: {}", e.getMessage());
            return none();
        }
    }

    private static String read(Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * From a Vite build (its index.html and its scripts by file name): what the entry script loads when the client
     * starts (its dynamic imports: Vaadin's bootstrap, client and component imports) and everything those import
     * statically, less what index.html already loads or preloads (the entry and its static imports). Route chunks and
     * the chart library stay on demand here: ApexCharts preloaded for every page made the first paint later on phones
     * (its 126 KB compete with what the first paint needs), so only {@link #write} adds it, for desktops.
     */
    static List<String> scriptsToPreload(String indexHtml, Map<String, String> files) {
        return notInPage(indexHtml, startScripts(indexHtml, files));
    }

    /** The client's entry script, as index.html names it. */
    static Optional<String> entryScript(String indexHtml, Map<String, String> files) {
        return scriptNamed(ENTRY, indexHtml, files);
    }

    /** The entry script and what it loads when the client starts, as {@link #scriptsToPreload} describes. */
    private static List<String> startScripts(String indexHtml, Map<String, String> files) {
        Optional<String> entry = entryScript(indexHtml, files);
        if (entry.isEmpty()) {
            return List.of();
        }
        Set<String> wanted = new LinkedHashSet<>();
        var queue = new ArrayDeque<String>();
        queue.add(entry.get());
        imports(DYNAMIC_IMPORT, files.get(entry.get())).stream().filter(name -> !isChartLibrary(name))
                .forEach(queue::add);
        while (!queue.isEmpty()) {
            String name = queue.poll();
            if (!files.containsKey(name) || !wanted.add(name)) {
                continue;
            }
            queue.addAll(imports(STATIC_IMPORT, files.get(name)));
        }
        return List.copyOf(wanted);
    }

    private static List<String> notInPage(String indexHtml, List<String> scripts) {
        Set<String> inPage = Set.copyOf(imports(PAGE_SCRIPT, indexHtml));
        return scripts.stream().filter(script -> !inPage.contains(script)).toList();
    }

    /**
     * The chart library's chunk, as the entry script or the scripts it starts import it on demand (stale files of
     * older builds are not).
     */
    static Optional<String> chartLibrary(String indexHtml, Map<String, String> files) {
        return chartLibrary(startScripts(indexHtml, files), files);
    }

    private static Optional<String> chartLibrary(List<String> startScripts, Map<String, String> files) {
        return startScripts.stream().flatMap(name -> imports(DYNAMIC_IMPORT, files.get(name)).stream())
                .filter(name -> isChartLibrary(name) && files.containsKey(name)).findFirst();
    }

    /** The first chart's own entry script, as index.html names it. */
    static Optional<String> firstChartScript(String indexHtml, Map<String, String> files) {
        return scriptNamed(FIRST_CHART_SCRIPT, indexHtml, files);
    }

    /** The first script index.html names by that pattern, if the bundle has it (a stale name is no script). */
    private static Optional<String> scriptNamed(Pattern pattern, String indexHtml, Map<String, String> files) {
        var script = pattern.matcher(indexHtml);
        return script.find() && files.containsKey(script.group(1)) ? Optional.of(script.group(1)) : Optional.empty();
    }

    private static boolean isChartLibrary(String script) {
        return script.startsWith("apexcharts");
    }

    private static List<String> imports(Pattern pattern, String script) {
        var matcher = pattern.matcher(script);
        List<String> names = new ArrayList<>();
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** Adds the preload links (and, on a desktop, the first chart's own script) for the page the request asks for. */
    void write(Element head, HttpServletRequest request, Snapshot snapshot) {
        String context = request.getContextPath();
        // index.html names the first chart's own script for every page; only some keep it (below).
        head.select("script[src*=/first-chart-]").remove();
        Optional<String> url = firstChartUrl(request, snapshot);
        int width = width(request);
        boolean desktop = width == DESKTOP_WIDTH;
        // A desktop's first chart is on screen at once: its own script draws it as soon as that script, the chart
        // library and the style sheets are in, and then starts the client (startClientAfterFirstChart). The client's
        // start-up modules are then not preloaded, so that they don't compete with the chart for the two ends' CPU
        // and connections; the client fetches them itself when it starts.
        boolean drawsEarly = desktop && url.isPresent() && chartLibrary.isPresent() && firstChartScript.isPresent()
                && entryScript.isPresent();
        if (!drawsEarly) {
            // Low priority: the client needs these only after its init round trip, and until then they would take
            // connections from the style sheets and the entry script, which the first chart waits for.
            for (String script : scripts) {
                head.appendElement("link").attr("rel", "modulepreload").attr("crossorigin", "")
                        .attr("fetchpriority", "low").attr("href", context + "/VAADIN/build/" + script);
            }
        }
        url.ifPresent(chart -> {
            String options = context + chart + "&w=" + width;
            var meta = head.appendElement("meta").attr("name", "mtad-first-chart").attr("data-src", chart)
                    .attr("content", options);
            // At the top of the page, ahead of Vaadin's scripts and styles: over HTTP/1.1 a browser opens six
            // connections to a host and asks for what it found first, so these no longer wait behind ten others.
            // On a phone the chart is below the fold and drawn once the visitor scrolls: first-paint-chart.js
            // fetches its library (126 KB) once the page has loaded, not in competition with the first paint.
            chartLibrary.map(library -> context + "/VAADIN/build/" + library).ifPresent(library -> {
                if (drawsEarly) {
                    startClientAfterFirstChart(head, context);
                }
                if (desktop) {
                    head.prependElement("link").attr("rel", "modulepreload").attr("crossorigin", "")
                            .attr("href", library);
                } else {
                    meta.attr("data-library", library);
                }
            });
            // Anonymous CORS, same-origin credentials: the mode of a plain fetch(), so that fetch takes this answer.
            head.prependElement("link").attr("rel", "preload").attr("as", "fetch").attr("crossorigin", "anonymous")
                    .attr("href", options);
        });
    }

    /**
     * The first chart's own script, which starts the client's entry once the chart is drawn (data-client) rather
     * than the page: a page's module script runs as soon as the page is parsed and its style sheets are in, mostly
     * before the chart's script, and held the chart back by its 80-110 ms of start-up. The entry is still fetched
     * early, with low priority. Should the chart's script or its library fail to load (blocked, or a broken
     * deployment), a listener ahead of it starts the client instead.
     */
    private void startClientAfterFirstChart(Element head, String context) {
        String entry = context + "/VAADIN/build/" + entryScript.get();
        head.select("script[type=module]:not([async])[src$=/" + entryScript.get() + "]").remove();
        head.appendElement("link").attr("rel", "modulepreload").attr("crossorigin", "").attr("fetchpriority", "low")
                .attr("href", entry);
        var script = head.prependElement("script").attr("type", "module").attr("async", true).attr("crossorigin", "")
                .attr("src", context + "/VAADIN/build/" + firstChartScript.get()).attr("data-client", entry);
        // Error events of elements do not bubble, but a capturing listener on the window sees them.
        var fallback = new Element("script").appendChild(new DataNode("addEventListener('error',function(e){"
                + "var s=e.target;if(s&&s.dataset&&s.dataset.client){import(s.dataset.client)}},true)"));
        String nonce = head.select("script[nonce]").attr("nonce");
        if (!nonce.isEmpty()) {
            fallback.attr("nonce", nonce);
        }
        script.before(fallback);
    }

    /** The first chart's URL as the dashboard view will set it, without the width; empty for a page without one. */
    static Optional<String> firstChartUrl(HttpServletRequest request, Snapshot snapshot) {
        Optional<String> path = PageGate.pagePath(request);
        if (path.isEmpty() || path.get().isEmpty() || snapshot.tool(path.get()).isEmpty()) {
            return Optional.empty();
        }
        String query = request.getQueryString();
        var parameters = query == null ? QueryParameters.empty() : QueryParameters.fromString(query);
        var state = DashboardState.from(path.get(), parameters, snapshot.sources().stream().map(Source::key).toList());
        if (state.sources().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(firstChartUrl(state, UiLanguage.of(request), snapshot));
    }

    /** The first chart's URL for a state with sources, as the dashboard view will set it, without the width. */
    static String firstChartUrl(DashboardState state, Locale locale, Snapshot snapshot) {
        return DashboardCharts.url(FIRST_CHART, state, locale, snapshot.version());
    }

    /** A phone (its browser says so in Sec-CH-UA-Mobile or its user agent) gets a narrow chart, others a wide one. */
    static int width(HttpServletRequest request) {
        String mobileHint = request.getHeader("Sec-CH-UA-Mobile");
        String agent = request.getHeader("User-Agent");
        boolean phone = "?1".equals(mobileHint) || (mobileHint == null && agent != null && agent.contains("Mobile"));
        return phone ? PHONE_WIDTH : DESKTOP_WIDTH;
    }
}
