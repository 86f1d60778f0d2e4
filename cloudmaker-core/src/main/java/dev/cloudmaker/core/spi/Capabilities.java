package dev.cloudmaker.core.spi;

/**
 * What a cloud can do, declared by its provider.
 *
 * @param stableAddresses   a server keeps its public address across a stop and start
 * @param cloudInitUserData user data reaches cloud-init on first boot
 * @param idempotentCreate  a create carrying {@link ServerRequest#idempotencyKey()} can be sent again safely
 * @param resize            a server can change size in place
 * @param freeZones         creating a DNS zone costs nothing and needs no delegation first
 */
public record Capabilities(boolean stableAddresses, boolean cloudInitUserData, boolean idempotentCreate, boolean resize,
                           boolean freeZones) {
}
