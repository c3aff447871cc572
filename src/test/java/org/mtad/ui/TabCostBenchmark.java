package org.mtad.ui;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/**
 * Live heap per open dashboard tab, at production settings: the packaged jar run as {@code java -Xmx768m -jar} on
 * the real data, one real page load to warm it, then TABS headless Chromium tabs, each in its own browser context
 * (own cookies, so own session), each waiting for its first drawn chart and kept open. The live heap is read after two
 * full GCs ({@code jcmd PID GC.run}, {@code GC.heap_info}) before and after opening the tabs.
 *
 * <pre>REAL_DATA_DIR=../shared/data/management-tools ./mvnw -B -q package -DskipTests
 * REAL_DATA_DIR=../shared/data/management-tools ./mvnw -Ptab-benchmark process-test-classes</pre>
 *
 * Optional: {@code TABS} (30), {@code PORT} (18081), {@code JAR} (target/management-tools-dashboard-1.0.0.jar),
 * {@code DASHBOARD_PATH} (/benchmarking), {@code SETTLE_SECONDS} (70: a second reading once idle keep-alive
 * connections have closed, the tabs still open; 0 skips it), {@code HISTOGRAM} (set: also print the classes whose live bytes grew most).
 */
public final class TabCostBenchmark {

    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    private TabCostBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String data = System.getenv("REAL_DATA_DIR");
        if (data == null || !Files.isReadable(Path.of(data, "data.db"))) {
            System.out.println("Set REAL_DATA_DIR to the directory holding the real data.db (e.g. ../shared/data/management-tools).");
            return;
        }
        int tabs = Integer.parseInt(env("TABS", "30"));
        int port = Integer.parseInt(env("PORT", "18081"));
        Path jar = Path.of(env("JAR", "target/management-tools-dashboard-1.0.0.jar"));
        String path = env("DASHBOARD_PATH", "/benchmarking");
        String base = "http://127.0.0.1:" + port;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var builder = new ProcessBuilder(java, "-Xmx768m", "-jar", jar.toString(), "--server.port=" + port)
                .redirectErrorStream(true).redirectOutput(Path.of("target", "tab-benchmark-app.log").toFile());
        builder.environment().put("DATA_DIR", Path.of(data).toAbsolutePath().toString());
        Process app = builder.start();
        try (var chromium = HeadlessChromium.launch()) {
            waitForHealth(base);
            List<BrowserContext> open = new ArrayList<>();
            // Warm-up: one real visit (classes loaded, caches filled), closed again before the first reading.
            BrowserContext warm = chromium.browser().newContext();
            openTab(warm, base + path);
            warm.close();
            long before = liveHeapKb(app.pid());
            String histogramBefore = System.getenv("HISTOGRAM") == null ? null
                    : run(jcmd(), String.valueOf(app.pid()), "GC.class_histogram");
            long start = System.nanoTime();
            for (int i = 0; i < tabs; i++) {
                BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
                openTab(context, base + path);
                open.add(context);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long after = liveHeapKb(app.pid());
            System.out.printf(Locale.ROOT, "jar %s, %s, -Xmx768m, real data %s%n", jar, path, data);
            System.out.printf(Locale.ROOT, "live heap before %d KB, after %d open tabs %d KB (tabs opened in %.1f s)%n",
                    before, tabs, after, seconds);
            System.out.printf(Locale.ROOT, "per open tab: %.0f KB%n", (after - before) / (double) tabs);
            int settle = Integer.parseInt(env("SETTLE_SECONDS", "70"));
            if (settle > 0) {
                // The tabs stay open; the browser's idle keep-alive connections (and Tomcat's buffers for them) close.
                Thread.sleep(settle * 1000L);
                long idle = liveHeapKb(app.pid());
                System.out.printf(Locale.ROOT, "after %d s idle (keep-alive connections closed, tabs still open): %d KB,"
                        + " per open tab: %.0f KB%n", settle, idle, (idle - before) / (double) tabs);
            }
            if (histogramBefore != null) {
                ClassHistogram.printGrowth(histogramBefore, run(jcmd(), String.valueOf(app.pid()), "GC.class_histogram"), tabs);
            }
            open.forEach(BrowserContext::close);
        } finally {
            app.destroy();
            app.waitFor();
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static void openTab(BrowserContext context, String url) {
        Page page = context.newPage();
        page.navigate(url);
        page.waitForSelector(".apexcharts-canvas", new Page.WaitForSelectorOptions().setTimeout(60_000));
    }

    static void waitForHealth(String base) throws InterruptedException {
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                var response = client.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the app at " + base + " did not answer /health within 90 s; see its log in target/");
    }

    private static String jcmd() {
        return Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
    }

    /** The heap in use after two full collections: what the open sessions really hold. */
    static long liveHeapKb(long pid) throws IOException, InterruptedException {
        String jcmd = jcmd();
        run(jcmd, String.valueOf(pid), "GC.run");
        Thread.sleep(1000);
        run(jcmd, String.valueOf(pid), "GC.run");
        var matcher = USED.matcher(run(jcmd, String.valueOf(pid), "GC.heap_info"));
        if (!matcher.find()) {
            throw new IllegalStateException("no 'used ...K' in GC.heap_info");
        }
        return Long.parseLong(matcher.group(1));
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        return out;
    }
}
