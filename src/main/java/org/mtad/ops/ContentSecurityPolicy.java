package org.mtad.ops;

import java.security.SecureRandom;
import java.util.Base64;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.header.HeaderWriter;
import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * The Content-Security-Policy of every response, with a fresh nonce per response for the scripts of Vaadin's page.
 *
 * <p>Everything comes from our own origin: no CDN, no fonts or analytics from elsewhere. Relaxations Vaadin Flow 25.2
 * needs, each seen as a violation in Chromium with the strict policy (report-only run, see CspBrowserIT):
 * <ul>
 * <li>inline scripts: the bootstrap page has four ({@code window.Vaadin} set-up, old-browser check, CSRF names);
 * they get the response's nonce, so {@code 'unsafe-inline'} is only the fallback for browsers without nonces
 * (CSP2 browsers ignore it when a nonce is present, which also blocks injected {@code on*=} handlers);</li>
 * <li>{@code 'unsafe-eval'}: Flow's client runs server-sent JavaScript ({@code executeJs}, property and event
 * bindings) through {@code new Function};</li>
 * <li>{@code style-src 'unsafe-inline'}: the page and the components set {@code style} attributes and inline
 * {@code <style>} elements (Lumo, colour scheme) that no hash can cover.</li>
 * </ul>
 */
@Component
class ContentSecurityPolicy implements HeaderWriter, VaadinServiceInitListener {

    static final String NONCE_ATTRIBUTE = ContentSecurityPolicy.class.getName() + ".nonce";

    private static final SecureRandom RANDOM = new SecureRandom();

    static String policy(String nonce) {
        return String.join("; ",
                "default-src 'self'",
                "script-src 'self' 'nonce-" + nonce + "' 'unsafe-inline' 'unsafe-eval'",
                "style-src 'self' 'unsafe-inline'",
                "img-src 'self' data:",
                "font-src 'self' data:",
                "connect-src 'self'",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self'",
                "frame-ancestors 'self'");
    }

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        request.setAttribute(NONCE_ATTRIBUTE, nonce);
        response.setHeader("Content-Security-Policy", policy(nonce));
    }

    /** Vaadin's bootstrap page: every script element gets the nonce of the response it is sent in. */
    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(page -> {
            Object nonce = page.getVaadinRequest().getAttribute(NONCE_ATTRIBUTE);
            if (nonce != null) {
                page.getDocument().select("script").attr("nonce", nonce.toString());
            }
        });
    }
}
