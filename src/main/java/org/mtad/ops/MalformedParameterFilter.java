package org.mtad.ops;

import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;

import com.vaadin.flow.server.HandlerHelper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A query string or form body Tomcat cannot decode ({@code ?from=%ZZ}, a lone {@code %}, too many parameters) makes
 * every later parameter lookup throw, deep inside Spring or Vaadin: a 500 and a stack trace. Parsing once, first,
 * turns it into a 400 in the shape of the URL (the JSON error shape on /api, /health and Actuator; a page elsewhere).
 * Vaadin's own parameters are checked here too: an unknown {@code v-r} request type or a non-numeric {@code v-uiId}
 * fails inside Vaadin with a 500 (and an error body Spring cannot write). A method outside HTTP's own (Tomcat passes
 * any token) is a 405 here, not the servlet's 501. Header names and values are checked against Spring Security's
 * firewall rules up front: the firewall itself checks a header only when something reads it, which may be Vaadin's
 * servlet behind a forward, where the rejection is logged as an error with its trace.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class MalformedParameterFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(MalformedParameterFilter.class);

    private static final Set<String> VAADIN_REQUEST_TYPES = Arrays.stream(HandlerHelper.RequestType.values())
            .map(HandlerHelper.RequestType::getIdentifier).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> HTTP_METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "TRACE", "PATCH");
    private static final StrictHttpFirewall FIREWALL = new StrictHttpFirewall();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!HTTP_METHODS.contains(request.getMethod())) {
            log.debug("405 for the unknown method {} on {}", request.getMethod(), request.getRequestURI());
            ClientErrorResponse.write(request, response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "method_not_allowed",
                    "methodNotAllowed.title", "methodNotAllowed.text", "Only GET and HEAD are supported here");
            return;
        }
        try {
            var checked = FIREWALL.getFirewalledRequest(request);
            for (var names = checked.getHeaderNames(); names.hasMoreElements(); ) {
                for (var values = checked.getHeaders(names.nextElement()); values.hasMoreElements(); ) {
                    values.nextElement();
                }
            }
        } catch (RequestRejectedException e) {
            log.debug("400 for a request the firewall rejects: {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
            ClientErrorResponse.badRequest(request, response, "badRequest.request",
                    "The request holds characters that are not allowed in a URL or header");
            return;
        }
        try {
            request.getParameterMap();
        } catch (IllegalStateException e) {
            log.debug("400 for undecodable parameters of {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
            ClientErrorResponse.badRequest(request, response, "badRequest.parameters",
                    "The request's parameters are not validly percent-encoded or too many");
            return;
        }
        if (!validVaadinParameters(request)) {
            log.debug("400 for invalid Vaadin parameters of {} {}", request.getMethod(), request.getRequestURI());
            ClientErrorResponse.badRequest(request, response, "badRequest.request",
                    "The parameters v-r and v-uiId are reserved for the dashboard's pages");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean validVaadinParameters(HttpServletRequest request) {
        String[] types = request.getParameterValues("v-r");
        if (types != null && (types.length != 1 || !VAADIN_REQUEST_TYPES.contains(types[0]))) {
            return false;
        }
        String[] uiIds = request.getParameterValues("v-uiId");
        return uiIds == null || (uiIds.length == 1 && uiIds[0].matches("[0-9]{1,9}"));
    }
}
