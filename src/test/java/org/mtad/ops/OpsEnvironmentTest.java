package org.mtad.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mtad.DashboardApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** Start-up checks of the operator's environment variables. */
@ExtendWith(OutputCaptureExtension.class)
class OpsEnvironmentTest {

    private static StandardEnvironment environment(Map<String, Object> variables) {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", variables));
        new OpsEnvironment().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "PORT|eighty", "PORT|70000", "PORT|-1", "MANAGEMENT_PORT|-1", "LOG_FORMAT|xml", "LOG_LEVEL|LOUD",
            "SESSION_TIMEOUT|soon", "SESSION_TIMEOUT|10s", "SESSION_TIMEOUT|1800", "SHUTDOWN_TIMEOUT|20", "SHUTDOWN_TIMEOUT|0s", "TRUSTED_PROXIES|proxy.example.com",
            "TRUSTED_PROXIES|10.0.0.0/99", "METRICS_ENABLED|yes", "APP_VERSION|1.0 beta", "DATA_DIR|' '",
            "MAX_OPEN_TABS|many", "MAX_OPEN_TABS|-5", "MAX_OPEN_TABS|2000000"})
    void an_invalid_value_is_refused_naming_the_variable(String variable, String value) {
        assertThatThrownBy(() -> environment(Map.of(variable, value)))
                .isInstanceOf(OpsEnvironment.InvalidEnvironmentException.class)
                .hasMessageStartingWith("Environment variable " + variable + " has an invalid value");
    }

    @Test
    void valid_values_pass_and_the_switches_become_properties() {
        var environment = environment(Map.of("PORT", "8081", "MANAGEMENT_PORT", "9090", "LOG_FORMAT", "json",
                "LOG_LEVEL", "warn", "SESSION_TIMEOUT", "45m", "SHUTDOWN_TIMEOUT", "5s",
                "TRUSTED_PROXIES", "10.0.0.0/8, 192.168.1.7, fd00::/8", "METRICS_ENABLED", "false", "APP_VERSION", "2.1.0-rc.1"));
        assertThat(environment.getProperty("logging.structured.format.console")).isEqualTo("ecs");
        assertThat(environment.getProperty("management.endpoint.prometheus.access")).isEqualTo("none");
        assertThat(environment.getProperty("management.server.port")).isEqualTo("9090");
    }

    @Test
    void defaults_add_no_properties() {
        var environment = environment(Map.of());
        assertThat(environment.getProperty("logging.structured.format.console")).isNull();
        assertThat(environment.getProperty("management.endpoint.prometheus.access")).isNull();
        assertThat(environment.getProperty("management.server.port")).isNull();
    }

    @Test
    void the_management_port_must_differ_from_the_port() {
        assertThatThrownBy(() -> environment(Map.of("PORT", "8080", "MANAGEMENT_PORT", "8080")))
                .hasMessageContaining("MANAGEMENT_PORT");
    }

    @Test
    void the_app_does_not_start_with_an_invalid_variable_and_says_which_one(CapturedOutput output) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(DashboardApplication.class)
                .properties("SESSION_TIMEOUT=half an hour").run())
                .isInstanceOf(OpsEnvironment.InvalidEnvironmentException.class);
        assertThat(output.toString()).contains("APPLICATION FAILED TO START",
                "Environment variable SESSION_TIMEOUT has an invalid value 'half an hour'",
                "Set SESSION_TIMEOUT to a duration with a unit, at least 1 minute");
        assertThat(output.toString()).doesNotContain("\tat org.");
    }
}
