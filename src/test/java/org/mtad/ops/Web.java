package org.mtad.ops;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Plain HTTP against the running app: bodies as bytes (never decompressed for us), headers as sent. */
final class Web {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;

    Web(int port) {
        this.base = "http://localhost:" + port;
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
    }

    HttpResponse<byte[]> get(String path, String... headers) {
        var builder = request(path).GET();
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return send(builder);
    }

    HttpResponse<byte[]> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String text(String path) {
        return new String(get(path).body(), java.nio.charset.StandardCharsets.UTF_8);
    }

    static JsonNode json(HttpResponse<byte[]> response) {
        return JSON.readTree(response.body());
    }

    /** One file of the production bundle, as the bootstrap page links it. */
    String bundleScript() {
        var m = Pattern.compile("src=\"\\./(VAADIN/build/[^\"]+\\.js)\"").matcher(text("/"));
        if (!m.find()) {
            throw new IllegalStateException("The page links no bundle script");
        }
        return "/" + m.group(1);
    }

    static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst()
                .orElseThrow(() -> new IllegalStateException("No session cookie"));
    }
}
