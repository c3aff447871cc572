package org.mtad.api;

/** The one error shape of the API. */
public record ApiError(String error, String message) {
}
