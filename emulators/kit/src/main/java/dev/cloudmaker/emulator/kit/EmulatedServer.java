package dev.cloudmaker.emulator.kit;

import java.util.List;

/**
 * A server as the emulator holds it now; addresses are null until it has booted.
 *
 * @param id      the cloud's id, as text
 * @param image   the image it was made from: a slug or alias where the cloud has one, else the image's id
 * @param status  the cloud's own word for its state ({@code new}, {@code active}, {@code off} on DigitalOcean)
 * @param running whether it has booted and is powered on
 * @param tags    its tags as the cloud shows them; key/value clouds write {@code key=value}
 */
public record EmulatedServer(String id, String name, String region, String size, String image, String status,
                             boolean running, List<String> tags, String publicIpv4, String publicIpv6,
                             String privateIpv4) {
    public EmulatedServer {
        tags = List.copyOf(tags);
    }
}
