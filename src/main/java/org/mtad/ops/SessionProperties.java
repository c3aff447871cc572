package org.mtad.ops;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param timeout        how long a real visitor's session lives without interaction ({@code SESSION_TIMEOUT})
 * @param initialTimeout how long a session lives before Vaadin's client has made its first request
 */
@ConfigurationProperties("dashboard.session")
record SessionProperties(@DefaultValue("30m") Duration timeout, @DefaultValue("2m") Duration initialTimeout) {

    SessionProperties {
        if (timeout.toSeconds() < 1 || initialTimeout.toSeconds() < 1) {
            throw new IllegalArgumentException("dashboard.session timeouts must be at least one second (got "
                    + timeout + " and " + initialTimeout + ")");
        }
        if (initialTimeout.compareTo(timeout) > 0) {
            initialTimeout = timeout;
        }
    }
}
