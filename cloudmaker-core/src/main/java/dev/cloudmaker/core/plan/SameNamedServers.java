package dev.cloudmaker.core.plan;

import dev.cloudmaker.core.model.Definition;
import dev.cloudmaker.core.model.ServerSpec;
import dev.cloudmaker.core.spi.CloudServer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Declared servers missing from the namespace whose names servers outside every namespace already bear (a
 * seed user's droplets, made before cloudmaker marked its servers). Creating them would leave two servers of
 * one name, so the plan stops before any change, naming each and the fix, unless the user asked to adopt
 * them: then each is imported into the namespace and stands for its declared server from then on.
 */
final class SameNamedServers {
    private final Definition definition;
    private final Map<String, List<CloudServer>> byName;

    SameNamedServers(Definition definition, List<CloudServer> unmanaged) {
        this.definition = definition;
        this.byName = unmanaged.stream().filter(s -> s.namespace() == null)
                .collect(Collectors.groupingBy(CloudServer::name, LinkedHashMap::new, Collectors.toList()));
    }

    /**
     * The servers to adopt for the declared servers {@code missing} from the namespace, by name (in the
     * definition's order). Throws when one is found and {@code adopt} is false, or when several bear one
     * name (cloudmaker does not guess which is meant).
     */
    Map<String, CloudServer> resolve(List<ServerSpec> missing, boolean adopt) {
        Map<String, CloudServer> adopted = new LinkedHashMap<>();
        List<String> found = new ArrayList<>();
        List<String> ambiguous = new ArrayList<>();
        for (ServerSpec spec : missing) {
            List<CloudServer> same = byName.getOrDefault(spec.name(), List.of());
            if (same.size() > 1) {
                ambiguous.add("  " + spec.name() + "  " + same.size() + " servers: "
                        + same.stream().map(this::describe).collect(Collectors.joining("; ")));
            } else if (same.size() == 1) {
                found.add("  " + spec.name() + "  " + describe(same.getFirst()));
                adopted.put(spec.name(), same.getFirst());
            }
        }
        if (!ambiguous.isEmpty()) {
            throw new PlanException(header() + String.join("\n", ambiguous)
                    + "\nFix: import the one meant with `cloudmaker import NAME ID`" + providerOption()
                    + " (--adopt cannot choose between them), or give the declared server another name in " + file() + ".");
        }
        if (!found.isEmpty() && !adopt) {
            throw new PlanException(header() + String.join("\n", found) + "\nFix: bring each into the namespace with "
                    + adopted.values().stream().map(s -> "`cloudmaker import " + s.name() + " " + s.id() + importOn(s) + "`")
                    .collect(Collectors.joining(", ")) + ", or run again with --adopt to import every server listed above;"
                    + " to create a new server instead, give it another name in " + file() + ".");
        }
        return adopted;
    }

    private String header() {
        return file() + " declares servers that already exist in the account outside namespace " + definition.namespace()
                + "; creating them would make a second server of the same name, so nothing was changed:\n";
    }

    private String describe(CloudServer s) {
        String address = s.networking().publicIpv4() != null ? s.networking().publicIpv4() : s.networking().publicIpv6();
        return "id " + s.id() + (definition.providers().size() > 1 ? " on " + s.provider() : "") + ", region " + s.region()
                + ", address " + (address != null ? address : "none yet");
    }

    private String importOn(CloudServer s) {
        return definition.providers().size() > 1 ? " --provider " + s.provider() : "";
    }

    private String providerOption() {
        return definition.providers().size() > 1 ? " --provider PROVIDER" : "";
    }

    private String file() {
        return definition.file().getFileName().toString();
    }
}
