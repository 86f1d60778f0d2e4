package dev.cloudmaker.emulator.digitalocean;

import static dev.cloudmaker.emulator.digitalocean.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudmaker.core.time.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DropletsIT {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T12:00:00Z"));
    private final DigitalOceanEmulator emu = DigitalOceanEmulator.builder().port(0).clock(clock).seed(7)
            .bootDelay(Duration.ofSeconds(30)).actionDuration(Duration.ofSeconds(5)).rateLimitPerMinute(0).start();
    private final TestApi api = new TestApi(emu);

    @AfterEach
    void stop() {
        emu.close();
    }

    @Test
    void dropletGoesFromNewToActiveWithAddresses() throws Exception {
        var created = api.post("/v2/droplets", """
                {"name":"web-1","region":"fra1","size":"s-1vcpu-1gb","image":"debian-12-x64","ipv6":true,"tags":["Web"]}""");
        assertThat(created.statusCode()).isEqualTo(202);
        JsonNode d = json(created).get("droplet");
        assertThat(d.get("status").asText()).isEqualTo("new");
        assertThat(d.get("locked").asBoolean()).isTrue();
        assertThat(d.get("networks").get("v4")).isEmpty();
        JsonNode link = json(created).get("links").get("actions").get(0);
        assertThat(link.get("rel").asText()).isEqualTo("create");
        long id = d.get("id").asLong();

        clock.advance(Duration.ofSeconds(29));
        assertThat(json(api.get("/v2/droplets/" + id)).get("droplet").get("status").asText()).isEqualTo("new");
        assertThat(json(api.get(link.get("href").asText())).get("action").get("status").asText()).isEqualTo("in-progress");
        clock.advance(Duration.ofSeconds(1));
        JsonNode active = json(api.get("/v2/droplets/" + id)).get("droplet");
        assertThat(active.get("status").asText()).isEqualTo("active");
        assertThat(active.get("locked").asBoolean()).isFalse();
        assertThat(active.get("networks").get("v4").findValuesAsText("ip_address"))
                .anyMatch(ip -> ip.startsWith("203.0.113.") || ip.startsWith("198.51.100."))
                .anyMatch(ip -> ip.startsWith("10."));
        assertThat(active.get("networks").get("v6").get(0).get("ip_address").asText()).startsWith("2001:db8:");
        assertThat(json(api.get(link.get("href").asText())).get("action").get("status").asText()).isEqualTo("completed");
        assertThat(emu.droplets()).singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo("active");
            assertThat(e.image()).isEqualTo("debian-12-x64");
            assertThat(e.publicIpv4()).isNotNull();
        });
        assertThat(json(api.get("/v2/tags/web")).get("tag").get("name").asText()).isEqualTo("Web");

        assertThat(api.delete("/v2/droplets/" + id).statusCode()).isEqualTo(204);
        assertThat(api.get("/v2/droplets/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void actionsLockTheDropletAndResizeNeedsPowerOff() throws Exception {
        long id = emu.seedDroplet("db", "nyc3", "s-1vcpu-1gb", "ubuntu-24-04-x64", List.of());
        String actions = "/v2/droplets/" + id + "/actions";
        var resize = api.post(actions, "{\"type\":\"resize\",\"size\":\"s-2vcpu-4gb\"}");
        assertThat(resize.statusCode()).isEqualTo(422);
        var off = api.post(actions, "{\"type\":\"power_off\"}");
        assertThat(off.statusCode()).isEqualTo(201);
        assertThat(json(off).get("action").get("status").asText()).isEqualTo("in-progress");
        var busy = api.post(actions, "{\"type\":\"reboot\"}");
        assertThat(busy.statusCode()).isEqualTo(422);
        assertThat(json(busy).get("message").asText()).isEqualTo("Droplet already has a pending event.");
        clock.advance(Duration.ofSeconds(5));
        assertThat(emu.droplets().getFirst().status()).isEqualTo("off");
        assertThat(api.post(actions, "{\"type\":\"resize\",\"size\":\"s-2vcpu-4gb\",\"disk\":true}").statusCode())
                .isEqualTo(201);
        clock.advance(Duration.ofSeconds(5));
        assertThat(api.post(actions, "{\"type\":\"snapshot\",\"name\":\"db-snap\"}").statusCode()).isEqualTo(201);
        clock.advance(Duration.ofSeconds(5));
        assertThat(emu.droplets().getFirst().size()).isEqualTo("s-2vcpu-4gb");
        JsonNode images = json(api.get("/v2/images?private=true")).get("images");
        assertThat(images).singleElement().satisfies(i -> {
            assertThat(i.get("name").asText()).isEqualTo("db-snap");
            assertThat(i.get("type").asText()).isEqualTo("snapshot");
        });
        assertThat(json(api.get(actions)).get("meta").get("total").asInt()).isEqualTo(3);
        assertThat(json(api.get("/v2/actions")).get("actions").get(0).get("type").asText()).isEqualTo("snapshot");
    }

    @Test
    void aResizeKeepsTheDiskUnlessAskedAndNeverShrinksIt() throws Exception {
        long id = emu.seedDroplet("db", "nyc3", "s-2vcpu-4gb", "debian-12-x64", List.of());
        String actions = "/v2/droplets/" + id + "/actions";
        api.post(actions, "{\"type\":\"power_off\"}");
        clock.advance(Duration.ofSeconds(5));

        var shrink = api.post(actions, "{\"type\":\"resize\",\"size\":\"s-1vcpu-1gb\"}");
        assertThat(shrink.statusCode()).isEqualTo(422);
        assertThat(json(shrink).get("id").asText()).isEqualTo("unprocessable_entity");
        assertThat(json(shrink).get("message").asText()).isEqualTo("Size can not decrease size of Droplet's disk image");
        assertThat(emu.droplets().getFirst().size()).as("nothing changed").isEqualTo("s-2vcpu-4gb");

        assertThat(api.post(actions, "{\"type\":\"resize\",\"size\":\"s-4vcpu-8gb\",\"disk\":false}").statusCode()).isEqualTo(201);
        clock.advance(Duration.ofSeconds(5));
        JsonNode up = json(api.get("/v2/droplets/" + id)).get("droplet");
        assertThat(up.get("size_slug").asText()).isEqualTo("s-4vcpu-8gb");
        assertThat(up.get("disk").asInt()).as("CPU and memory only: the disk stays").isEqualTo(80);
        assertThat(up.at("/disk_info/0/size/amount").asInt()).isEqualTo(80);

        assertThat(api.post(actions, "{\"type\":\"resize\",\"size\":\"s-2vcpu-4gb\"}").statusCode())
                .as("back to a size with the same disk").isEqualTo(201);
        clock.advance(Duration.ofSeconds(5));
        assertThat(api.post(actions, "{\"type\":\"resize\",\"size\":\"s-4vcpu-8gb\",\"disk\":true}").statusCode()).isEqualTo(201);
        clock.advance(Duration.ofSeconds(5));
        assertThat(json(api.get("/v2/droplets/" + id)).at("/droplet/disk").asInt()).as("grown on request").isEqualTo(160);
        assertThat(api.post(actions, "{\"type\":\"resize\",\"size\":\"s-2vcpu-4gb\"}").statusCode())
                .as("a grown disk cannot go back").isEqualTo(422);
    }

    @Test
    void batchCreateAndTagFilter() throws Exception {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            names.add("\"node-" + i + "\"");
        }
        String eleven = "{\"names\":[" + String.join(",", names) + "],\"region\":\"ams3\",\"size\":\"s-1vcpu-1gb\",\"image\":\"debian-12-x64\"}";
        assertThat(api.post("/v2/droplets", eleven).statusCode()).isEqualTo(422);
        var batch = api.post("/v2/droplets", """
                {"names":["a","b","c"],"region":"ams3","size":"s-1vcpu-1gb","image":161000001,"tags":["batch"]}""");
        assertThat(batch.statusCode()).isEqualTo(202);
        assertThat(json(batch).get("droplets")).hasSize(3);
        assertThat(json(batch).get("links").get("actions")).hasSize(3);
        api.post("/v2/droplets", """
                {"name":"a","region":"ams3","size":"s-1vcpu-1gb","image":"debian-12-x64"}""");
        assertThat(json(api.get("/v2/droplets?tag_name=BATCH")).get("meta").get("total").asInt()).isEqualTo(3);
        assertThat(json(api.get("/v2/droplets?name=a")).get("meta").get("total").asInt()).isEqualTo(2);
        assertThat(api.delete("/v2/droplets?tag_name=batch").statusCode()).isEqualTo(204);
        assertThat(emu.droplets()).extracting(EmuDroplet::name).containsExactly("a");
    }

    @Test
    void validatesAgainstTheCatalog() throws Exception {
        assertThat(json(api.post("/v2/droplets", """
                {"name":"x","region":"nyc3","size":"1gb","image":"debian-12-x64"}""")).get("message").asText())
                .contains("invalid size");
        assertThat(json(api.post("/v2/droplets", """
                {"name":"x","region":"syd1","size":"c-2","image":"debian-12-x64"}""")).get("message").asText())
                .isEqualTo("Size is not available in this region.");
        assertThat(api.post("/v2/droplets", """
                {"name":"x","region":"ams1","size":"s-1vcpu-1gb","image":"debian-12-x64"}""").statusCode()).isEqualTo(422);
        assertThat(api.post("/v2/droplets", """
                {"name":"x","region":"nyc3","size":"s-1vcpu-1gb","image":"debian-7-0-x64"}""").statusCode()).isEqualTo(422);
        assertThat(emu.droplets()).isEmpty();
    }

    @Test
    void pagesThrough450Droplets() throws Exception {
        for (int i = 0; i < 450; i++) {
            emu.seedDroplet("n" + i, "lon1", "s-1vcpu-1gb", "debian-12-x64", List.of("fleet"));
        }
        List<Long> seen = new ArrayList<>();
        String next = "/v2/droplets?per_page=500";
        int pages = 0;
        while (next != null) {
            JsonNode body = json(api.get(next));
            pages++;
            assertThat(body.get("meta").get("total").asInt()).isEqualTo(450);
            body.get("droplets").forEach(d -> seen.add(d.get("id").asLong()));
            JsonNode n = body.get("links").get("pages").get("next");
            next = n == null ? null : n.asText();
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(450).doesNotHaveDuplicates();
    }

    @Test
    void unknownPathsAndMethods() throws Exception {
        assertThat(json(api.get("/v2/nothing")).get("id").asText()).isEqualTo("not_found");
        assertThat(api.send("PATCH", "/v2/droplets", "{}").statusCode()).isEqualTo(405);
        var r = api.get("/v2/droplets/999");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("x-request-id")).contains(json(r).get("request_id").asText());
    }
}
