package dev.cloudmaker.emulator.digitalocean;

import static dev.cloudmaker.emulator.digitalocean.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolverFactory;
import com.atlassian.oai.validator.report.ValidationReport;
import dev.cloudmaker.core.time.MutableClock;
import dev.cloudmaker.emulator.kit.http.RecordedExchange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Drives every implemented endpoint and validates each recorded exchange against the official OpenAPI description. */
class DigitalOceanContractIT {

    @Test
    void everyExchangeMatchesTheOpenApiDescription() throws Exception {
        Path spec = Path.of(System.getProperty("cloudmaker.specs.dir", "../../shared/specs"),
                "digitalocean-openapi-subset.json");
        Assumptions.assumeTrue(Files.exists(spec),
                "DigitalOcean OpenAPI description not found at " + spec + "; contract test skipped");
        MutableClock clock = new MutableClock(Instant.parse("2026-02-01T00:00:00Z"));
        List<RecordedExchange> exchanges;
        try (var emu = DigitalOceanEmulator.builder().port(0).clock(clock).recordExchanges(true).start()) {
            scenario(new TestApi(emu), clock);
            emu.rejectToken("dop_v1_revoked");
            new TestApi(emu, "dop_v1_revoked").get("/v2/account"); // 401
            exchanges = emu.exchanges();
        }
        OpenApiInteractionValidator validator = OpenApiInteractionValidator
                .createForInlineApiSpecification(Files.readString(spec))
                // The validator closes every allOf member (additionalProperties=false) although the spec never
                // does, so any list body {items, links, meta} would fail; its documented remedy is this resolver.
                .withLevelResolver(LevelResolverFactory.withAdditionalPropertiesIgnored())
                .build();
        List<String> violations = new ArrayList<>();
        for (RecordedExchange x : exchanges) {
            ValidationReport report = validator.validate(request(x), response(x));
            for (ValidationReport.Message m : report.getMessages()) {
                if (m.getLevel() == ValidationReport.Level.ERROR && !isSpecDefect(m)) {
                    violations.add(x.method() + " " + x.path() + " -> " + x.status() + ": [" + m.getKey() + "] "
                            + m.getMessage() + nested(m, "  "));
                }
            }
        }
        assertThat(exchanges).hasSizeGreaterThan(40);
        assertThat(violations).as("contract violations").isEmpty();
    }

    /**
     * Genuine defects of the description (or of reading it), each excluded by its exact key:
     * <ul>
     * <li>{@code discriminator}: record and droplet-action request bodies declare a discriminator mapping to
     * {@code #/components/schemas/...}, but the subset has every $ref inlined, so no mapping target exists.</li>
     * <li>{@code parameter.schema.invalidJson}: path parameters declared {@code anyOf: [integer, string]}
     * (image id or slug, key id or fingerprint) are parsed as JSON, so any slug or fingerprint fails.</li>
     * <li>the droplet status enum, see below.</li>
     * </ul>
     * The spec's droplet status enum was written in YAML as {@code off} unquoted, which YAML 1.1 reads as the
     * boolean false, so the real API's "off" cannot validate. Only that exact enum complaint is excluded.
     */
    private static boolean isSpecDefect(ValidationReport.Message m) {
        if (m.getKey().equals("validation.request.body.schema.discriminator")
                || m.getKey().equals("validation.request.parameter.schema.invalidJson")) {
            return true;
        }
        return m.getKey().equals("validation.response.body.schema.enum")
                && m.getMessage().contains("\"off\"") && m.getMessage().contains("false");
    }

    private static String nested(ValidationReport.Message m, String indent) {
        StringBuilder sb = new StringBuilder();
        for (ValidationReport.Message n : m.getNestedMessages()) {
            sb.append('\n').append(indent).append('[').append(n.getKey()).append("] ").append(n.getMessage())
                    .append(nested(n, indent + "  "));
        }
        return sb.toString();
    }

