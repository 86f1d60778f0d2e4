package dev.cloudmaker.core.state;

import dev.cloudmaker.core.plan.Plan;
import dev.cloudmaker.core.plan.PlanCodec;

/**
 * The plan a run applied, as the history keeps it.
 *
 * @param summary  {@link Plan#summary()}: {@code Plan: 2 to add, 0 to change, 0 to destroy.}
 * @param document the plan as {@code plan --json} prints it (JSON text), for {@code history show}; null once the
 *                 history no longer keeps it (the files keep it for the latest 100 runs)
 */
public record RunPlan(String summary, String document) {

    public static RunPlan of(Plan plan) {
        return new RunPlan(plan.summary(), PlanCodec.toJson(plan).toString());
    }
}
