package dev.cloudmaker.emulator.digitalocean;

import dev.cloudmaker.emulator.kit.http.ApiResponse;
import dev.cloudmaker.emulator.kit.http.PathRouter;
import java.util.List;

/**
 * Cloud firewalls, read only and always none: the emulated account has no firewalls. Ansible's
 * droplet module lists them on every run, so the list must answer.
 */
final class FirewallHandler {
    void register(PathRouter<Endpoint> router) {
        router.add("GET", "/v2/firewalls", "firewalls", req -> ApiResponse.json(200,
                Views.list("firewalls", List.<Object>of(), x -> Json.object(), req)));
    }
}
