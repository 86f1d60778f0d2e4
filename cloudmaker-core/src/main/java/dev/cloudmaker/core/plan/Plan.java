package dev.cloudmaker.core.plan;

import java.util.List;

/**
 * What cloudmaker will do, as a value: computed without side effects, shown, saved with
 * {@code plan --out}, and applied exactly. {@code notes} are things seen and deliberately left
 * alone (an undeclared server, a replacement that needs {@code --replace}).
 * {@code definitionDigest} ties a saved plan to the cloud.json it was made from. {@code providers} are
 * the definition's providers by name, each server action names the one it runs on, and DNS actions go to
 * {@code dnsProvider} (null when the definition has no DNS).
 */
public record Plan(int formatVersion, Kind kind, List<String> providers, String dnsProvider, String namespace,
                   String definitionDigest, List<PlanAction> actions, List<String> notes) {

    /**
     * 3: the keys in snake_case and the kind in lower case, like every document cloudmaker prints.
     * 2 (several providers, one named on each server action; camelCase keys) is still read; plans of
     * format 1 are refused: plan again.
     */
    public static final int FORMAT_VERSION = 3;

    public enum Kind { PROVISION, DESTROY }

    public Plan {
        providers = List.copyOf(providers);
        actions = List.copyOf(actions);
        notes = List.copyOf(notes);
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isEmpty() {
        return actions.isEmpty();
    }

    public long count(PlanAction.Effect effect) {
        return actions.stream().filter(a -> a.effect() == effect).count();
    }

    /** {@code Plan: 3 to add, 1 to change, 0 to destroy.}, led by {@code 1 to import,} when servers are adopted. */
    public String summary() {
        long imports = count(PlanAction.Effect.IMPORT);
        return "Plan: " + (imports > 0 ? imports + " to import, " : "") + count(PlanAction.Effect.ADD) + " to add, " + count(PlanAction.Effect.CHANGE)
                + " to change, " + count(PlanAction.Effect.DESTROY) + " to destroy.";
    }

    public <T extends PlanAction> List<T> actionsOf(Class<T> type) {
        return actions.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
