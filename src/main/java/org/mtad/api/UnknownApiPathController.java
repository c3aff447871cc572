package org.mtad.api;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Without this, an unknown {@code /api/...} path would fall through to the Vaadin UI and answer HTML. */
@RestController
class UnknownApiPathController {

    @RequestMapping({"/api", "/api/**"})
    ApiError unknown(jakarta.servlet.http.HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            throw new ApiProblem(HttpStatus.METHOD_NOT_ALLOWED, "method_not_allowed", "The API is read-only: only GET is supported");
        }
        throw new ApiProblem(HttpStatus.NOT_FOUND, "not_found", "No such API resource; see /api/v1/dataset and /api/v1/tools");
    }
}
