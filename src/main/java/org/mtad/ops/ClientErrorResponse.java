package org.mtad.ops;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;

import org.springframework.http.HttpStatus;
import org.springframework.web.util.HtmlUtils;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An error answer in the shape of the URL: the API's JSON error shape ({@code {"error":..., "message":...}}) on /api,
 * /health and Actuator, a small bilingual page elsewhere. Never the exception's text. Written by the first filter
 * ({@link MalformedParameterFilter}), by Tomcat's engine ({@link ConnectorErrorValve}) and by the error page
 * ({@link ErrorPageController}).
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

    /** The answer for any error status, with a text chosen by the kind of status. */
    static void forStatus(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
        forStatus(request, response, status, path(request));
    }

    /** {@code path} decides the shape: the path the client asked for. */
    static void forStatus(HttpServletRequest request, HttpServletResponse response, int status, String path)
            throws IOException {
        // The API's names: bad_request, not_found, method_not_allowed, not_acceptable, internal_error...
        var known = HttpStatus.resolve(status);
        String error = status == 500 ? "internal_error"
                : known == null ? (status >= 500 ? "internal_error" : "bad_request") : known.name().toLowerCase(Locale.ROOT);
        switch (status) {
            case 400 -> write(request, response, path, status, error, "badRequest.title", "badRequest.request",
                    "The request is malformed (syntax, encoding, protocol or a reserved parameter)");
            case 401, 403 -> write(request, response, path, status, error, "clientError.refused.title",
                    "clientError.refused.text", "This address does not accept this kind of request");
            case 404, 410 -> write(request, response, path, status, error, "notFound.title", "clientError.notFound.text",
                    "There is nothing at this address");
            case 405 -> write(request, response, path, status, error, "methodNotAllowed.title", "methodNotAllowed.text",
                    "Only GET and HEAD are supported here");
            case 408, 413, 414, 431 -> write(request, response, path, status, error, "badRequest.title",
                    "clientError.tooLarge.text", "The request is too large or took too long to arrive");
            default -> {
                if (status >= 500) {
                    write(request, response, path, status, error, "serverError.title", "serverError.text",
                            "The request failed unexpectedly");
                } else {
                    write(request, response, path, status, error, "badRequest.title", "clientError.unsupported.text",
                            "The request asks for a format, protocol version or encoding this site does not offer");
                }
            }
        }
    }

    static void write(HttpServletRequest request, HttpServletResponse response, int status, String error, String titleKey,
                      String messageKey, String jsonMessage) throws IOException {
        write(request, response, path(request), status, error, titleKey, messageKey, jsonMessage);
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, String path, int status,
                              String error, String titleKey, String messageKey, String jsonMessage) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        byte[] body = body(request, wantsJson(path), error, titleKey, messageKey, jsonMessage);
        // Headers already written (the security headers on an error dispatch) stay; the body and its description go.
        response.resetBuffer();
        response.setHeader("Content-Disposition", null);
        response.setHeader("Content-Encoding", null);
        response.setStatus(status);
        if (status == HttpServletResponse.SC_METHOD_NOT_ALLOWED) {
            response.setHeader("Allow", "GET, HEAD");
        }
        if (status == HttpServletResponse.SC_BAD_REQUEST) {
            response.setHeader("Connection", "close");
        }
        if (!response.containsHeader("X-Content-Type-Options")) {
            response.setHeader("X-Content-Type-Options", "nosniff");
        }
        if (!response.containsHeader("Cache-Control")) {
            response.setHeader("Cache-Control", "no-store");
        }
        response.setContentType(wantsJson(path) ? "application/json" : "text/html;charset=UTF-8");
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
        response.flushBuffer();
    }

    /** The whole answer as HTTP/1.1 bytes, for a connection Tomcat treats as HTTP/0.9 (it writes no status line). */
    static byte[] rawBadRequest(HttpServletRequest request, String path) {
        byte[] body = body(request, wantsJson(path), "bad_request", "badRequest.title", "clientError.unsupported.text",
                "A request line needs a target and an HTTP/1.x version");
        String head = "HTTP/1.1 400 Bad Request\r\nContent-Type: "
                + (wantsJson(path) ? "application/json" : "text/html;charset=UTF-8")
                + "\r\nContent-Length: " + body.length + "\r\nX-Content-Type-Options: nosniff\r\nCache-Control: no-store"
                + "\r\nConnection: close\r\n\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, all, 0, headBytes.length);
        System.arraycopy(body, 0, all, headBytes.length, body.length);
        return all;
    }

    private static byte[] body(HttpServletRequest request, boolean json, String error, String titleKey,
                               String messageKey, String jsonMessage) {
        String body;
        if (json) {
            body = "{\"error\":\"" + error + "\",\"message\":\"" + jsonMessage.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
        } else {
            Locale locale = "en".equals(language(request)) ? Locale.ENGLISH : Locale.of("es");
            var texts = ResourceBundle.getBundle("vaadin-i18n/translations", locale);
            body = "<!doctype html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\"><title>"
                    + HtmlUtils.htmlEscape(texts.getString(titleKey)) + "</title></head><body><main id=\"client-error\"><h1>"
                    + HtmlUtils.htmlEscape(texts.getString(titleKey)) + "</h1><p>"
                    + HtmlUtils.htmlEscape(texts.getString(messageKey)) + "</p><p><a href=\"/\">"
                    + HtmlUtils.htmlEscape(texts.getString("badRequest.home")) + "</a></p></main></body></html>";
        }
        return body.getBytes(StandardCharsets.UTF_8);
    }

    /** The path the client asked for: on an error dispatch, the original one, not /error. */
    static String path(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = original instanceof String s ? s : request.getRequestURI();
        return path == null ? "" : path;
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
