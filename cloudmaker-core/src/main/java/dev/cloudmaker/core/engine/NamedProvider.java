package dev.cloudmaker.core.engine;

import dev.cloudmaker.core.http.CallStats;
import dev.cloudmaker.core.model.SshPublicKey;
import dev.cloudmaker.core.spi.Catalog;
import dev.cloudmaker.core.spi.CloudKey;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.DnsProvider;
import dev.cloudmaker.core.spi.ImageInfo;
import dev.cloudmaker.core.spi.PowerAction;
import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.core.spi.ServerRequest;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A provider as one definition names it: every server it reports carries that name, so plans, the
 * inventory and the CLI can tell which cloud and account a server is on without asking each provider
 * to know what the user called it.
 */
final class NamedProvider implements Provider {
    private final String name;
    private final Provider provider;

    NamedProvider(String name, Provider provider) {
        this.name = name;
        this.provider = provider;
    }

    /** The provider's type name ({@code digitalocean}); the definition's name for it is what servers carry. */
    @Override
    public String name() {
        return provider.name();
    }

    @Override
    public Catalog catalog() {
        return provider.catalog();
    }

    @Override
    public Optional<DnsProvider> dns() {
        return provider.dns();
    }

    @Override
    public Optional<CloudKey> findKey(SshPublicKey key) {
        return provider.findKey(key);
    }

    @Override
    public CloudKey createKey(String keyName, SshPublicKey key) {
        return provider.createKey(keyName, key);
    }

    @Override
    public List<CloudServer> listServers(String namespaceTag) {
        return named(provider.listServers(namespaceTag));
    }

    @Override
    public List<CloudServer> listAllServers() {
        return named(provider.listAllServers());
    }

    @Override
    public int maxServersPerCreate() {
        return provider.maxServersPerCreate();
    }

    @Override
    public List<CloudServer> createServers(List<ServerRequest> sameShape) {
        return named(provider.createServers(sameShape));
    }

    @Override
    public void deleteServer(String serverId) {
        provider.deleteServer(serverId);
    }

    @Override
    public Optional<CloudServer> getServer(String serverId) {
        return provider.getServer(serverId).map(s -> s.onProvider(name));
    }

    @Override
    public void power(String serverId, PowerAction action, Duration timeout) {
        provider.power(serverId, action, timeout);
    }

    @Override
    public ImageInfo snapshotServer(String serverId, String imageName, Duration timeout) {
        return provider.snapshotServer(serverId, imageName, timeout);
    }

    @Override
    public List<ImageInfo> listSnapshots() {
        return provider.listSnapshots();
    }

    @Override
    public void deleteSnapshot(String imageId) {
        provider.deleteSnapshot(imageId);
    }

    @Override
    public void tagServer(String serverId, String tag) {
        provider.tagServer(serverId, tag);
    }

    @Override
    public void untagServer(String serverId, String tag) {
        provider.untagServer(serverId, tag);
    }

    @Override
    public List<CloudKey> listKeys() {
        return provider.listKeys();
    }

    @Override
    public void deleteKey(String keyId) {
        provider.deleteKey(keyId);
    }

    @Override
    public void resizeServer(String serverId, String size, Duration timeout) {
        provider.resizeServer(serverId, size, timeout);
    }

    @Override
    public void checkReachable(CloudServer server) {
        provider.checkReachable(server);
    }

    @Override
    public CallStats callStats() {
        return provider.callStats();
    }

    @Override
    public void close() {
        provider.close();
    }

    private List<CloudServer> named(List<CloudServer> servers) {
        return servers.stream().map(s -> s.onProvider(name)).toList();
    }
}
