package org.mtad.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The two interface languages and how one is chosen: the {@code lang} URL parameter, else the remembered choice
 * (a cookie), else the browser ({@code es*} gives Spanish, anything else English).
 */
final class UiLanguage {

    static final Locale SPANISH = Locale.of("es");
    static final Locale ENGLISH = Locale.of("en");
    static final List<Locale> ALL = List.of(SPANISH, ENGLISH);
    static final String COOKIE = "mtad-lang";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    private UiLanguage() {
    }

    /** The supported locale for a code such as "es" or "en-GB"; empty for anything else. */
    static Optional<Locale> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String lower = code.trim().toLowerCase(Locale.ROOT);
        if (lower.equals("es") || lower.startsWith("es-") || lower.startsWith("es_")) {
            return Optional.of(SPANISH);
        }
        if (lower.equals("en") || lower.startsWith("en-") || lower.startsWith("en_")) {
            return Optional.of(ENGLISH);
        }
        return Optional.empty();
    }

    /** First visit: Spanish for any Spanish browser locale, English otherwise. */
    static Locale forBrowser(Locale browser) {
        return browser != null && "es".equals(browser.getLanguage()) ? SPANISH : ENGLISH;
    }

    static Locale initial(VaadinRequest request) {
        return request == null ? ENGLISH : initial(request.getCookies(), request.getLocale());
    }

    /** The remembered choice (cookie), else the browser's language. */
    static Locale initial(Cookie[] cookies, Locale browser) {
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    Optional<Locale> remembered = parse(cookie.getValue());
                    if (remembered.isPresent()) {
                        return remembered.get();
                    }
                }
            }
        }
        return forBrowser(browser);
    }

    /** The language a page request is answered in: {@code ?lang=}, else {@link #initial(Cookie[], Locale)}. */
    static Locale of(HttpServletRequest request) {
        return parse(request.getParameter("lang")).orElseGet(() -> initial(request.getCookies(), request.getLocale()));
    }

    static String code(Locale locale) {
        return SPANISH.getLanguage().equals(locale.getLanguage()) ? "es" : "en";
    }

    /** Switches the UI and remembers the choice for later visits. */
    static void apply(UI ui, Locale locale) {
        if (!locale.equals(ui.getLocale())) {
            ui.setLocale(locale);
        }
        var response = VaadinService.getCurrentResponse();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, code(locale));
            cookie.setPath("/");
            cookie.setMaxAge(ONE_YEAR);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
    }
}
