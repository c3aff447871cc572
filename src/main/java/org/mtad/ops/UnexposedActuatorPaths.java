package org.mtad.ops;

import java.io.IOException;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An Actuator path that is not exposed ({@code /actuator/heapdump}, {@code /actuator/env}, the discovery page) would
 * otherwise fall through to Vaadin and answer the dashboard's page with a 200. Actuator's own mappings come first, so
 * only what it does not serve lands here: a JSON 404 (405 for a write).
 */
@Controller
class UnexposedActuatorPaths {

    @RequestMapping({"/actuator", "/actuator/**"})
    void unexposed(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        ClientErrorResponse.forStatus(request, response,
                read ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_METHOD_NOT_ALLOWED);
    }
}
