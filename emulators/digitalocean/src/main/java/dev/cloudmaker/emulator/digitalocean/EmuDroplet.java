package dev.cloudmaker.emulator.digitalocean;

import java.time.Instant;
import java.util.List;

/** A droplet as the emulator sees it now; addresses are null while it is still {@code new}. */
public record EmuDroplet(long id, String name, String region, String size, String image, String status, boolean locked,
                         List<String> tags, String publicIpv4, String publicIpv6, String privateIpv4, Instant createdAt) {
}
