/**
 * Planning without side effects: {@link Planner} and {@link DnsPlanner} compare the definition with what was
 * {@link Observed} and return a {@link Plan}, a value made of sealed {@link PlanAction}s that {@link PlanCodec}
 * saves and reads as JSON. It calls no provider: the engine observes and applies.
 */
package dev.cloudmaker.core.plan;
