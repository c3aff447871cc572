package org.mtad.ops;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends generated hostile requests ({@link HostileRequests}) to a running app and judges every answer: never a 5xx
 * or no answer, never stack-trace text, and a client error in the shape of its URL (the JSON error shape on /api,
 * /health and Actuator; an HTML page elsewhere). Used by {@code HostileTrafficIT}, and on its own against a running
 * jar (see BENCHMARKS.md, "Hostile input"):
 * {@code java -cp ... org.mtad.ops.HostileTraffic PORT COUNT SEED [LOGFILE]}.
 */
final class HostileTraffic {

    /** A Java stack frame or a qualified exception class name, as a trace shows them. */
    static final Pattern TRACE = Pattern.compile(
            "(?m)(\\bat [a-zA-Z_$][\\w$]*(\\.[\\w$<>]+)+\\([^)]*\\))|([a-z][a-z0-9_]*\\.)+[A-Z]\\w*(Exception|Error)\\b|^Caused by: ");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Client threads: enough to keep both cores of a small machine busy with the server's work. */
    static final int THREADS = 8;

    /** What came back: statuses overall and per family, every failure, and the time the answers took per family. */
    record Result(int sent, Map<String, Integer> statuses, Map<String, Map<String, Integer>> byFamily,
                  List<String> failures, Map<String, Long> millisByFamily, double seconds) {

        String report() {
            var out = new StringBuilder();
            out.append(String.format("sent %d hostile requests in %.1f s; status histogram %s%n", sent, seconds, statuses));
            byFamily.forEach((family, histogram) -> out.append(String.format("  %-18s %5.1f ms each  %s%n", family,
                    (double) millisByFamily.get(family) / histogram.values().stream().mapToInt(Integer::intValue).sum(),
                    histogram)));
            out.append("failures: ").append(failures.size()).append('\n');
            failures.stream().limit(40).forEach(f -> out.append("  ").append(f).append('\n'));
            return out.toString();
        }

        long serverErrors() {
            return statuses.entrySet().stream().filter(e -> e.getKey().startsWith("5") || e.getKey().equals("none"))
                    .mapToLong(Map.Entry::getValue).sum();
        }

        long wrongShape() {
            return failures.stream().filter(f -> !f.contains(" server error ") && !f.contains(" no answer ")).count();
        }
    }

    private HostileTraffic() {
    }

    /**
     * Sends the requests from {@code threads} threads, one connection each, with at most a few per thread waiting
     * so the generator never runs far ahead (some requests are megabytes).
     */
    static Result send(RawHttp http, Iterator<HostileRequests.HostileRequest> requests, int threads)
            throws InterruptedException {
        Map<String, Integer> statuses = new ConcurrentHashMap<>();
        Map<String, Map<String, Integer>> byFamily = new ConcurrentHashMap<>();
        Map<String, Long> millis = new ConcurrentHashMap<>();
        var failures = new ConcurrentLinkedQueue<String>();
        var sent = new AtomicInteger();
        var waiting = new Semaphore(threads * 4);
        long start = System.nanoTime();
        try (var pool = Executors.newFixedThreadPool(threads)) {
            while (requests.hasNext()) {
                var request = requests.next();
                waiting.acquire();
                pool.submit(() -> {
                    try {
                        long begin = System.nanoTime();
                        RawHttp.Response response = http.exchange(request.bytes());
                        millis.merge(request.family(), (System.nanoTime() - begin) / 1_000_000, Long::sum);
                        sent.incrementAndGet();
                        String status = response.status() == 0 ? "none" : Integer.toString(response.status());
                        statuses.merge(status, 1, Integer::sum);
                        byFamily.computeIfAbsent(request.family(), f -> new ConcurrentHashMap<>())
                                .merge(status, 1, Integer::sum);
                        String problem = judge(request, response);
                        if (problem != null) {
                            failures.add(request.family() + ": " + status + " " + problem + " <- " + request.shown());
                        }
                    } catch (RuntimeException e) {
                        failures.add(request.family() + ": not sent (" + e.getMessage() + ") <- " + request.shown());
                    } finally {
                        waiting.release();
                    }
                });
            }
            pool.shutdown();
            if (!pool.awaitTermination(10, TimeUnit.MINUTES)) {
                throw new IllegalStateException("Hostile traffic did not finish in 10 minutes");
            }
        }
        Map<String, Map<String, Integer>> families = new TreeMap<>();
        byFamily.forEach((k, v) -> families.put(k, new TreeMap<>(v)));
        return new Result(sent.get(), new TreeMap<>(statuses), families, new ArrayList<>(failures), new TreeMap<>(millis),
                (System.nanoTime() - start) / 1e9);
    }

