package org.mtad.ops;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.apache.catalina.util.NetMask;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Checks the environment variables an operator sets before anything starts, so a typo fails start-up with a message
 * naming the variable (see {@link InvalidEnvironmentFailureAnalyzer}) instead of a bind error deep in a stack trace.
 * Most variables are mapped to properties in application.properties ({@code ${PORT:8080}}); the three that turn
 * features on or off are mapped here.
 */
public class OpsEnvironment implements EnvironmentPostProcessor, Ordered {

    /** A variable the app reads, with the check of its value; {@code null} check = any value. */
    record Variable(String name, String expected, Function<String, Boolean> valid) {
    }

    static final List<Variable> VARIABLES = List.of(
            new Variable("PORT", "a port number 0-65535 (0: any free port)", OpsEnvironment::isPort),
            new Variable("MANAGEMENT_PORT", "a port number 0-65535 (0: any free port), different from PORT", OpsEnvironment::isPort),
            new Variable("DATA_DIR", "a directory path", v -> !v.isBlank()),
            new Variable("APP_VERSION", "up to 64 letters, digits and . _ + -", v -> v.matches("[A-Za-z0-9._+-]{1,64}")),
            new Variable("LOG_FORMAT", "plain or json", v -> Set.of("plain", "json").contains(v.toLowerCase(Locale.ROOT))),
            new Variable("LOG_LEVEL", "one of TRACE, DEBUG, INFO, WARN, ERROR, OFF",
                    v -> Set.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR", "OFF").contains(v.toUpperCase(Locale.ROOT))),
            new Variable("SESSION_TIMEOUT", "a duration with a unit, at least 1 minute, e.g. 30m, 1h or 1800s",
                    v -> atLeast(v, Duration.ofMinutes(1))),
            new Variable("SHUTDOWN_TIMEOUT", "a duration with a unit, at least 1 second, e.g. 20s", v -> atLeast(v, Duration.ofSeconds(1))),
            new Variable("TRUSTED_PROXIES", "a comma-separated list of IP addresses or CIDR ranges, e.g. 10.0.0.0/8, ::1/128",
                    OpsEnvironment::isCidrList),
            new Variable("METRICS_ENABLED", "true or false", v -> Set.of("true", "false").contains(v.toLowerCase(Locale.ROOT))),
            new Variable("MAX_OPEN_TABS", "a whole number from 1 to 1000000, or 0 to derive it from the heap",
                    v -> v.matches("[0-9]{1,7}") && Integer.parseInt(v) <= 1_000_000));

    private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f:.]+(/[0-9]{1,3})?");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        for (Variable variable : VARIABLES) {
            String value = environment.getProperty(variable.name());
            if (value != null && !variable.valid().apply(value.strip())) {
                throw new InvalidEnvironmentException(variable.name(), value, variable.expected());
            }
        }
        String port = environment.getProperty("PORT", "8080").strip();
        String managementPort = environment.getProperty("MANAGEMENT_PORT");
        if (managementPort != null && !"0".equals(port) && managementPort.strip().equals(port)) {
            throw new InvalidEnvironmentException("MANAGEMENT_PORT", managementPort, "a port different from PORT (" + port + ")");
        }
        Map<String, Object> derived = new LinkedHashMap<>();
        if ("json".equalsIgnoreCase(environment.getProperty("LOG_FORMAT", "plain").strip())) {
            // One JSON object per line on stdout, Elastic Common Schema fields.
            derived.put("logging.structured.format.console", "ecs");
        }
        if ("false".equalsIgnoreCase(environment.getProperty("METRICS_ENABLED", "true").strip())) {
            derived.put("management.endpoint.prometheus.access", "none");
        }
        if (managementPort != null) {
            // Actuator (health probes and metrics) on its own port, e.g. one the platform does not publish.
            derived.put("management.server.port", managementPort.strip());
        }
        if (!derived.isEmpty()) {
            environment.getPropertySources().addLast(new MapPropertySource("dashboardEnvironment", derived));
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    private static boolean isPort(String value) {
        try {
            int port = Integer.parseInt(value);
            return port >= 0 && port <= 65535;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** A unit is required: a bare number means seconds to one Spring property and milliseconds to another. */
    private static boolean atLeast(String value, Duration minimum) {
        if (value.matches("[0-9]+")) {
            return false;
        }
        try {
            return DurationStyle.detectAndParse(value, ChronoUnit.SECONDS).compareTo(minimum) >= 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isCidrList(String value) {
        for (String part : value.split(",")) {
            String cidr = part.strip();
            // The pattern keeps host names out: NetMask would resolve them through DNS.
            if (!ADDRESS.matcher(cidr).matches()) {
                return false;
            }
            try {
                new NetMask(cidr);
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        return true;
    }

    /** An environment variable with a value the app cannot use. */
    public static final class InvalidEnvironmentException extends RuntimeException {

        private final String variable;
        private final String expected;

        InvalidEnvironmentException(String variable, String value, String expected) {
            super("Environment variable " + variable + " has an invalid value '" + shorten(value) + "': expected "
                    + expected, null, false, false);
            this.variable = variable;
            this.expected = expected;
        }

        public String variable() {
            return variable;
        }

        public String expected() {
            return expected;
        }

        private static String shorten(String value) {
            String printable = value.replaceAll("\\p{Cntrl}", "?");
            return printable.length() > 80 ? printable.substring(0, 80) + "…" : printable;
        }
    }
}
