package org.mtad.container;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Disables a test class, with the reason in the test report, where the podman engine and the image are not
 * ready (a newcomer's machine without podman); checked once per class, before any container starts.
 */
class RequiresContainerEngine implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (context.getTestMethod().isPresent()) {
            return ConditionEvaluationResult.enabled("checked for the class");
        }
        return ContainerEngine.unavailableReason()
                .map(ConditionEvaluationResult::disabled)
                .orElseGet(() -> ConditionEvaluationResult.enabled("podman and " + ContainerEngine.IMAGE + " are ready"));
    }
}
