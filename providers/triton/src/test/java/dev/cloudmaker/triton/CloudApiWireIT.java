package dev.cloudmaker.triton;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.emulator.kit.http.RecordedExchange;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the provider puts on the wire, as node-triton does: {@code Accept-Version: ~9||~8}, a signature over
 * {@code (request-target) date} by {@code /<account>/keys/<MD5 fingerprint>}, ListMachines by the namespace tag in
 * pages of 1000 from offset 0, and the first boot's user data as cloud-init metadata.
 */
class CloudApiWireIT {
    @Test
    void requestsAreSignedVersionedAndPagedAsNodeTritonSendsThem() {
        try (TritonAccount account = TritonAccount.start(b -> b.recordExchanges(true)); Provider provider = account.provider()) {
            provider.servers().list("shop");
            provider.servers().create(TritonAccount.smallServer("web1").toBuilder().namespace("shop").userData("#cloud-config\n").build());

            List<RecordedExchange> sent = account.emulator().exchanges();
            RecordedExchange list = sent.stream().filter(e -> e.method().equals("GET") && e.path().equals("/alice/machines"))
                    .findFirst().orElseThrow();
            assertThat(list.rawQuery()).contains("limit=1000", "offset=0", "tag.cloudmaker.namespace=shop");
            assertThat(header(list, "accept-version")).isEqualTo("~9||~8");
            assertThat(header(list, "authorization")).startsWith("Signature keyId=\"/alice/keys/"
                    + account.publicKey().md5Fingerprint() + "\",algorithm=\"ed25519-sha512\",headers=\"(request-target) date\"");
            assertThat(sent).allSatisfy(e -> assertThat(e.status()).as(e.method() + " " + e.path()).isLessThan(400));

            RecordedExchange create = sent.stream().filter(e -> e.method().equals("POST") && e.path().equals("/alice/machines"))
                    .findFirst().orElseThrow();
            assertThat(create.requestBody()).contains("\"tag.cloudmaker.namespace\":\"shop\"", "\"tag.cloudmaker.image\":\"debian-12\"",
                    "\"package\":\"g1.nano\"", "\"metadata.cloud-init:user-data\":\"#cloud-config\\n\"");
        }
    }

    private static String header(RecordedExchange e, String name) {
        return e.requestHeaders().entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue).findFirst().orElse(List.of()).stream().findFirst().orElse(null);
    }
}
