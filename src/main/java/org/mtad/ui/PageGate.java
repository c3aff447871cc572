package org.mtad.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.mtad.catalog.Catalog;
import org.mtad.catalog.Snapshot;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;

import com.vaadin.flow.router.QueryParameters;

/**
 * Page requests before Vaadin sees them. With eager server load off, Vaadin answers every page URL with the same
 * bootstrap page (200) and builds the view only when the client starts; this gate keeps a real 404 for a URL that
 * names no tool, source or range ({@link DashboardRoute}, the check the view itself runs) and a 503 for a new
 * visitor while the server is full ({@link VisitorCapacity}). Both answers are small static pages: no session, no UI.
 * A bootstrap page that passes keeps no session either (see {@link #release}).
 */
@Component
class PageGate extends OncePerRequestFilter {

    /** First path segments that are not dashboard pages. */
    private static final Set<String> NOT_PAGES = Set.of("VAADIN", "api", "actuator", "health", "error", "HEARTBEAT",
            "vaadinServlet", "icons", "charts");
    /** Spring Boot's default static locations on the class path ({@code spring.web.resources.static-locations}). */
    private static final List<String> STATIC_LOCATIONS = List.of("META-INF/resources/", "resources/", "static/",
            "public/");

    private final Catalog catalog;
    private final VisitorCapacity capacity;

    PageGate(Catalog catalog, VisitorCapacity capacity) {
        this.catalog = catalog;
        this.capacity = capacity;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return !("GET".equals(method) || "HEAD".equals(method)) || fromVaadinClient(request)
                || pagePath(request).isEmpty();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = pagePath(request).orElseThrow();
        Snapshot snapshot = catalog.current();
        Optional<String> problem = problem(snapshot, path, request.getQueryString());
        if (problem.isPresent()) {
            var texts = new PageTexts(UiLanguage.of(request));
            answer(request, response, HttpServletResponse.SC_NOT_FOUND,
                    LightPage.notFound(snapshot, texts, "/" + path, problem.get()));
            return;
        }
        if (capacity.full()) {
            var texts = new PageTexts(UiLanguage.of(request));
            response.setHeader("Retry-After", Long.toString(capacity.retryAfterSeconds()));
            String query = request.getQueryString();
            answer(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, LightPage.busy(snapshot, texts,
                    "/" + path + (query == null ? "" : "?" + query), capacity.retryAfterSeconds()));
            return;
        }
        boolean hadSession = request.getSession(false) != null;
        try {
            chain.doFilter(request, response);
        } finally {
            if (!hadSession) {
                release(request);
            }
        }
    }

    /**
     * Vaadin makes a session for every bootstrap page, though without eager server load it puts nothing in it that
     * the client needs: the client's first request (UI init) may make its own. So a session this page request
     * made ends with it, and a page hit that never runs the client (crawler, link preview) holds nothing after.
     */
    private static void release(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session != null) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalid) {
                // nothing to release
            }
        }
    }

    /** The routes are {@code /} and {@code /{tool}}: anything deeper names no page. */
    static Optional<String> problem(Snapshot snapshot, String path, String query) {
        if (path.isEmpty()) {
            return snapshot.tools().isEmpty() ? Optional.of(UnknownSelection.tool("")) : Optional.empty();
        }
        if (path.contains("/")) {
            return Optional.of("page");
        }
        return DashboardRoute.problem(snapshot, path,
                query == null ? QueryParameters.empty() : QueryParameters.fromString(query));
    }

    /** The decoded path without its leading slash when it may be a page; empty for files and other endpoints. */
    static Optional<String> pagePath(HttpServletRequest request) {
        String raw = request.getRequestURI().substring(request.getContextPath().length());
        String path;
        try {
            path = UriUtils.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // malformed escapes: left to the container's own 400
        }
        if (path.startsWith("/")) {
            path = path.substring(1);
        }
        if (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        int slash = path.indexOf('/');
        String first = slash < 0 ? path : path.substring(0, slash);
        String last = path.substring(path.lastIndexOf('/') + 1);
        if (NOT_PAGES.contains(first) || last.contains(".") && isStaticFile(path)) {
            return Optional.empty();
        }
        return Optional.of(path);
    }

    /**
     * Whether Spring Boot's static resource handling has a file for the path. Any other name with a dot
     * ({@code /wp-login.php}, {@code /.env}) would get Vaadin's bootstrap page, a 200 and a session each: a
     * scanner's probes are page paths that name no page, so they get the 404 page instead.
     */
    private static boolean isStaticFile(String path) {
        ClassLoader loader = PageGate.class.getClassLoader();
        return STATIC_LOCATIONS.stream().anyMatch(location -> loader.getResource(location + path) != null);
    }

    private static boolean fromVaadinClient(HttpServletRequest request) {
        String query = request.getQueryString();
        return query != null && (query.startsWith("v-r=") || query.contains("&v-r="));
    }

    private static void answer(HttpServletRequest request, HttpServletResponse response, int status, String html)
            throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }
}
