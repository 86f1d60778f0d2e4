package dev.cloudmaker.digitalocean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.core.ApiException;
import dev.cloudmaker.core.http.ApiCalls;
import dev.cloudmaker.core.http.Json;
import dev.cloudmaker.core.spi.DnsProvider;
import dev.cloudmaker.core.spi.DnsRecord;
import dev.cloudmaker.core.spi.RecordSpec;
import java.util.List;
import java.util.Map;

/** DigitalOcean's DNS: domains and their records. */
final class DigitalOceanDns implements DnsProvider {
    private final DigitalOceanApi api;

    DigitalOceanDns(DigitalOceanApi api) {
        this.api = api;
    }

    @Override
    public List<String> domains() {
        return api.list("/v2/domains", Map.of(), "domains").stream().map(d -> d.path("name").asText()).toList();
    }

    @Override
    public List<DnsRecord> records(String domain) {
        return api.list("/v2/domains/" + domain + "/records", Map.of(), "domain_records").stream()
                .map(DigitalOceanDns::record).toList();
    }

    @Override
    public void createDomain(String domain) {
        ObjectNode body = Json.object().put("name", domain);
        try {
            api.post("/v2/domains", body);
        } catch (ApiException e) {
            // a lost reply followed by a retry of the whole step finds the domain already there
            if (e.status() == 422 && domains().contains(domain)) {
                return;
            }
            throw e;
        }
    }

    @Override
    public DnsRecord createRecord(String domain, RecordSpec spec) {
        return record(api.post("/v2/domains/" + domain + "/records", body(spec)).path("domain_record"));
    }

    @Override
    public DnsRecord updateRecord(String domain, String recordId, RecordSpec spec) {
        return record(api.put("/v2/domains/" + domain + "/records/" + recordId, body(spec)).path("domain_record"));
    }

    @Override
    public void deleteRecord(String domain, String recordId) {
        ApiCalls.ignoreNotFound(() -> api.delete("/v2/domains/" + domain + "/records/" + recordId));
    }

    private static ObjectNode body(RecordSpec spec) {
        return Json.object().put("type", spec.type()).put("name", spec.name()).put("data", spec.data()).put("ttl", spec.ttl());
    }

    private static DnsRecord record(JsonNode r) {
        return new DnsRecord(r.path("id").asText(), r.path("type").asText(), r.path("name").asText(),
                r.path("data").asText(), r.path("ttl").asInt());
    }
}
