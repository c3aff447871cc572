package org.mtad.ops;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

/**
 * The page's style sheets ({@code /lumo/lumo.css}, 234 KB, and ours under {@code /styles/}) sent as gzip bytes made
 * once, rather than compressed by Tomcat on every request: Lumo's alone took 6-9 ms of CPU per first visit, the most of
 * any of a page's requests, and on a loaded machine it was often the last file the first chart waited for.
 * Only the URLs the page links, which carry Vaadin's content version ({@code ?v-c=}) and are cached for a year as
 * Vaadin's file server caches them; anything else (no version, a conditional or range request, a client without gzip,
 * a file that is not there) goes on to Vaadin's file server as before. {@code cache_gets_total{cache="style_sheets"}}.
 */
@Configuration
class StyleSheetCompression {

    static final String CACHE_NAME = "style_sheets";
    static final String VERSIONED = "max-age=31536000, immutable";
    private static final Pattern STYLE_SHEET = Pattern.compile("/(lumo|styles)/[\\w-]+(/[\\w-]+)*\\.css");
    /** Few style sheets exist under those paths; a bound all the same. */
    private static final int MAX_KEPT = 16;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> styleSheetCompressionFilter(MeterRegistry registry) {
        Cache<String, byte[]> kept = Caffeine.newBuilder().maximumSize(MAX_KEPT).recordStats().build();
        CaffeineCacheMetrics.monitor(registry, kept, CACHE_NAME);
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                String path = request.getRequestURI().substring(request.getContextPath().length());
                byte[] gzip = wanted(request, path) ? kept(kept, path) : null;
                if (gzip == null) {
                    chain.doFilter(request, response);
                    return;
                }
                response.setContentType("text/css;charset=utf-8");
                // No Last-Modified: a versioned URL is never revalidated.
                response.setHeader(HttpHeaders.CACHE_CONTROL, VERSIONED);
                // Tomcat leaves an answer alone that already has a Content-Encoding, and then adds no Vary itself.
                response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
                response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
                response.setContentLength(gzip.length);
                response.getOutputStream().write(gzip);
            }
        });
        registration.addUrlPatterns("/lumo/*", "/styles/*");
        return registration;
    }

    private static boolean wanted(HttpServletRequest request, String path) {
        return "GET".equals(request.getMethod()) && request.getParameter("v-c") != null
                && STYLE_SHEET.matcher(path).matches() && request.getHeader(HttpHeaders.RANGE) == null
                && request.getHeader(HttpHeaders.IF_MODIFIED_SINCE) == null
                && request.getHeader(HttpHeaders.IF_NONE_MATCH) == null
                && Gzip.accepted(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
    }

    /**
     * Made on the first request for a path, from where Vaadin's file server finds the file too (META-INF/resources of
     * the app or one of its jars): the files do not change while the app runs. None (null) for a file not there
     * or not readable.
     */
    private static byte[] kept(Cache<String, byte[]> kept, String path) {
        return kept.get(path, key -> {
            URL file = StyleSheetCompression.class.getClassLoader().getResource("META-INF/resources" + key);
            if (file == null) {
                return null;
            }
            try (InputStream in = file.openStream()) {
                return Gzip.compress(in.readAllBytes());
            } catch (IOException e) {
                return null; // not kept: Vaadin's file server answers, as it would have
            }
        });
    }
}
