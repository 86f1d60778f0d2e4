package dev.cloudmaker.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudmaker.core.model.Networking;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.CloudmakerTags;
import dev.cloudmaker.core.spi.ServerStatus;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A Nova server (microversion {@value NovaMicroversion#VERSION}) as a {@link CloudServer}: the namespace from its tags,
 * the size from the embedded flavor's {@code original_name}, the image as cloudmaker asked for it (kept in metadata,
 * since Nova reports only the image's id), and the addresses read from {@code addresses} by version and type: the
 * public IPv4 is a floating one, else {@code accessIPv4}, else a fixed one that is not private (on the server's
 * network first), else the fixed one on the server's network; the private IPv4 is a fixed private address.
 */
final class ServerMapper {
    static final String IMAGE_KEY = "cloudmaker_image";
    static final String NAMESPACE_KEY = "cloudmaker_namespace";

    private ServerMapper() {
    }

    /** @param publicNetwork the network servers are attached to for their public address (null: not known) */
    static CloudServer toServer(JsonNode s, String region, String publicNetwork, String preferredNamespace) {
        List<String> tags = new ArrayList<>();
        s.path("tags").forEach(t -> tags.add(t.asText()));
        String status = s.path("status").asText(null);
        String task = s.path("OS-EXT-STS:task_state").isTextual() ? s.path("OS-EXT-STS:task_state").asText() : null;
        ServerStatus state = NovaStatus.of(status);
        JsonNode flavor = s.path("flavor");
        String size = flavor.hasNonNull("original_name") ? flavor.get("original_name").asText() : flavor.path("id").asText(null);
        String image = s.path("metadata").hasNonNull(IMAGE_KEY) ? s.path("metadata").get(IMAGE_KEY).asText()
                : s.path("image").isObject() ? s.path("image").path("id").asText(null) : null;
        return new CloudServer(s.path("id").asText(), s.path("name").asText(), region, size, image, state,
                state != ServerStatus.FAILED && NovaStatus.busy(status, task), false, tags,
                CloudmakerTags.namespaceOf(tags, preferredNamespace), CloudmakerTags.poweredOffForResize(tags),
                networking(s, publicNetwork), created(s.path("created").asText(null)), null, flavor.path("disk").asInt(0),
                state == ServerStatus.FAILED ? fault(s) : null);
    }

    /** Nova's fault message for a server in ERROR (what went wrong, in Nova's words), else null. */
    static String fault(JsonNode s) {
        JsonNode fault = s.path("fault");
        return fault.hasNonNull("message") ? fault.get("message").asText() : null;
    }

    static Networking networking(JsonNode s, String publicNetwork) {
        String floating4 = null;
        String public4 = null;
        String onNetwork4 = null;
        String private4 = null;
        String v6 = null;
        var nets = s.path("addresses").properties().iterator();
        while (nets.hasNext()) {
            var net = nets.next();
            boolean chosen = net.getKey().equals(publicNetwork);
            for (JsonNode a : net.getValue()) {
                String addr = a.path("addr").asText(null);
                if (addr == null) {
                    continue;
                }
                if (a.path("version").asInt(addr.contains(":") ? 6 : 4) == 6) {
                    v6 = v6 == null || chosen ? addr : v6;
                } else if ("floating".equals(a.path("OS-EXT-IPS:type").asText())) {
                    floating4 = floating4 == null ? addr : floating4;
                } else {
                    if (chosen && onNetwork4 == null) {
                        onNetwork4 = addr;
                    }
                    if (isPrivate(addr)) {
                        private4 = private4 == null ? addr : private4;
                    } else if (public4 == null || chosen) {
                        public4 = addr;
                    }
                }
            }
        }
        String access4 = blankToNull(s.path("accessIPv4").asText(null));
        String access6 = blankToNull(s.path("accessIPv6").asText(null));
        // a cloud whose only network is private (a lab, a VPN) reaches servers on that network's address
        String chosen4 = first(floating4, access4, public4, onNetwork4);
        return new Networking(chosen4, access6 != null ? access6 : v6, private4 != null && !private4.equals(chosen4) ? private4 : null);
    }

    /** RFC 1918, link-local and loopback IPv4 (an IPv4 literal only; anything else is not private). */
    static boolean isPrivate(String address) {
        String[] parts = address.split("\\.");
        if (parts.length != 4) {
            return false;
        }
        try {
            int a = Integer.parseInt(parts[0]);
            int b = Integer.parseInt(parts[1]);
            return a == 10 || a == 127 || a == 172 && b >= 16 && b <= 31 || a == 192 && b == 168 || a == 169 && b == 254;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v;
    }

    private static Instant created(String value) {
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
