package dev.cloudmaker.core.plan;

/**
 * Whether a plan may add a DNS zone the DNS provider's account lacks: always where zones are free, else only when the
 * user asked ({@code --create-zones}), since such a zone costs money or answers only once the domain is delegated to it.
 *
 * @param dnsProvider the DNS provider's name in the definition, for the message that stops the plan
 * @param freeZones   the DNS provider's {@link dev.cloudmaker.core.spi.Capabilities#freeZones()}
 * @param createZones the user asked for missing zones to be created anyway
 */
public record ZonePolicy(String dnsProvider, boolean freeZones, boolean createZones) {
    /** Missing zones are created, as on a provider whose zones are free. */
    public static final ZonePolicy FREE = new ZonePolicy(null, true, false);

    boolean mayCreate() {
        return freeZones || createZones;
    }
}
