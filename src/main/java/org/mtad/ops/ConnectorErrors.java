package org.mtad.ops;

import java.util.ArrayList;
import java.util.List;

import org.apache.catalina.Valve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts {@link ConnectorErrorValve} first in Tomcat's engine, where it sees requests no filter ever sees. */
@Configuration
class ConnectorErrors {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> connectorErrorValve() {
        return factory -> {
            List<Valve> valves = new ArrayList<>();
            valves.add(new ConnectorErrorValve());
            valves.addAll(factory.getEngineValves());
            factory.setEngineValves(valves);
        };
    }
}
