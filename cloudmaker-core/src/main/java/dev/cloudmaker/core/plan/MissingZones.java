package dev.cloudmaker.core.plan;

import java.util.List;
import java.util.Map;

/**
 * The DNS zones a plan needs that the DNS provider's account lacks and that are not created unasked there, each with
 * the names (and their servers) that need it; {@link #describe} is the message that stops the plan.
 */
record MissingZones(String dnsProvider, Map<String, List<String>> namesByZone) {

    String describe() {
        String provider = dnsProvider == null ? "the DNS provider" : "provider " + dnsProvider + ", the DNS provider";
        StringBuilder sb = new StringBuilder("DNS zone" + (namesByZone.size() == 1 ? " " : "s ")
                + String.join(", ", namesByZone.keySet()) + (namesByZone.size() == 1 ? " is" : " are")
                + " not in the account of " + provider + "; nothing was changed:");
        namesByZone.forEach((zone, names) -> sb.append("\n  zone ").append(zone).append(" is needed by ")
                .append(String.join(", ", names)));
        sb.append("\ncloudmaker does not create a zone there unasked: a zone on that provider may cost money, and it answers")
                .append(" for the names only once the domain's registrar delegates the domain to the zone's name servers.")
                .append("\nFix: create and delegate the zone yourself, then run again; or let cloudmaker create it with")
                .append(" `cloudmaker provision --create-zones` (`cloudmaker plan --create-zones` shows it first), then")
                .append(" delegate the domain to the new zone's name servers.");
        return sb.toString();
    }
}