    private static void scenario(TestApi api, MutableClock clock) throws Exception {
        api.get("/v2/account");
        api.get("/v2/regions");
        api.get("/v2/firewalls?page=1&per_page=20");
        api.get("/v2/sizes?per_page=5&page=2");
        api.get("/v2/images?type=distribution");
        api.get("/v2/images/debian-12-x64");
        String key = "{\"name\":\"ci\",\"public_key\":\"" + TestApi.sshKey(3) + "\"}";
        String fingerprint = json(api.post("/v2/account/keys", key)).get("ssh_key").get("fingerprint").asText();
        api.post("/v2/account/keys", key); // 422 duplicate
        api.get("/v2/account/keys");
        api.get("/v2/account/keys/" + fingerprint);
        api.send("PUT", "/v2/account/keys/" + fingerprint, "{\"name\":\"ci-2\"}");
        api.post("/v2/tags", "{\"name\":\"env:ci\"}");
        long id = json(api.post("/v2/droplets", """
                {"name":"web-1","region":"fra1","size":"s-1vcpu-1gb","image":"debian-12-x64","ssh_keys":["%s"],
                 "ipv6":true,"monitoring":true,"tags":["env:ci"],"user_data":"#cloud-config\\n"}""".formatted(fingerprint)))
                .get("droplet").get("id").asLong();
        api.post("/v2/droplets", """
                {"names":["w-2","w-3"],"region":"fra1","size":"s-1vcpu-1gb","image":161000001}""");
        api.post("/v2/droplets", """
                {"name":"bad","region":"fra1","size":"1gb","image":"debian-12-x64"}""");
        api.get("/v2/droplets?per_page=1");
        api.get("/v2/droplets/" + id);
        clock.advance(Duration.ofSeconds(3));
        api.get("/v2/droplets?tag_name=env:ci");
        api.get("/v2/droplets/" + id);
        String actions = "/v2/droplets/" + id + "/actions";
        long off = json(api.post(actions, "{\"type\":\"power_off\"}")).get("action").get("id").asLong();
        api.post(actions, "{\"type\":\"reboot\"}"); // 422 pending event
        clock.advance(Duration.ofSeconds(1));
        api.get("/v2/droplets/" + id); // status off
        api.post(actions, "{\"type\":\"resize\",\"size\":\"s-2vcpu-4gb\",\"disk\":false}");
        clock.advance(Duration.ofSeconds(1));
        api.post(actions, "{\"type\":\"snapshot\",\"name\":\"web-snap\"}");
        clock.advance(Duration.ofSeconds(1));
        api.post(actions, "{\"type\":\"power_on\"}");
        clock.advance(Duration.ofSeconds(1));
        api.post(actions, "{\"type\":\"rename\",\"name\":\"web-01\"}");
        clock.advance(Duration.ofSeconds(1));
        api.post(actions, "{\"type\":\"enable_ipv6\"}");
        api.get(actions);
        api.get(actions + "/" + off);
        api.get("/v2/actions?per_page=3");
        api.get("/v2/actions/" + off);
        api.get("/v2/images?private=true");
        String snapshot = json(api.get("/v2/droplets/" + id + "/snapshots")).get("snapshots").get(0).get("id").asText();
        api.get("/v2/snapshots?resource_type=droplet");
        api.get("/v2/snapshots/" + snapshot);
        long copy = json(api.post("/v2/droplets", """
                {"name":"from-snap","region":"fra1","size":"s-1vcpu-1gb","image":%s}""".formatted(snapshot)))
                .get("droplet").get("id").asLong();
        api.post(actions, "{\"type\":\"shutdown\"}");
        clock.advance(Duration.ofSeconds(3));
        api.delete("/v2/snapshots/" + snapshot);
        api.get("/v2/droplets/" + copy); // made from a snapshot deleted since
        api.get("/v2/snapshots/" + snapshot); // 404
        api.post("/v2/tags/env:ci/resources", "{\"resources\":[{\"resource_id\":\"" + id + "\",\"resource_type\":\"droplet\"}]}");
        api.get("/v2/tags");
        api.get("/v2/tags/env:ci");
        api.send("DELETE", "/v2/tags/env:ci/resources",
                "{\"resources\":[{\"resource_id\":\"" + id + "\",\"resource_type\":\"droplet\"}]}");
        api.post("/v2/domains", "{\"name\":\"example.com\",\"ip_address\":\"203.0.113.7\"}");
        api.get("/v2/domains");
        api.get("/v2/domains/example.com");
        String records = "/v2/domains/example.com/records";
        long rec = json(api.post(records, "{\"type\":\"CNAME\",\"name\":\"www\",\"data\":\"example.com.\",\"ttl\":1800}"))
                .get("domain_record").get("id").asLong();
        api.post(records, "{\"type\":\"CNAME\",\"name\":\"api\",\"data\":\"example.com\"}"); // 422 dot
        api.post(records, "{\"type\":\"MX\",\"name\":\"@\",\"data\":\"mail.example.com.\",\"priority\":10}");
        api.get(records + "?type=CNAME&name=www.example.com");
        api.get(records + "/" + rec);
        api.send("PATCH", records + "/" + rec, "{\"type\":\"CNAME\",\"ttl\":300}");
        api.send("PUT", records + "/" + rec, "{\"type\":\"CNAME\",\"name\":\"web\",\"data\":\"example.com.\"}");
        api.delete(records + "/" + rec);
        api.delete("/v2/domains/example.com");
        api.get("/v2/droplets/1"); // 404
        api.delete("/v2/droplets/" + id);
        api.delete("/v2/droplets?tag_name=nothing");
        api.delete("/v2/tags/env:ci");
        api.delete("/v2/account/keys/" + fingerprint);
    }

    private static Request request(RecordedExchange x) {
        SimpleRequest.Builder b = new SimpleRequest.Builder(x.method(), x.path());
        x.requestHeaders().forEach((k, v) -> b.withHeader(k, v));
        if (x.rawQuery() != null) {
            for (String pair : x.rawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                b.withQueryParam(java.net.URLDecoder.decode(kv[0], java.nio.charset.StandardCharsets.UTF_8),
                        kv.length > 1 ? java.net.URLDecoder.decode(kv[1], java.nio.charset.StandardCharsets.UTF_8) : "");
            }
        }
        if (!x.requestBody().isEmpty()) {
            b.withBody(x.requestBody());
        }
        return b.build();
    }

    private static SimpleResponse response(RecordedExchange x) {
        SimpleResponse.Builder b = SimpleResponse.Builder.status(x.status());
        x.responseHeaders().forEach((k, v) -> b.withHeader(k, v));
        if (!x.responseBody().isEmpty()) {
            b.withBody(x.responseBody());
        }
        return b.build();
    }
}
