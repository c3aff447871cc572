package org.mtad.ops;

import java.io.IOException;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Tomcat's error page for every {@code sendError} (a CSRF 403, a static file's 404, a TRACE's 405, a refused cookie
 * header's 400): the site's error shape for the URL the client asked for, in place of Spring Boot's
 * {@code {"timestamp","status",...}} JSON or white-label page. Server errors get the same shape, without a trace;
 * the exception itself is logged where it was thrown.
 */
@Controller
class ErrorPageController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // Asked for directly (no error dispatch): there is no such page.
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code && code >= 400
                ? code : HttpServletResponse.SC_NOT_FOUND;
        ClientErrorResponse.forStatus(request, response, status);
    }
}
