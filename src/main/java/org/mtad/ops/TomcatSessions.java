package org.mtad.ops;

import org.apache.catalina.session.StandardManager;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat looks for expired sessions every 6th background run (every 60 s by default). With short-lived sessions for
 * clients that never ran the page (see {@link SessionTimeouts}), look on every run
 * ({@code server.tomcat.background-processor-delay}, 10 s): a cheap pass over the session map.
 */
@Configuration
class TomcatSessions {

    @Bean
    TomcatContextCustomizer expireSessionsOnEveryBackgroundRun() {
        return context -> {
            if (context.getManager() instanceof StandardManager standard) {
                standard.setProcessExpiresFrequency(1);
                return;
            }
            var manager = new StandardManager();
            manager.setPathname(null); // sessions are not persisted across restarts
            manager.setProcessExpiresFrequency(1);
            context.setManager(manager);
        };
    }
}
