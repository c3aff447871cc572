package org.mtad.ops;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The production bundle's files ({@code /VAADIN/build/}) carry a content hash in their names, so a given URL never
 * changes: a year of caching, immutable (Vaadin's file server would send one hour). HTML pages stay uncached
 * (Spring Security's no-store, see {@link SecurityConfiguration}), so a new release is picked up on the next page load.
 */
@Configuration
class BundleCaching {

    static final String PATH = "/VAADIN/build/";
    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> bundleCachingFilter() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                response.setHeader("Cache-Control", IMMUTABLE);
                chain.doFilter(request, new Immutable(response));
            }
        });
        registration.addUrlPatterns(PATH + "*");
        return registration;
    }

    /** Keeps our Cache-Control against the file server's; an error (unknown file) is not cached at all. */
    static final class Immutable extends HttpServletResponseWrapper {

        Immutable(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setStatus(int status) {
            super.setStatus(status);
            uncachedUnlessOk(status);
        }

        @Override
        public void sendError(int status) throws IOException {
            uncachedUnlessOk(status);
            super.sendError(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            uncachedUnlessOk(status);
            super.sendError(status, message);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!"Cache-Control".equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!"Cache-Control".equalsIgnoreCase(name)) {
                super.addHeader(name, value);
            }
        }

        private void uncachedUnlessOk(int status) {
            if (status != SC_OK && status != SC_NOT_MODIFIED) {
                super.setHeader("Cache-Control", "no-store");
            }
        }
    }
}
