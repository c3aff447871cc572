package org.mtad.ops;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.header.writers.CrossOriginResourcePolicyHeaderWriter.CrossOriginResourcePolicy;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

/**
 * A public site: every request is permitted, nobody logs in. Spring Security is here for its header writers, which
 * run on every response that passes the filter chain (pages, Vaadin's static files and UIDL requests, API, errors).
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SecurityConfiguration.class);

    /** Strict-Transport-Security: one year. Written only for secure requests (HTTPS, or X-Forwarded-Proto from a trusted proxy). */
    static final long HSTS_SECONDS = 365L * 24 * 3600;

    /** The chart endpoint's paths (org.mtad.ui.ChartController), which set their own caching headers. */
    static final String CHART_OPTIONS = "/charts/**";

    /** Only features Chromium knows: it warns about any other name (e.g. bluetooth, interest-cohort) in the console. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "serial=(), hid=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), "
            + "display-capture=(), browsing-topics=()";

    /**
     * The firewall's rejections (an encoded slash or {@code ;} in the path, a control character in a header) are the
     * client's mistake: a 400 in the URL's shape, not the exception Spring Security otherwise lets through as a 500.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return (request, response, rejected) -> {
            log.debug("400 for a request the firewall rejected: {} {}: {}", request.getMethod(), request.getRequestURI(),
                    rejected.getMessage());
            ClientErrorResponse.badRequest(request, response, "badRequest.request",
                    "The request holds characters that are not allowed in a URL or header");
        };
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ContentSecurityPolicy contentSecurityPolicy) throws Exception {
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                // No login, no roles: views need no access annotations, and nothing is protected by URL.
                .enableNavigationAccessControl(false)
                .enableAuthorizedRequestsConfiguration(false)
                .enableLogoutConfiguration(false)
                .enableRequestCacheConfiguration(false));
        // Vaadin's configurer keeps Spring's CSRF filter for everything but Vaadin's own requests (which carry
        // Vaadin's CSRF token). The API is read-only, so a write there gets the API's JSON 405, not a CSRF 403.
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"));
        http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
        // Spring Security itself never needs a session here; Vaadin makes its own for pages only.
        http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        http.requestCache(cache -> cache.disable());
        http.headers(headers -> {
            // Written before the request is handled: Vaadin's pages are forwarded from Spring MVC to the Vaadin
            // servlet, and a forwarded response is completed past the wrapper that would write them on commit.
            headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
            headers
                    // No caching of pages and API answers; the hashed bundle files get their own (BundleCaching), and
                    // so do the charts' options (ETag and Cache-Control from the chart endpoint in the ui package).
                    .cacheControl(cache -> cache.disable())
                    .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(
                            new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(BundleCaching.PATH + "**"),
                                    PathPatternRequestMatcher.withDefaults().matcher(CHART_OPTIONS))),
                            new CacheControlHeadersWriter()))
                    .addHeaderWriter(contentSecurityPolicy)
                    .frameOptions(frame -> frame.sameOrigin())
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                    .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                    .crossOriginOpenerPolicy(coop -> coop.policy(CrossOriginOpenerPolicy.SAME_ORIGIN))
                    .crossOriginResourcePolicy(corp -> corp.policy(CrossOriginResourcePolicy.SAME_ORIGIN))
                    .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(HSTS_SECONDS).includeSubDomains(true));
        });
        return http.build();
    }
}
