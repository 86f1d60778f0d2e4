package dev.cloudmaker.emulator.digitalocean;

import static dev.cloudmaker.emulator.digitalocean.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DnsKeysTagsIT {
    private final DigitalOceanEmulator emu = DigitalOceanEmulator.builder().port(0).start();
    private final TestApi api = new TestApi(emu);

    @AfterEach
    void stop() {
        emu.close();
    }

    @Test
    void domainRecordsFollowDotAndRelativeNameRules() throws Exception {
        var domain = api.post("/v2/domains", "{\"name\":\"example.com\",\"ip_address\":\"203.0.113.10\"}");
        assertThat(domain.statusCode()).isEqualTo(201);
        assertThat(emu.records("example.com")).extracting(EmuRecord::type).contains("SOA", "NS", "A");
        String records = "/v2/domains/example.com/records";
        var noDot = api.post(records, "{\"type\":\"CNAME\",\"name\":\"www\",\"data\":\"example.com\"}");
        assertThat(noDot.statusCode()).isEqualTo(422);
        assertThat(json(noDot).get("message").asText()).isEqualTo("Data needs to end with a dot (.)");
        var cname = api.post(records, "{\"type\":\"CNAME\",\"name\":\"www.example.com\",\"data\":\"example.com.\"}");
        assertThat(cname.statusCode()).isEqualTo(201);
        assertThat(json(cname).get("domain_record").get("name").asText()).isEqualTo("www");
        assertThat(json(cname).get("domain_record").get("data").asText()).isEqualTo("example.com");
        assertThat(api.post(records, "{\"type\":\"A\",\"name\":\"@\",\"data\":\"not-an-ip\"}").statusCode()).isEqualTo(422);
        assertThat(api.post(records, "{\"type\":\"AAAA\",\"name\":\"v6\",\"data\":\"203.0.113.1\"}").statusCode()).isEqualTo(422);
        assertThat(api.post(records, "{\"type\":\"AAAA\",\"name\":\"v6\",\"data\":\"2001:db8::1\"}").statusCode()).isEqualTo(201);

        var found = json(api.get(records + "?type=CNAME&name=www.example.com"));
        assertThat(found.get("meta").get("total").asInt()).isEqualTo(1);
        long id = found.get("domain_records").get(0).get("id").asLong();
        var patched = api.send("PATCH", records + "/" + id, "{\"type\":\"CNAME\",\"data\":\"other.example.net.\",\"ttl\":300}");
        assertThat(json(patched).get("domain_record").get("data").asText()).isEqualTo("other.example.net");
        assertThat(json(patched).get("domain_record").get("ttl").asInt()).isEqualTo(300);
        assertThat(api.send("PUT", records + "/" + id, "{\"type\":\"CNAME\",\"name\":\"web\"}").statusCode()).isEqualTo(200);
        assertThat(json(api.get(records + "/" + id)).get("domain_record").get("name").asText()).isEqualTo("web");
        assertThat(api.delete(records + "/" + id).statusCode()).isEqualTo(204);
        assertThat(api.get(records + "/" + id).statusCode()).isEqualTo(404);
        assertThat(api.delete("/v2/domains/example.com").statusCode()).isEqualTo(204);
        assertThat(emu.domains()).isEmpty();
    }

    @Test
    void duplicateKeyIsRejected() throws Exception {
        String body = "{\"name\":\"laptop\",\"public_key\":\"" + TestApi.sshKey(1) + "\"}";
        var first = api.post("/v2/account/keys", body);
        assertThat(first.statusCode()).isEqualTo(201);
        String fingerprint = json(first).get("ssh_key").get("fingerprint").asText();
        var again = api.post("/v2/account/keys", body);
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(json(again).get("message").asText()).isEqualTo("SSH Key is already in use on your account");
        assertThat(api.post("/v2/account/keys", "{\"name\":\"bad\",\"public_key\":\"ssh-rsa nope\"}").statusCode())
                .isEqualTo(422);
        assertThat(json(api.get("/v2/account/keys/" + fingerprint)).get("ssh_key").get("name").asText()).isEqualTo("laptop");
        assertThat(api.send("PUT", "/v2/account/keys/" + fingerprint, "{\"name\":\"desk\"}").statusCode()).isEqualTo(200);
        assertThat(emu.keys()).extracting(EmuKey::name).containsExactly("desk");
        assertThat(api.delete("/v2/account/keys/" + emu.keys().getFirst().id()).statusCode()).isEqualTo(204);
        assertThat(emu.keys()).isEmpty();
    }

    @Test
    void rejectedOrMissingTokenGets401() throws Exception {
        emu.rejectToken("dop_v1_revoked");
        var r = new TestApi(emu, "dop_v1_revoked").get("/v2/account");
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(json(r).get("id").asText()).isEqualTo("unauthorized");
        assertThat(json(r).get("message").asText()).isEqualTo("Unable to authenticate you.");
        assertThat(new TestApi(emu, null).get("/v2/account").statusCode()).isEqualTo(401);
        assertThat(api.get("/v2/account").statusCode()).isEqualTo(200);
    }

    @Test
    void tagsAreCaseInsensitiveAndMustExistToTag() throws Exception {
        long id = emu.seedDroplet("app", "sgp1", "s-1vcpu-1gb", "debian-12-x64", List.of());
        String resources = "{\"resources\":[{\"resource_id\":\"" + id + "\",\"resource_type\":\"droplet\"}]}";
        assertThat(api.post("/v2/tags/prod/resources", resources).statusCode()).isEqualTo(404);
        assertThat(api.post("/v2/tags", "{\"name\":\"Prod\"}").statusCode()).isEqualTo(201);
        assertThat(json(api.post("/v2/tags", "{\"name\":\"PROD\"}")).get("tag").get("name").asText()).isEqualTo("Prod");
        assertThat(api.post("/v2/tags", "{\"name\":\"bad tag\"}").statusCode()).isEqualTo(400);
        assertThat(api.post("/v2/tags/prod/resources", resources).statusCode()).isEqualTo(204);
        assertThat(emu.droplets().getFirst().tags()).containsExactly("Prod");
        assertThat(json(api.get("/v2/tags/PROD")).get("tag").get("resources").get("count").asInt()).isEqualTo(1);
        assertThat(api.send("DELETE", "/v2/tags/prod/resources", resources).statusCode()).isEqualTo(204);
        assertThat(emu.droplets().getFirst().tags()).isEmpty();
        assertThat(api.delete("/v2/tags/prod").statusCode()).isEqualTo(204);
        assertThat(json(api.get("/v2/tags")).get("meta").get("total").asInt()).isZero();
    }
}
