package dev.cloudmaker.core.plan;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** One step of a plan. The set is closed so views and the engine can switch over it exhaustively. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "action")
@JsonSubTypes({
        @JsonSubTypes.Type(value = PlanAction.UploadKey.class, name = "upload_key"),
        @JsonSubTypes.Type(value = PlanAction.AdoptServer.class, name = "adopt_server"),
        @JsonSubTypes.Type(value = PlanAction.CreateServer.class, name = "create_server"),
        @JsonSubTypes.Type(value = PlanAction.ResizeServer.class, name = "resize_server"),
        @JsonSubTypes.Type(value = PlanAction.ReplaceServer.class, name = "replace_server"),
        @JsonSubTypes.Type(value = PlanAction.DeleteServer.class, name = "delete_server"),
        @JsonSubTypes.Type(value = PlanAction.CreateDomain.class, name = "create_domain"),
        @JsonSubTypes.Type(value = PlanAction.CreateRecord.class, name = "create_record"),
        @JsonSubTypes.Type(value = PlanAction.UpdateRecord.class, name = "update_record"),
        @JsonSubTypes.Type(value = PlanAction.DeleteRecord.class, name = "delete_record")
})
public sealed interface PlanAction {

    /** An action on one of the definition's providers (DNS actions go to the plan's DNS provider). */
    sealed interface OnProvider extends PlanAction {
        String provider();
    }

    /** Terraform's counters: import (shown only when there are imports), add, change, destroy. */
    enum Effect { IMPORT, ADD, CHANGE, DESTROY }

    Effect effect();

    record UploadKey(String provider, String name, String fingerprint) implements OnProvider {
        public Effect effect() {
            return Effect.ADD;
        }
    }

    /**
     * Brings a server that exists outside every namespace, under a declared server's name, into the namespace
     * (planned only with {@code --adopt}); from then on it is that declared server. {@code address} is its
     * public IPv4 address when it has one, for people to recognise it.
     */
    record AdoptServer(String provider, String name, String serverId, String region, String address) implements OnProvider {
        public Effect effect() {
            return Effect.IMPORT;
        }
    }

    /**
     * {@code ipv6} is already resolved against the region's features; {@code options} are the provider type's own;
     * {@code firewall} is what the server's role lets in (null in plans saved before it existed, and for servers made
     * like an existing one: SSH only).
     */
    record CreateServer(String provider, String name, String region, String size, String image, boolean backups, boolean ipv6,
                        boolean monitoring, String vpcUuid, java.util.List<String> tags, String userData,
                        java.util.Map<String, String> options, dev.cloudmaker.core.spi.Firewall firewall)
            implements OnProvider {
        public CreateServer {
            options = options == null ? java.util.Map.of() : java.util.Map.copyOf(options);
        }

        /** A server with no provider-specific options and no declared firewall. */
        public CreateServer(String provider, String name, String region, String size, String image, boolean backups, boolean ipv6,
                            boolean monitoring, String vpcUuid, java.util.List<String> tags, String userData) {
            this(provider, name, region, size, image, backups, ipv6, monitoring, vpcUuid, tags, userData, java.util.Map.of(), null);
        }

        public Effect effect() {
            return Effect.ADD;
        }
    }

    /**
     * Sizes may be equal: then an earlier run powered the server off for a resize and was cut off
     * before powering it on again, which the server's {@link dev.cloudmaker.core.spi.Mark.PoweredOffForResize} tells.
     */
    record ResizeServer(String provider, String name, String serverId, String fromSize, String toSize) implements OnProvider {
        public Effect effect() {
            return Effect.CHANGE;
        }
    }

    /**
     * Delete then create again: only planned for servers the user named with {@code --replace}. The server is
     * deleted on {@code provider} and created on {@code create.provider()}: they differ when it moves.
     */
    record ReplaceServer(String provider, String serverId, String reason, CreateServer create) implements OnProvider {
        public Effect effect() {
            return Effect.CHANGE;
        }
    }

    record DeleteServer(String provider, String name, String serverId) implements OnProvider {
        public Effect effect() {
            return Effect.DESTROY;
        }
    }

    record CreateDomain(String domain) implements PlanAction {
        public Effect effect() {
            return Effect.ADD;
        }
    }

    /** {@code data} null means "the server's address, known after apply". */
    record CreateRecord(String domain, String type, String name, String fqdn, String server, String data)
            implements PlanAction {
        public Effect effect() {
            return Effect.ADD;
        }

        /** The same record with the server's address read after apply: the apply gave the server another one. */
        public CreateRecord addressAfterApply() {
            return new CreateRecord(domain, type, name, fqdn, server, null);
        }
    }

    record UpdateRecord(String domain, String recordId, String type, String name, String fqdn, String server,
                        String oldData, String data) implements PlanAction {
        public Effect effect() {
            return Effect.CHANGE;
        }

        /** The same change with the server's address read after apply: the apply gave the server another one. */
        public UpdateRecord addressAfterApply() {
            return new UpdateRecord(domain, recordId, type, name, fqdn, server, oldData, null);
        }
    }

    record DeleteRecord(String domain, String recordId, String type, String name, String fqdn, String data)
            implements PlanAction {
        public Effect effect() {
            return Effect.DESTROY;
        }
    }
}
