package dev.cloudmaker.digitalocean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudmaker.core.engine.ApplyException;
import dev.cloudmaker.core.engine.ApplyListener;
import dev.cloudmaker.core.engine.Operations;
import dev.cloudmaker.core.plan.Plan;
import dev.cloudmaker.testkit.DefinitionFixture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A create the API refused outright (a 4xx: nothing was created) is not a lost create: the next
 * run must not wait for servers that cannot appear. Provoked by deleting the registered key
 * between plan and apply, so the droplet create names a key that no longer exists (422).
 */
class RejectedCreateIT {
    @TempDir
    Path dir;

    @Test
    void aRefusedCreateLeavesNothingForTheNextRunToWaitFor() throws Exception {
        try (EmulatedCloud cloud = new EmulatedCloud(EmulatedCloud.emulator().start(),
                DefinitionFixture.seedScenario(dir).write())) {
            send(cloud, "POST", "/v2/account/keys",
                    "{\"name\":\"mine\",\"public_key\":\"" + cloud.fixture.publicKeyLine() + "\"}");
            Operations first = cloud.operations();
            Plan plan = first.planProvision(Set.of());
            send(cloud, "DELETE", "/v2/account/keys/" + cloud.emu.keys().get(0).id(), null);

            assertThatThrownBy(() -> first.apply(plan)).isInstanceOf(ApplyException.class).hasMessageContaining("422");
            assertThat(cloud.emu.droplets()).as("the API created nothing").isEmpty();

            List<String> steps = new ArrayList<>();
            ApplyListener listener = (resource, message) -> steps.add(resource + ": " + message);
            cloud.operations(EmulatedCloud.FAST, listener).planProvision(Set.of());
            assertThat(steps).as("steps of the next plan").noneMatch(s -> s.contains("interrupted run"));
        }
    }

    private static void send(EmulatedCloud cloud, String method, String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(cloud.emu.baseUrl() + path))
                .header("Authorization", "Bearer " + cloud.fixture.token())
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        try (HttpClient http = HttpClient.newHttpClient()) {
            int status = http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
            assertThat(status).as(method + " " + path).isBetween(200, 299);
        }
    }
}
