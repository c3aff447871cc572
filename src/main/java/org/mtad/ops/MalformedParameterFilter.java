package org.mtad.ops;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A query string or form body Tomcat cannot decode ({@code ?from=%ZZ}, a lone {@code %}, too many parameters) makes
 * every later parameter lookup throw, deep inside Spring or Vaadin: a 500 and a stack trace. Parsing once, first,
 * turns it into a 400 in the shape of the URL (the JSON error shape on /api, /health and Actuator; a page elsewhere).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class MalformedParameterFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(MalformedParameterFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParameterMap();
        } catch (IllegalStateException e) {
            log.debug("400 for undecodable parameters of {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
            badRequest(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean wantsJson(String path) {
        return Stream.of("/api", "/health", "/actuator").anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
    }

    private static void badRequest(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setHeader("Connection", "close");
        Locale locale = "en".equals(request.getLocale().getLanguage()) ? Locale.ENGLISH : Locale.of("es");
        var texts = ResourceBundle.getBundle("vaadin-i18n/translations", locale);
        String body;
        if (wantsJson(request.getRequestURI())) {
            response.setContentType("application/json");
            body = "{\"error\":\"bad_request\",\"message\":\"The request's parameters are not validly percent-encoded "
                    + "or too many\"}";
        } else {
            response.setContentType("text/html;charset=UTF-8");
            body = "<!doctype html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\"><title>"
                    + HtmlUtils.htmlEscape(texts.getString("badRequest.title")) + "</title></head><body><main id=\"client-error\"><h1>"
                    + HtmlUtils.htmlEscape(texts.getString("badRequest.title")) + "</h1><p>"
                    + HtmlUtils.htmlEscape(texts.getString("badRequest.parameters")) + "</p><p><a href=\"/\">"
                    + HtmlUtils.htmlEscape(texts.getString("badRequest.home")) + "</a></p></main></body></html>";
        }
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
}
