package org.mtad.ops;

import java.util.List;

/**
 * Every kind of URL the app answers, in one place: a new endpoint is added here and the generated hostile traffic
 * covers it. {@code {tool}} is replaced by a real tool slug, {@code {bundle}} by a real bundle file.
 */
final class HostileTargets {

    /** What a client error on such a URL must look like. */
    enum Kind {
        /** The dashboard's pages: the friendly HTML page. */
        UI,
        /** /api, /health and Actuator: the JSON error shape. */
        JSON,
        /** Files and unknown paths: an HTML page. */
        STATIC
    }

    record Target(Kind kind, String path) {
    }

    static final List<Target> ALL = List.of(
            new Target(Kind.UI, "/"),
            new Target(Kind.UI, "/{tool}"),
            new Target(Kind.UI, "/{tool}?sources=google_trends,crossref&from=2000-01&to=2010-12"),
            new Target(Kind.UI, "/no-such-tool"),
            new Target(Kind.UI, "/a/b/c"),
            new Target(Kind.JSON, "/api/v1/dataset"),
            new Target(Kind.JSON, "/api/v1/tools"),
            new Target(Kind.JSON, "/api/v1/tools/{tool}/series?sources=google_trends&from=2000-01&maxPoints=50"),
            new Target(Kind.JSON, "/api/v1/tools/{tool}/series.csv?sources=crossref&to=2010-12"),
            new Target(Kind.JSON, "/api/v1/tools/{tool}/analysis?sources=google_trends,crossref"),
            new Target(Kind.JSON, "/api/v1/tools/{tool}/notes"),
            new Target(Kind.JSON, "/api/v1/tools/no-such-tool/series"),
            new Target(Kind.JSON, "/api/v1/no-such-thing"),
            new Target(Kind.JSON, "/api"),
            new Target(Kind.JSON, "/health"),
            new Target(Kind.JSON, "/actuator"),
            new Target(Kind.JSON, "/actuator/health"),
            new Target(Kind.JSON, "/actuator/health/liveness"),
            new Target(Kind.JSON, "/actuator/health/readiness"),
            new Target(Kind.JSON, "/actuator/prometheus"),
            new Target(Kind.JSON, "/actuator/heapdump"),
            new Target(Kind.JSON, "/actuator/env"),
            new Target(Kind.STATIC, "{bundle}"),
            new Target(Kind.STATIC, "/VAADIN/build/no-such-file.js"),
            new Target(Kind.STATIC, "/VAADIN/static/no-such.css"),
            new Target(Kind.STATIC, "/favicon.ico"),
            new Target(Kind.STATIC, "/robots.txt"),
            new Target(Kind.STATIC, "/wp-login.php"),
            new Target(Kind.STATIC, "/.env"));

    private HostileTargets() {
    }

    /** Whether a client error on this (possibly mangled) request target must answer JSON, judged as the app does. */
    static boolean wantsJson(String target) {
        // An absolute-form target (http://host/path) names its path after the host, as Tomcat reads it.
        String path = target.replaceFirst("^[a-zA-Z]+://[^/]*", "").split("[?;#]", 2)[0];
        return java.util.stream.Stream.of("/api", "/health", "/actuator")
                .anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
    }
}
