package dev.cloudmaker.core.engine;

import dev.cloudmaker.core.model.Definition;
import dev.cloudmaker.core.model.ServerSpec;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.DnsProvider;
import dev.cloudmaker.core.spi.Provider;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Which servers' DNS names must follow them after a power-on, and the move ({@link RecordsFollow}): a server with
 * declared names, on a provider whose servers get a new public address on every start (no
 * {@link dev.cloudmaker.core.spi.Capabilities#stableAddresses()}, e.g. EC2), when the definition has a DNS provider.
 * Elsewhere a power-on keeps the address and nothing is read or written.
 */
public final class NamesFollow {
    /** Follows nothing: no DNS provider, or no declared names known (a namespace opened without a definition). */
    public static final NamesFollow NONE = new NamesFollow(null, name -> List.of(), List::of);

    private final Supplier<DnsProvider> dns;
    private final Function<String, List<String>> namesOf;
    private final Supplier<? extends Collection<CloudServer>> namespace;

    /**
     * @param dns       the DNS holding the names; null when the definition has none
     * @param namesOf   a server's declared names, by its name (empty when it declares none)
     * @param namespace the namespace's servers, to tell which one holds an address a record points at
     */
    public NamesFollow(Supplier<DnsProvider> dns, Function<String, List<String>> namesOf,
                       Supplier<? extends Collection<CloudServer>> namespace) {
        this.dns = dns;
        this.namesOf = namesOf;
        this.namespace = namespace;
    }

    /** For a definition's providers: their DNS provider, if they have one. */
    public static NamesFollow of(Providers providers, Function<String, List<String>> namesOf,
                                 Supplier<? extends Collection<CloudServer>> namespace) {
        return new NamesFollow(providers.dnsName() == null ? null : providers::dns, namesOf, namespace);
    }

    /** Each server's names as the definition declares them; none for a server it does not declare. */
    public static Function<String, List<String>> declared(Definition definition) {
        return name -> definition.server(name).map(ServerSpec::names).orElse(List.of());
    }

    /** Whether a power-on of {@code server} on {@code provider} must wait for it to run and move its names. */
    public boolean needed(Provider provider, CloudServer server) {
        return dns != null && !provider.capabilities().stableAddresses() && !namesOf.apply(server.name()).isEmpty();
    }

    /** Moves the names of {@code running} to its addresses now, if {@link #needed}; one line per record changed or left. */
    public List<String> apply(Provider provider, CloudServer running) {
        if (!needed(provider, running)) {
            return List.of();
        }
        Collection<CloudServer> servers = namespace.get();
        return RecordsFollow.apply(dns.get(), namesOf.apply(running.name()), running, address -> servers.stream()
                .filter(s -> s.networking().holdsPublic(address)).map(CloudServer::name).findFirst());
    }
}
