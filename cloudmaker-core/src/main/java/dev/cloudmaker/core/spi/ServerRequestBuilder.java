package dev.cloudmaker.core.spi;

import java.util.List;
import java.util.Map;

/** Builds a {@link ServerRequest} by field name; made by {@link ServerRequest#builder} and {@link ServerRequest#toBuilder}. */
public final class ServerRequestBuilder {
    private String name;
    private String region;
    private String size;
    private String image;
    private boolean backups;
    private boolean ipv6;
    private boolean monitoring;
    private String vpcUuid;
    private List<String> tags = List.of();
    private List<String> keyIds = List.of();
    private String userData;
    private String namespace;
    private String idempotencyKey;
    private Map<String, String> options = Map.of();
    private Firewall firewall;

    ServerRequestBuilder(String name, String region, String size, String image) {
        this.name = name;
        this.region = region;
        this.size = size;
        this.image = image;
    }

    public ServerRequestBuilder name(String value) {
        name = value;
        return this;
    }

    public ServerRequestBuilder region(String value) {
        region = value;
        return this;
    }

    public ServerRequestBuilder size(String value) {
        size = value;
        return this;
    }

    /** The image to start from: a distribution's slug or a snapshot's id. */
    public ServerRequestBuilder image(String value) {
        image = value;
        return this;
    }

    public ServerRequestBuilder backups(boolean value) {
        backups = value;
        return this;
    }

    public ServerRequestBuilder ipv6(boolean value) {
        ipv6 = value;
        return this;
    }

    public ServerRequestBuilder monitoring(boolean value) {
        monitoring = value;
        return this;
    }

    /** The private network to join; null for the region's default. */
    public ServerRequestBuilder vpcUuid(String value) {
        vpcUuid = value;
        return this;
    }

    /** The user's own tags (the namespace's mark is added by the provider). */
    public ServerRequestBuilder tags(List<String> value) {
        tags = List.copyOf(value);
        return this;
    }

    /** The provider's ids of the SSH keys to install. */
    public ServerRequestBuilder keyIds(List<String> value) {
        keyIds = List.copyOf(value);
        return this;
    }

    /** cloud-init user data run at first boot; null for none. */
    public ServerRequestBuilder userData(String value) {
        userData = value;
        return this;
    }

    /** The namespace whose mark the server carries; null for none. */
    public ServerRequestBuilder namespace(String value) {
        namespace = value;
        return this;
    }

    /** The same for every send of one create, new for a recreate; null for none. */
    public ServerRequestBuilder firewall(Firewall value) {
        firewall = value;
        return this;
    }

    public ServerRequestBuilder idempotencyKey(String value) {
        idempotencyKey = value;
        return this;
    }

    /** The server's options only its provider's type takes. */
    public ServerRequestBuilder options(Map<String, String> value) {
        options = value;
        return this;
    }

    public ServerRequest build() {
        return new ServerRequest(name, region, size, image, backups, ipv6, monitoring, vpcUuid, tags, keyIds, userData, namespace,
                idempotencyKey, options, firewall);
    }
}
