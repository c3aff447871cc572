package org.mtad.ops;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;

/**
 * A seeded generator of hostile HTTP requests: every method on every kind of URL ({@link HostileTargets}), mangled
 * by one family of mistakes or attacks each, plus random header noise. The same seed gives the same requests.
 */
final class HostileRequests {

    /** One request as it goes on the wire, with the family that made it (for the histogram). */
    record HostileRequest(String family, String method, String target, boolean wantsJson, byte[] bytes) {

        String shown() {
            String line = method + " " + target;
            return line.length() > 160 ? line.substring(0, 160) + "...(" + line.length() + " chars)" : line;
        }
    }

    static final List<String> FAMILIES = List.of("plain", "bad-percent-query", "bad-percent-path", "long-segment",
            "vaadin-params", "uidl-post", "body-on-get", "long-header", "cookies", "accept-language", "forwarded",
            "method", "many-params", "firewall", "protocol", "accept", "form-body", "junk-values");

    /** Copies of each family in one shuffled round. */
    private static final int ROUND = 25;

    private static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS",
            "TRACE");
    private static final List<String> ODD_METHODS = List.of("FOO", "PROPFIND", "MKCOL", "get", "BREW", "M-SEARCH",
            "CONNECT", "QUERY", "X".repeat(300), "DEBUG", "PRI", "LINK");
    private static final List<String> BAD_PERCENT = List.of("%ZZ", "%", "%G1", "%%", "%C3%28", "%E0%80%AF", "%C0%AF",
            "%1", "%zz%", "%u0041", "%FF%FE", "%ED%A0%80");
    private static final List<String> JUNK = List.of("", " ", "'", "\"", "' OR '1'='1", "<script>alert(1)</script>",
            "${jndi:ldap://x/a}", "{{7*7}}", "../../etc/passwd", "NaN", "-1", "99999999999999999999", "null", "[]", "{}",
            "\u00f1and\u00fa", "\u65e5\u672c", "\ud83d\ude00", "\u202Egoogle_trends", "a".repeat(3000), "0x10", "1e309");
    private static final List<String> VAADIN_TYPES = List.of("uidl", "heartbeat", "init", "push", "foo", "",
            "UIDL", "page-showing", "webcomponent-resources", "%ZZ", "x".repeat(500), "uidl;", "../init");
    private static final List<String> UI_IDS = List.of("abc", "-1", "0", "1", "99999999999", "", "1.5", "%00",
            "1e3", "2147483648", "0x1");
    private static final List<String> LANGUAGES = List.of("zz", "*", "es-ES;q=abc", "en;q=2", ";;;,,,", "x".repeat(3000),
            "es, en;q=0.5, *;q=0.1", "\u00e9\u00e8", "en-US-x-private-toolongsubtag", "q=1", "-", "es;q=0.8;q=0.1",
            "a\tb", "en,".repeat(500));
    private static final List<String> COOKIES = List.of("JSESSIONID=garbage", "JSESSIONID=", "JSESSIONID",
            "JSESSIONID=" + "A".repeat(4000), "=;;=;", "JSESSIONID=1; JSESSIONID=2", "a=b; ".repeat(300),
            "JSESSIONID=\"unterminated", "JSESSIONID=\u00e9\u00e8", "$Version=1; JSESSIONID=x; $Path=/",
            "JSESSIONID=../../x", "csrfToken=x; JSESSIONID=%ZZ");
    private static final List<String> ACCEPTS = List.of("text/plain", "text/csv", "application/xml", "*/*",
            "application/json", "garbage", ";;;", "text/html;q=abc", "image/png", "text/event-stream",
            "application/json;charset=nonsense", "*/*;q=0", "x/y/z");

    private final Random random;
    private final List<HostileTargets.Target> targets;
    private final String tool;
    private final String bundle;

    HostileRequests(long seed, String tool, String bundle) {
        this.random = new Random(seed);
        this.targets = HostileTargets.ALL;
        this.tool = tool;
        this.bundle = bundle;
    }

    /**
     * {@code count} requests, each made only when taken (a few carry megabytes, so they are not all held at once):
     * the families in shuffled rounds, so every stretch of traffic mixes all of them.
     */
    Iterator<HostileRequest> stream(int count) {
        return new Iterator<>() {
            private final Deque<String> round = new ArrayDeque<>();
            private int made;

            @Override
            public boolean hasNext() {
                return made < count;
            }

            @Override
            public HostileRequest next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                if (round.isEmpty()) {
                    List<String> families = new ArrayList<>();
                    for (int i = 0; i < ROUND; i++) {
                        families.addAll(FAMILIES);
                    }
                    Collections.shuffle(families, random);
                    round.addAll(families);
                }
                made++;
                return HostileRequests.this.next(round.poll());
            }
        };
    }

    HostileRequest next(String family) {
        String target = pick(targets).path().replace("{tool}", tool).replace("{bundle}", bundle);
        String method = random.nextInt(3) == 0 ? pick(METHODS) : "GET";
        String version = "HTTP/1.1";
        List<String[]> headers = new ArrayList<>();
        String host = "127.0.0.1";
        byte[] body = new byte[0];
        String contentType = null;
        switch (family) {
            case "bad-percent-query" -> target = withQuery(target, pick(List.of("from", "to", "sources", "maxPoints",
                    "a", "", "v-r", "location")) + "=" + pick(BAD_PERCENT), random.nextBoolean());
            case "bad-percent-path" -> target = insertInPath(target, pick(BAD_PERCENT));
            case "long-segment" -> target = insertInPath(target, (random.nextBoolean() ? "a" : "%41").repeat(
                    500 + random.nextInt(random.nextInt(4) == 0 ? 9000 : 2000)));
            case "vaadin-params" -> {
                String q = "v-r=" + pick(VAADIN_TYPES);
                if (random.nextBoolean()) {
                    q += "&v-uiId=" + pick(UI_IDS);
                }
                if (random.nextBoolean()) {
                    q += "&location=" + pick(List.of("", "%ZZ", "..%2F..", "http://evil.example/", "a".repeat(3000)))
                            + "&query=" + pick(List.of("", "a=b", "%25"));
                }
                if (random.nextInt(4) == 0) {
                    q = "v-uiId=" + pick(UI_IDS);
                }
                target = withQuery(target, q, random.nextBoolean());
            }
            case "uidl-post" -> {
                method = "POST";
                target = pick(List.of("/", "/" + tool, "/no-such")) + "?v-r=" + pick(List.of("uidl", "heartbeat",
                        "init", "uidl", "foo")) + "&v-uiId=" + pick(UI_IDS);
                contentType = pick(List.of("application/json; charset=UTF-8", "text/plain", "application/json",
                        "multipart/form-data; boundary=x"));
                body = uidlBody();
            }
            case "body-on-get" -> {
                method = pick(List.of("GET", "HEAD", "DELETE", "OPTIONS"));
                body = junkBody(random.nextInt(5) == 0 ? 300_000 : 2000);
                contentType = pick(List.of("application/json", "text/plain", "application/x-www-form-urlencoded"));
            }
            case "long-header" -> {
                if (random.nextBoolean()) {
                    headers.add(new String[] {pick(List.of("X-Long", "Referer", "User-Agent", "Accept-Language",
                            "Cookie")), "b".repeat(6000 + random.nextInt(20000))});
                } else {
                    for (int k = 0; k < 100 + random.nextInt(300); k++) {
                        headers.add(new String[] {"X-H" + k, "v".repeat(random.nextInt(100))});
                    }
                }
            }
            case "cookies" -> headers.add(new String[] {"Cookie", pick(COOKIES)});
            case "accept-language" -> headers.add(new String[] {"Accept-Language", pick(LANGUAGES)});
            case "forwarded" -> {
                headers.add(new String[] {"X-Forwarded-For", pick(List.of("1.2.3.4", "garbage", "unknown, , ,",
                        "::1", "1.2.3.4, ".repeat(200), "999.999.999.999", "<script>", "_hidden", "[::1]:80"))});
                headers.add(new String[] {"X-Forwarded-Proto", pick(List.of("https", "gopher", "", "HTTPS", "http,https",
                        "javascript:"))});
                if (random.nextBoolean()) {
                    headers.add(new String[] {"X-Forwarded-Host", pick(List.of("evil.example", "a:b:c", "<x>",
                            "evil.example:99999", "", "%ZZ"))});
                }
                if (random.nextBoolean()) {
                    headers.add(new String[] {"X-Forwarded-Port", pick(List.of("abc", "99999", "-1", "443"))});
                }
                if (random.nextBoolean()) {
                    headers.add(new String[] {"Forwarded", pick(List.of("for=\"[::1\"", "proto=gopher;host=x", ";;"))});
                }
            }
            case "method" -> method = pick(ODD_METHODS);
            case "many-params" -> {
                var q = new StringBuilder();
                for (int k = 0, n = 1000 + random.nextInt(1500); k < n; k++) {
                    q.append(k == 0 ? "" : "&").append("p").append(k).append("=").append(k);
                }
                target = withQuery(target, q.toString(), random.nextBoolean());
            }
            case "firewall" -> {
                if (random.nextInt(3) == 0) {
                    headers.add(new String[] {pick(List.of("X-Test", "Accept-Language", "Referer", "User-Agent")),
                            pick(List.of("a\tb", "a\u007fb", "\u0001", "\u00ff\u00fe", "x\u0085y"))});
                } else {
                    target = insertInPath(target, pick(List.of(";jsessionid=x", ";", "//", "\\", "%5C", "%2F", "%2f",
                            "%2e", "%2E%2E", "/./", "/../", "%0a", "%0d%0a", "%09", "%00", "%25", "\u00e9", "\u00ff",
                            "%3B", "/..;/", "...")));
                }
            }
            case "protocol" -> {
                switch (random.nextInt(7)) {
                    case 0 -> version = "HTTP/1.0";
                    case 1 -> version = pick(List.of("HTTP/9.9", "HTTP/1.1x", "http/1.1", "HTTP/2.0", "FOO"));
                    case 2 -> host = null;
                    case 3 -> host = pick(List.of("", "a b", "x".repeat(3000), "[::1", "evil.example:99999",
                            "127.0.0.1:abc", "..", "%ZZ"));
                    case 4 -> target = pick(List.of("*", "http://evil.example/", "http://127.0.0.1" + target,
                            "//evil.example/x", "", "?", "a/b"));
                    case 5 -> headers.add(new String[] {"Host", "second.example"});
                    default -> {
                        headers.add(new String[] {"Transfer-Encoding", pick(List.of("chunked", "gzip", "chunked, gzip",
                                "identity"))});
                        body = "zz\r\nnot a chunk\r\n".getBytes(StandardCharsets.ISO_8859_1);
                    }
                }
            }
            case "accept" -> headers.add(new String[] {"Accept", pick(ACCEPTS)});
            case "form-body" -> {
                method = pick(List.of("POST", "PUT", "PATCH"));
                contentType = "application/x-www-form-urlencoded";
                body = pick(List.of("a=%ZZ", "%", "from=%", "x=" + "y".repeat(5000), "a=b&".repeat(1500),
                        "_csrf=x&a=1")).getBytes(StandardCharsets.ISO_8859_1);
            }
            case "junk-values" -> target = withQuery(target, pick(List.of("from", "to", "sources", "maxPoints", "x",
                    "y", "source", "lang", "v-r")) + "=" + encode(pick(JUNK)), random.nextBoolean());
            default -> {
                // plain: the target as it is, with whatever method and noise was drawn
            }
        }
        noise(headers);
        List<String[]> all = new ArrayList<>();
        if (host != null) {
            all.add(new String[] {"Host", host});
        }
        all.addAll(headers);
        if (contentType != null) {
            all.add(new String[] {"Content-Type", contentType});
        }
        if (body.length > 0 && all.stream().noneMatch(h -> h[0].equals("Transfer-Encoding"))) {
            all.add(new String[] {"Content-Length", Integer.toString(body.length)});
        }
        all.add(new String[] {"Connection", "close"});
        return new HostileRequest(family, method, target, HostileTargets.wantsJson(target),
                RawHttp.request(method, target, version, all, body));
    }

    /** Headers a real client or a scanner adds anyway, drawn at random on any request. */
    private void noise(List<String[]> headers) {
        if (random.nextInt(6) == 0) {
            headers.add(new String[] {"Accept-Language", pick(LANGUAGES)});
        }
        if (random.nextInt(6) == 0) {
            headers.add(new String[] {"Cookie", pick(COOKIES)});
        }
        if (random.nextInt(8) == 0) {
            headers.add(new String[] {"Accept", pick(ACCEPTS)});
        }
        if (random.nextInt(10) == 0) {
            headers.add(new String[] {"X-Forwarded-For", pick(List.of("1.2.3.4", "garbage", "::1"))});
        }
        if (random.nextInt(10) == 0) {
            headers.add(new String[] {pick(List.of("If-Modified-Since", "If-None-Match", "Range", "Origin",
                    "Expect", "Upgrade", "Authorization", "Content-Encoding")), pick(List.of("garbage", "bytes=9-1",
                    "bytes=0-0,0-0,0-0", "null", "100-continue", "websocket", "Basic %%%", "gzip", "W/\"x\"", ""))});
        }
    }

    private byte[] uidlBody() {
        String json = switch (random.nextInt(6)) {
            case 0 -> "{\"csrfToken\":\"" + java.util.UUID.nameUUIDFromBytes(new byte[] {(byte) random.nextInt()})
                    + "\",\"rpc\":[],\"syncId\":0,\"clientId\":0}";
            case 1 -> "{\"csrfToken\":\"x\",\"rpc\":[{\"type\":\"event\",\"node\":-1,\"event\":\"click\"}],"
                    + "\"syncId\":\"a\",\"clientId\":99}";
            case 2 -> "{not json";
            case 3 -> "[" + "[".repeat(5000);
            case 4 -> "{\"rpc\":\"" + "x".repeat(2_000_000 + random.nextInt(1_000_000)) + "\"}";
            default -> new String(junkBody(500), StandardCharsets.ISO_8859_1);
        };
        return json.getBytes(StandardCharsets.ISO_8859_1);
    }

    private byte[] junkBody(int max) {
        byte[] b = new byte[1 + random.nextInt(max)];
        random.nextBytes(b);
        return b;
    }

    private String withQuery(String target, String query, boolean append) {
        int q = target.indexOf('?');
        if (q < 0) {
            return target + "?" + query;
        }
        return append ? target + "&" + query : target.substring(0, q) + "?" + query;
    }

    /** Puts text into the path: after its first segment, or as its last segment. */
    private String insertInPath(String target, String text) {
        int q = target.indexOf('?');
        String path = q < 0 ? target : target.substring(0, q);
        String query = q < 0 ? "" : target.substring(q);
        int slash = path.indexOf('/', 1);
        if (slash > 0 && random.nextBoolean()) {
            path = path.substring(0, slash + 1) + text + path.substring(slash + 1);
        } else {
            path = (path.endsWith("/") ? path : path + "/") + text;
        }
        return path + query;
    }

    /** Percent-encodes as a browser would, so the value reaches the app intact. */
    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
