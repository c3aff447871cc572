package org.mtad.api;

import org.mtad.catalog.DataFileStatus;
import org.springframework.http.HttpStatus;

/** A request the API cannot answer, with the status and the message the client sees. */
public class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final String error;

    public ApiProblem(HttpStatus status, String error, String message) {
        super(message, null, false, false);
        this.status = status;
        this.error = error;
    }

    public static ApiProblem badRequest(String message) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, "bad_request", message);
    }

    public static ApiProblem unavailable(DataFileStatus file) {
        return new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "data_unavailable",
                "Data file " + file.file() + " is " + file.state().name().toLowerCase(java.util.Locale.ROOT) + ": " + file.detail());
    }

    public HttpStatus status() {
        return status;
    }

    public ApiError body() {
        return new ApiError(error, getMessage());
    }
}
