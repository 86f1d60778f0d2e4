package dev.cloudmaker.core.engine;

import dev.cloudmaker.core.config.CloudJsonWriteBack;
import dev.cloudmaker.core.http.Json;
import dev.cloudmaker.core.inventory.Inventory;
import dev.cloudmaker.core.model.Credentials;
import dev.cloudmaker.core.model.Definition;
import dev.cloudmaker.core.model.Networking;
import dev.cloudmaker.core.model.ServerSpec;
import dev.cloudmaker.core.plan.Observed;
import dev.cloudmaker.core.plan.Plan;
import dev.cloudmaker.core.plan.PlanException;
import dev.cloudmaker.core.plan.Planner;
import dev.cloudmaker.core.plan.ZonePolicy;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.DnsRecord;
import dev.cloudmaker.core.state.Journal;
import dev.cloudmaker.core.state.StateStore;
import dev.cloudmaker.core.state.Workspace;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The engine's entry point for one definition: plan, apply, destroy, inventory. The CLI and the library's
 * {@link dev.cloudmaker.api.Project} are thin layers over this. Planning reads the cloud and changes nothing; {@link #apply} carries out exactly
 * a plan made by this instance, then writes the networking back into cloud.json and the inventory.
 */
public final class Operations {
    private final Workspace workspace;
    private final Definition definition;
    private final Credentials credentials;
    private final Providers providers;
    private final EngineSettings settings;
    private final ApplyListener listener;
    private final Journal journal;
    private Observed observed;

    public Operations(Workspace workspace, StateStore state, Definition definition, Credentials credentials, Providers providers,
                      EngineSettings settings, ApplyListener listener) {
        this.workspace = workspace;
        this.definition = definition;
        this.credentials = credentials;
        this.providers = providers;
        this.settings = settings;
        this.listener = listener;
        this.journal = state.journal(definition.namespace());
    }

    /** Checks the definition against the live catalogue, reads the cloud, and plans; changes nothing. */
    public Plan planProvision(Set<String> replace) {
        return planProvision(replace, false);
    }

    /**
     * {@link #planProvision(Set)}; a declared server missing from the namespace whose name a server outside
     * every namespace bears stops the plan with the fix, or, with {@code adopt}, is imported (the plan says so).
     */
    public Plan planProvision(Set<String> replace, boolean adopt) {
        observed = observer().read(credentials.publicKey(), true, true);
        List<dev.cloudmaker.core.config.Diagnostic> problems = new java.util.ArrayList<>();
        for (String name : providers.names()) {
            if (!definition.serversOn(name).isEmpty()) {
                problems.addAll(new CatalogCheck(definition, name, providers.get(name).catalog()).problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new dev.cloudmaker.core.ConfigException(problems);
        }
        Plan plan = planner(replace).provision(definitionDigest(), adopt);
        Map<String, CloudServer> servers = CloudServer.byName(observed.servers());
        // a size whose disk is smaller than the server's is refused now, not half way through the apply
        plan.actionsOf(dev.cloudmaker.core.plan.PlanAction.ResizeServer.class).stream().filter(r -> !r.fromSize().equals(r.toSize()))
                .forEach(r -> DiskFit.require(servers.get(r.name()), r.toSize(), providers.get(r.provider()).catalog()));
        return plan;
    }

    /**
     * Plans deleting one server and creating it again from {@code image} (a slug or snapshot id; null for
     * its declared image), with its DNS names moved to the new address; the image is checked first.
     */
    public Plan planRecreate(String name, String image) {
        observed = observer().read(credentials.publicKey(), true);
        Plan plan = planner(Set.of()).recreate(name, image, definitionDigest());
        plan.actionsOf(dev.cloudmaker.core.plan.PlanAction.ReplaceServer.class).forEach(r -> {
            if (providers.get(r.create().provider()).catalog().image(r.create().image()).isEmpty()) {
                throw new PlanException("image " + r.create().image() + " does not exist; see `cloudmaker images`"
                        + " for public images, or name one of the account's snapshots by its name or id");
            }
        });
        return plan;
    }

    /** Plans deleting the named servers (all declared ones when empty) and their DNS records. */
    public Plan planDestroy(List<String> names) {
        observed = observer().read(credentials.publicKey(), false);
        return planner(Set.of()).destroy(names, definitionDigest());
    }

    /** Applies a plan made by this instance; then writes networking back and the inventory. */
    public Map<String, CloudServer> apply(Plan plan) {
        if (observed == null) {
            throw new IllegalStateException("plan before apply");
        }
        if (!plan.definitionDigest().equals(definitionDigest())) {
            throw new PlanException("the plan was made from a different " + definition.file().getFileName()
                    + "; make a new plan");
        }
        Map<String, CloudServer> before = CloudServer.byName(observed.servers());
        Map<String, CloudServer> after = plan.isEmpty() ? before
                : new Engine(providers, definition.namespace(), journal, settings, listener, NamesFollow.declared(definition))
                        .apply(plan, credentials.publicKey(), observed.keys(), before);
        if (plan.kind() == Plan.Kind.DESTROY) {
            releaseLeftovers();
        }
        Map<String, List<DnsRecord>> records = plan.isEmpty() ? observed.records()
                : observer().recordsOfZonesInUse(allZones(plan));
        writeBack(after);
        inventoryOf(after.values(), records).write(workspace.inventoryFile());
        return after;
    }

    /**
     * Ends a destroy, also one whose plan is empty: on each provider offering {@code NamespaceResources} where the
     * namespace had no server when planned, releases what it still holds there, such as what an earlier destroy's failed
     * release left ({@link NamespaceRelease#whereNone}). {@link #apply} calls it for a destroy plan.
     */
    public void releaseLeftovers() {
        if (observed == null) {
            throw new IllegalStateException("plan before release");
        }
        try {
            new NamespaceRelease(definition.namespace(), listener).whereNone(providers, observed.servers());
        } catch (dev.cloudmaker.core.ApiException | dev.cloudmaker.core.WaitTimeoutException e) {
            throw new ApplyException("releasing what namespace " + definition.namespace() + " left: " + e.getMessage()
                    + "\nRun destroy again to finish.", e);
        }
    }

    /** Reads the namespace's servers on every provider and every zone's records, writes cloudmaker_inventory.json, returns it. */
    public Inventory inventory() {
        List<CloudServer> servers = new java.util.ArrayList<>();
        List<Throwable> failures = Parallel.forEach(List.copyOf(providers.names()), providers.names().size(),
                name -> {
                    List<CloudServer> listed = providers.get(name).servers().list(definition.namespace());
                    synchronized (servers) {
                        servers.addAll(listed);
                    }
                });
        if (!failures.isEmpty()) {
            throw failures.getFirst() instanceof RuntimeException r ? r : new dev.cloudmaker.core.CloudmakerException(
                    failures.getFirst().getMessage(), failures.getFirst());
        }

        Inventory inventory = inventoryOf(servers, observer().allRecords());
        inventory.write(workspace.inventoryFile());
        return inventory;
    }

    /** In cloud.json's order, ids as each provider's API gives them. */
    private Inventory inventoryOf(java.util.Collection<CloudServer> servers, Map<String, List<DnsRecord>> records) {
        return Inventory.of(servers, records, definition.servers(), p -> providers.get(p).servers().numericIds(),
                AccountInventory.cloudNames(providers, servers));
    }

    public Observed observed() {
        return observed;
    }

    /** What the plan depends on in the definition (not the written-back networking), as a SHA-256. */
    public String definitionDigest() {
        try {
            byte[] canonical = Json.MAPPER.writeValueAsBytes(
                    List.of(definition.providers(), String.valueOf(definition.dns()), definition.namespace(), definition.servers()));
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (NoSuchAlgorithmException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void writeBack(Map<String, CloudServer> servers) {
        Map<String, Networking> networking = new LinkedHashMap<>();
        for (ServerSpec s : definition.servers()) {
            CloudServer server = servers.get(s.name());
            if (server != null && !server.networking().isEmpty()) {
                networking.put(s.name(), server.networking());
            }
        }
        if (!networking.isEmpty()) {
            CloudJsonWriteBack.write(definition.file(), definition, networking);
        }
    }

    /** The zones known before the apply plus the ones it created. */
    private List<String> allZones(Plan plan) {
        List<String> zones = new java.util.ArrayList<>(observed.domains());
        plan.actionsOf(dev.cloudmaker.core.plan.PlanAction.CreateDomain.class).forEach(d -> zones.add(d.domain()));
        return zones;
    }

    private Planner planner(Set<String> replace) {
        return new Planner(definition, credentials.publicKey(), observed, replace, this::ownerOf,
                (want, have) -> providers.get(want.provider()).servers().plan(want, have), zonePolicy());
    }

    /** Missing zones are planned on a DNS provider whose zones are free, elsewhere only when the settings ask. */
    private ZonePolicy zonePolicy() {
        String dns = providers.dnsName();
        boolean free = dns == null || providers.get(dns).capabilities().freeZones();
        return new ZonePolicy(dns, free, settings.createZones());
    }

    private Observer observer() {
        return new Observer(providers, definition, journal, settings, listener);
    }

    /** Who holds an address, on any of the definition's providers: asked only to explain a DNS conflict. */
    private Optional<String> ownerOf(String address) {
        return providers.names().stream().flatMap(name -> providers.get(name).servers().listAll().stream())
                .filter(s -> s.networking().holdsPublic(address))
                .findFirst()
                .map(s -> "server \"" + s.name() + "\" (id " + s.id() + (providers.names().size() > 1 ? " on " + s.provider() : "")
                        + (definition.namespace().equals(s.namespace())
                        ? ", in this namespace)" : ", not managed by cloudmaker in namespace " + definition.namespace() + ")"));
    }
}
