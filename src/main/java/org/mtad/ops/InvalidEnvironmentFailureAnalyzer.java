package org.mtad.ops;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Start-up failure report for a bad environment variable: the message and what to do, no stack trace. */
public class InvalidEnvironmentFailureAnalyzer extends AbstractFailureAnalyzer<OpsEnvironment.InvalidEnvironmentException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, OpsEnvironment.InvalidEnvironmentException cause) {
        return new FailureAnalysis(cause.getMessage() + ".",
                "Set " + cause.variable() + " to " + cause.expected() + ", or unset it to use the default (see .env.example).",
                cause);
    }
}
