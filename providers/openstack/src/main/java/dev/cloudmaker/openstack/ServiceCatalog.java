package dev.cloudmaker.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudmaker.core.CloudmakerException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Keystone's service catalog, and the endpoint choice keystoneauth makes: the service by type, the endpoint whose
 * {@code interface} is the configured one ({@code public} unless set; {@code publicURL} reads as {@code public}) and
 * whose {@code region_id} (or {@code region}) is the configured region. Without a region, a service offered in
 * exactly one region is taken; in several, cloudmaker asks for {@code region_name} rather than guess.
 */
record ServiceCatalog(List<Endpoint> endpoints) {
    record Endpoint(String type, String iface, String region, String url) {
    }

    ServiceCatalog {
        endpoints = List.copyOf(endpoints);
    }

    /** The catalog of a token body ({@code token.catalog}). */
    static ServiceCatalog of(JsonNode catalog) {
        List<Endpoint> out = new ArrayList<>();
        for (JsonNode service : catalog) {
            String type = service.path("type").asText(null);
            for (JsonNode e : service.path("endpoints")) {
                String region = e.hasNonNull("region_id") ? e.get("region_id").asText() : e.path("region").asText(null);
                out.add(new Endpoint(type, iface(e.path("interface").asText("public")), region, e.path("url").asText(null)));
            }
        }
        return new ServiceCatalog(out);
    }

    /** {@code publicURL} → {@code public}, as keystoneauth reads the v2-style spelling. */
    static String iface(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        return v.endsWith("url") ? v.substring(0, v.length() - 3) : v;
    }

    boolean has(String type) {
        return endpoints.stream().anyMatch(e -> type.equals(e.type()));
    }

    /** The URL of {@code type} for {@code iface} in {@code region} (null: the one region offering it). */
    URI endpoint(String type, String iface, String region) {
        String wanted = iface(iface);
        List<Endpoint> offered = endpoints.stream().filter(e -> type.equals(e.type()) && wanted.equals(e.iface())).toList();
        if (offered.isEmpty()) {
            throw new CloudmakerException("Keystone's catalog has no " + wanted + " " + type + " endpoint"
                    + (has(type) ? " (it has " + interfaces(type) + "; set \"interface\" to one of them)"
                    : "; this cloud does not offer the " + type + " service to your project"));
        }
        List<Endpoint> inRegion = region == null ? offered
                : offered.stream().filter(e -> region.equals(e.region())).toList();
        TreeSet<String> regions = new TreeSet<>(offered.stream().map(Endpoint::region).filter(r -> r != null).toList());
        if (inRegion.isEmpty()) {
            throw new CloudmakerException("Keystone's catalog has no " + type + " endpoint in region " + region
                    + "; it offers " + type + " in " + String.join(", ", regions) + ": set region_name to one of them");
        }
        if (region == null && regions.size() > 1) {
            throw new CloudmakerException("Keystone's catalog offers " + type + " in several regions ("
                    + String.join(", ", regions) + "); set region_name (in cloud.json, clouds.yaml or OS_REGION_NAME)");
        }
        String url = inRegion.getFirst().url();
        if (url == null || url.isBlank()) {
            throw new CloudmakerException("Keystone's catalog lists a " + type + " endpoint without a URL");
        }
        return URI.create(url);
    }

    /** The regions offering {@code type}, sorted. */
    List<String> regions(String type) {
        return List.copyOf(new TreeSet<>(endpoints.stream().filter(e -> type.equals(e.type()) && e.region() != null)
                .map(Endpoint::region).toList()));
    }

    private String interfaces(String type) {
        return String.join(", ", new TreeSet<>(endpoints.stream().filter(e -> type.equals(e.type())).map(Endpoint::iface).toList()));
    }
}
