package org.mtad.ops;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A page GET makes a Vaadin session, whether or not the client ever runs. Sessions therefore start short-lived
 * ({@code initialTimeout}); a request from Vaadin's client ({@code ?v-r=...}: UI init, UIDL, heartbeat), which only
 * a browser that ran the page's JavaScript sends, raises the session to the full timeout. Crawlers, link previews
 * and scripts leave sessions that expire within minutes instead of holding memory for half an hour.
 */
@Component
class SessionTimeouts extends OncePerRequestFilter implements HttpSessionListener {

    private final int initialSeconds;
    private final int fullSeconds;

    SessionTimeouts(SessionProperties properties, @Value("${vaadin.heartbeatInterval:300}") int heartbeatSeconds) {
        this.initialSeconds = Math.toIntExact(properties.initialTimeout().toSeconds());
        this.fullSeconds = Math.toIntExact(properties.timeout().toSeconds());
        // A page rendered on the server (eager server load) may send nothing before its first heartbeat: the
        // initial timeout must outlast it, or a visitor who only reads would lose the session.
        if (initialSeconds <= heartbeatSeconds && initialSeconds < fullSeconds) {
            throw new IllegalStateException("dashboard.session.initial-timeout (" + initialSeconds
                    + " s) must be longer than vaadin.heartbeatInterval (" + heartbeatSeconds + " s)");
        }
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval(initialSeconds);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (fromVaadinClient(request)) {
            var session = request.getSession(false);
            if (session != null && session.getMaxInactiveInterval() != fullSeconds) {
                session.setMaxInactiveInterval(fullSeconds);
            }
        }
        chain.doFilter(request, response);
    }

    /** Read from the query string: reading a parameter of a POST would consume Vaadin's request body. */
    static boolean fromVaadinClient(HttpServletRequest request) {
        String query = request.getQueryString();
        return query != null && (query.startsWith("v-r=") || query.contains("&v-r="));
    }
}
