package org.mtad.ops;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.http11.Http11Processor;
import org.apache.tomcat.util.net.ApplicationBufferHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The first valve of Tomcat's engine: it sees every request, including those Tomcat's connector has already judged.
 * <p>
 * When {@code Http11Processor} or {@code CoyoteAdapter} find a request malformed (an {@code HTTP/2.0} or
 * {@code HTTP/9.9} request line: 505; {@code CONNECT} or a Transfer-Encoding other than chunked: 501; a header too
 * long, a bad {@code Expect}, an undecodable path: 400/417), they set the status and an error state but still pass
 * the request to the engine's pipeline (the error state {@code CLOSE_CLEAN} allows I/O); the mapper then finds no
 * context, so no filter or error page runs and Tomcat's own HTML page was the answer. Here the request gets the site's
 * error shape instead, with a 4xx: it is the client's request that is wrong, and only a client sends these.
 * <p>
 * A request line without a version is HTTP/0.9 to Tomcat, which answers with a bare body and no status line (in
 * practice a broken HTTP/1.x client with an empty target, or a scanner). Like Apache httpd's
 * {@code HttpProtocolOptions Require1.0}, such a request gets a whole HTTP/1.1 400 answer. Tomcat keeps the HTTP/0.9
 * flag of a recycled processor ({@code Http11Processor.recycle()} leaves it), so a later request on that processor
 * whose line fails to parse would be answered with no status line: the flag is cleared here once the answer is out.
 * (Turning the processor cache off does the same, but costs ~85 KB of live heap per open dashboard tab.)
 * <p>
 * After the application, an error status with no body at all (a 404 or 406 some handler set without writing) gets
 * the same shape.
 */
class ConnectorErrorValve extends ValveBase {

    private static final Logger log = LoggerFactory.getLogger(ConnectorErrorValve.class);
    /** The processor behind a request ({@code Response.hook}) and its HTTP/0.9 flag: no public way to either. */
    private static final Field PROCESSOR = accessible(org.apache.coyote.Response.class, "hook");
    private static final Field HTTP09 = accessible(Http11Processor.class, "http09");
    /** Method, blanks, then the target's path (an absolute-form target's scheme and host skipped). */
    private static final Pattern REQUEST_LINE = Pattern.compile("^[\\r\\n]*[^ \\t\\r\\n]+[ \\t]+(?:[a-zA-Z]+://[^/ \\t\\r\\n]*)?([^?# \\t\\r\\n]*)");

    ConnectorErrorValve() {
        super(true);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        if ("".equals(request.getProtocol())) {
            response.setSuspended(false);
            log.debug("400 for an HTTP/0.9 request line: {} {}", request.getMethod(), request.getRequestURI());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.getOutputStream().write(ClientErrorResponse.rawBadRequest(request, path(request)));
            response.flushBuffer();
            forgetHttp09(request);
            return;
        }
        if (response.isError() && !response.isCommitted()) {
            // sendError suspended the response; Tomcat's own error handling lifts that the same way.
            response.setSuspended(false);
            int status = clientStatus(request, response.getStatus());
            log.debug("{} for a request Tomcat's connector refused with {}: {} {}", status, response.getStatus(),
                    request.getMethod(), request.getRequestURI());
            // Tomcat's processor closes the connection after this answer (its error state), whatever it says.
            ClientErrorResponse.forStatus(request, response, status, path(request));
            return;
        }
        getNext().invoke(request, response);
        if (response.getStatus() >= 400 && !request.isAsync() && !response.isCommitted()
                && response.getContentWritten() == 0 && !"HEAD".equals(request.getMethod())) {
            log.debug("{} without a body for {} {}: the error shape added", response.getStatus(), request.getMethod(),
                    request.getRequestURI());
            ClientErrorResponse.forStatus(request, response, response.getStatus());
        }
    }

    /**
     * The path the client asked for. When Tomcat could not parse the request line (a byte it refuses, or a line longer
     * than the header buffer) it has none, so it is read from the line's raw bytes, still at the start of the
     * connection's input buffer: only to choose the answer's shape.
     */
    static String path(Request request) {
        String uri = request.getRequestURI();
        if (uri != null && !uri.isEmpty()) {
            return uri;
        }
        if (request.getCoyoteRequest().getInputBuffer() instanceof ApplicationBufferHandler input
                && input.getByteBuffer() != null && input.getByteBuffer().hasArray()) {
            ByteBuffer bytes = input.getByteBuffer();
            String line = new String(bytes.array(), bytes.arrayOffset(), Math.min(bytes.limit(), 4096),
                    StandardCharsets.ISO_8859_1);
            Matcher target = REQUEST_LINE.matcher(line);
            if (target.find()) {
                return target.group(1);
            }
        }
        return "";
    }

    /** The connector's 5xx for a request it cannot serve, as the client error it is. */
    private static int clientStatus(Request request, int status) {
        if ("CONNECT".equals(request.getMethod())) {
            return HttpServletResponse.SC_METHOD_NOT_ALLOWED;
        }
        if (status == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
            return status; // the connector is paused (shutting down): the server's state, not the client's mistake
        }
        return status >= 500 || status < 400 ? HttpServletResponse.SC_BAD_REQUEST : status;
    }

    private static void forgetHttp09(Request request) {
        if (PROCESSOR == null || HTTP09 == null) {
            return;
        }
        try {
            if (PROCESSOR.get(request.getCoyoteRequest().getResponse()) instanceof Http11Processor processor) {
                HTTP09.setBoolean(processor, false);
            }
        } catch (IllegalAccessException e) {
            log.warn("Could not clear Tomcat's HTTP/0.9 flag: {}", e.toString());
        }
    }

    private static Field accessible(Class<?> type, String name) {
        try {
            Field field = type.getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (ReflectiveOperationException | RuntimeException e) {
            log.warn("Tomcat has no {}.{} here ({}): an HTTP/0.9 request's flag stays on its recycled processor",
                    type.getSimpleName(), name, e.toString());
            return null;
        }
    }
}