    /** What is wrong with this answer, or null. */
    static String judge(HostileRequests.HostileRequest request, RawHttp.Response response) {
        int status = response.status();
        if (status == 0) {
            return "no answer";
        }
        if (status >= 500) {
            return "server error";
        }
        String body = response.text();
        boolean isStaticFile = status == 200 && request.target().startsWith("/VAADIN/build/");
        if (!isStaticFile && TRACE.matcher(body).find()) {
            return "stack trace in the body";
        }
        if (status < 400 || request.method().equals("HEAD")) {
            return null;
        }
        if (status >= 400 && body.contains("Exception")) {
            return "exception name in the body";
        }
        String type = response.header("Content-Type");
        if (request.wantsJson()) {
            if (!type.startsWith("application/json")) {
                return "not JSON but '" + type + "'";
            }
            try {
                JsonNode json = JSON.readTree(body);
                if (!json.path("error").isString() || !json.path("message").isString()) {
                    return "JSON without error/message: " + shorten(body);
                }
            } catch (RuntimeException e) {
                return "invalid JSON: " + shorten(body);
            }
        } else if (!type.startsWith("text/html") || !body.toLowerCase(java.util.Locale.ROOT).contains("<html")) {
            return "not an HTML page but '" + type + "': " + shorten(body);
        }
        return null;
    }

    /** ERROR lines and stack-trace lines in a log text. */
    static List<String> logProblems(String log) {
        List<String> problems = new ArrayList<>();
        for (String line : log.split("\n")) {
            if (line.matches("^\\S+\\s+ERROR\\s.*") || line.matches("^\\s+at \\S+\\(.*") || line.startsWith("Caused by: ")) {
                problems.add(line.length() > 300 ? line.substring(0, 300) : line);
            }
        }
        return problems;
    }

    private static String shorten(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 120 ? one.substring(0, 120) + "..." : one;
    }

    /** The tool slug and bundle file the generated requests use, read from the running app. */
    static String[] realTargets(RawHttp http) {
        String tools = http.exchange(RawHttp.request("GET", "/api/v1/tools", "HTTP/1.1",
                RawHttp.headers("Host", "127.0.0.1", "Connection", "close"), new byte[0])).text();
        var tool = Pattern.compile("\"key\":\"([^\"]+)\"").matcher(tools);
        String page = http.exchange(RawHttp.request("GET", "/", "HTTP/1.1",
                RawHttp.headers("Host", "127.0.0.1", "Connection", "close"), new byte[0])).text();
        var bundle = Pattern.compile("src=\"\\./(VAADIN/build/[^\"]+\\.js)\"").matcher(page);
        if (!tool.find() || !bundle.find()) {
            throw new IllegalStateException("The app lists no tool or links no bundle file");
        }
        return new String[] {tool.group(1), "/" + bundle.group(1)};
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int count = Integer.parseInt(args[1]);
        long seed = Long.parseLong(args[2]);
        Path log = args.length > 3 ? Path.of(args[3]) : null;
        long logStart = log == null ? 0 : Files.size(log);
        var http = new RawHttp("127.0.0.1", port);
        String[] real = realTargets(http);
        Result result = send(http, new HostileRequests(seed, real[0], real[1]).stream(count), THREADS);
        System.out.print(result.report());
        System.out.printf("5xx or no answer: %d; wrong error shape: %d; %.1f s%n", result.serverErrors(),
                result.wrongShape(), result.seconds());
        if (log != null) {
            Thread.sleep(1000);
            List<String> problems = logProblems(newLog(log, logStart));
            long errors = problems.stream().filter(l -> l.contains(" ERROR ")).count();
            System.out.printf("log: %d ERROR lines, %d stack-trace lines%n", errors, problems.size() - errors);
        }
    }

    private static String newLog(Path log, long from) throws IOException {
        byte[] all = Files.readAllBytes(log);
        return new String(all, (int) Math.min(from, all.length), (int) Math.max(0, all.length - from), StandardCharsets.UTF_8);
    }
}
