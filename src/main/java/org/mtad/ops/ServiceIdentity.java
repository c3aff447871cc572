package org.mtad.ops;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Component;

/** The name and version the service reports: the version from the build, unless {@code APP_VERSION} overrides it. */
@Component
class ServiceIdentity {

    private final String service;
    private final String version;

    ServiceIdentity(@Value("${spring.application.name}") String service, @Value("${dashboard.version:}") String override,
                    ObjectProvider<BuildProperties> build) {
        this.service = service;
        if (!override.isBlank()) {
            this.version = override.strip();
        } else {
            var properties = build.getIfAvailable();
            this.version = properties != null && properties.getVersion() != null ? properties.getVersion() : "unknown";
        }
    }

    String service() {
        return service;
    }

    String version() {
        return version;
    }
}
