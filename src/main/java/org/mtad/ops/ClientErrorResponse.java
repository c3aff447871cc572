package org.mtad.ops;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;

import org.springframework.web.util.HtmlUtils;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A 400 written directly, before Spring MVC or Vaadin see the request, in the shape of the URL: the API's JSON error
 * shape on /api, /health and Actuator, a small bilingual page elsewhere. Never the exception's text.
 */
final class ClientErrorResponse {

    private ClientErrorResponse() {
    }

    static boolean wantsJson(String path) {
        return Stream.of("/api", "/health", "/actuator").anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
    }

    /** {@code messageKey} names the page's text in vaadin-i18n; {@code jsonMessage} is the API's English message. */
    static void badRequest(HttpServletRequest request, HttpServletResponse response, String messageKey, String jsonMessage)
            throws IOException {
        write(request, response, HttpServletResponse.SC_BAD_REQUEST, "bad_request", "badRequest.title", messageKey, jsonMessage);
    }

    static void write(HttpServletRequest request, HttpServletResponse response, int status, String error, String titleKey,
                      String messageKey, String jsonMessage) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.reset();
        response.setStatus(status);
        if (status == HttpServletResponse.SC_METHOD_NOT_ALLOWED) {
            response.setHeader("Allow", "GET, HEAD");
        }
        response.setHeader("Connection", "close");
        String body;
        if (wantsJson(request.getRequestURI())) {
            response.setContentType("application/json");
            body = "{\"error\":\"" + error + "\",\"message\":\"" + jsonMessage.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
        } else {
            Locale locale = "en".equals(language(request)) ? Locale.ENGLISH : Locale.of("es");
            var texts = ResourceBundle.getBundle("vaadin-i18n/translations", locale);
            response.setContentType("text/html;charset=UTF-8");
            body = "<!doctype html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\"><title>"
                    + HtmlUtils.htmlEscape(texts.getString(titleKey)) + "</title></head><body><main id=\"client-error\"><h1>"
                    + HtmlUtils.htmlEscape(texts.getString(titleKey)) + "</h1><p>"
                    + HtmlUtils.htmlEscape(texts.getString(messageKey)) + "</p><p><a href=\"/\">"
                    + HtmlUtils.htmlEscape(texts.getString("badRequest.home")) + "</a></p></main></body></html>";
        }
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
        response.flushBuffer();
    }

    private static String language(HttpServletRequest request) {
        try {
            return request.getLocale().getLanguage();
        } catch (RuntimeException e) {
            // A rejected request (Spring Security's firewall) may refuse to show its headers.
            return "es";
        }
    }
}
