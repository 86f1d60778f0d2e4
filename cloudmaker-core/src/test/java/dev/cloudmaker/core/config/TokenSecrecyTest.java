package dev.cloudmaker.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.core.ConfigException;
import dev.cloudmaker.core.model.Credentials;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A canary token, put in security.json in every wrong way we could think of, never shows in any message. */
class TokenSecrecyTest {
    private static final String CANARY = "dop_v1_c4n4ryc4n4ry7e57b0d1e5e11ca7f00dfeedfacecafebabedeadbeef0123456";
    private static final String KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDJL6Wvk9wZU3NOAEqxTemRqxSf8m9wuhEk0yunvRZd7 me@host";

    @TempDir
    Path dir;

    static Stream<String> wrongFiles() {
        return Stream.of(
                "{\"digital_ocean_api_key\": \"" + KEY + "\", \"public_ssh_key\": \"" + CANARY + "\"}",
                "{\"public_ssh_key\": \"" + CANARY + " " + KEY + "\"}",
                "{\"public_ssh_key\": \"ssh-ed25519 " + CANARY + "\"}",
                "{\"public_ssh_key\": \"ab\\\"" + CANARY + "\\\" cd\"}",
                "{\"" + CANARY + "\": \"x\", \"public_ssh_key\": \"" + KEY + "\"}",
                "{\"digital_ocean_api_key\": " + CANARY + ", \"public_ssh_key\": \"" + KEY + "\"}",
                "{\"digital_ocean_api_key\": \"" + CANARY,
                "{\"digital_ocean_api_key\": \"" + CANARY + "\n\", \"public_ssh_key\": \"" + KEY + "\"}",
                "{\"digital_ocean_api_key\": \"" + CANARY.substring(0, 20) + " " + CANARY.substring(20) + "\"}",
                "{\"digital_ocean_api_key\": [\"" + CANARY + "\"], \"public_ssh_key\": 5}",
                "{\"digital_ocean_api_key\": {\"value\": \"" + CANARY + "\"}}",
                "{\"digital_ocean_api_key\": \"" + CANARY + "\", \"digital_ocean_api_key\": \"" + CANARY + "\"}",
                "{\"digital_ocean_api_key\": \"" + CANARY + "\", \"public_ssh_key\": \"" + KEY + "\",}",
                "{\"digital_ocean_api_key\": \"" + CANARY + "\" /* my token */}",
                "{\"digital_ocean_api_key\": \"" + CANARY + "\", \"public_ssh_key\": \"" + KEY + "\", \"extra\": \"" + CANARY + "\"}",
                "{\"digital_ocean_api_key\": \"\\q" + CANARY + "\"}",
                "{\"digital_ocean_api_key\": '" + CANARY + "'}",
                "[\"" + CANARY + "\"]",
                "\"" + CANARY + "\"",
                CANARY,
                "{\"digital_ocean_api_key\": \"" + CANARY + "\", \"public_ssh_key\": \"-----BEGIN " + CANARY + "\"}");
    }

    @ParameterizedTest
    @MethodSource("wrongFiles")
    void theTokenNeverAppearsInAnyDiagnostic(String content) {
        Path file = TestFiles.write(dir, "security.json", content);

        String everything;
        try {
            Credentials c = TestProviderTypes.credentials(file, Map.of());
            everything = c.toString();
        } catch (ConfigException e) {
            List<String> texts = new ArrayList<>(List.of(e.getMessage(), e.toString()));
            e.diagnostics().forEach(d -> texts.addAll(List.of(d.format(), d.message(), d.fix(), d.pointer(), d.toString())));
            everything = String.join("\n", texts);
        }

        assertNoFragmentOfTheCanary(everything);
    }

    @Test
    void aValidTokenDoesNotShowInTheCredentials() {
        Path file = TestFiles.write(dir, "security.json",
                "{\"digital_ocean_api_key\": \"" + CANARY + "\", \"public_ssh_key\": \"" + KEY + "\"}");

        Credentials c = TestProviderTypes.credentials(file, Map.of());

        assertThat(TestProviderTypes.token(c).reveal()).isEqualTo(CANARY);
        assertNoFragmentOfTheCanary(c.toString());
    }

    /** No 8 characters in a row of the canary's random part: the shared "dop_v1_" prefix alone is no leak. */
    private static void assertNoFragmentOfTheCanary(String text) {
        String secret = CANARY.substring("dop_v1_".length());
        for (int i = 0; i + 8 <= secret.length(); i++) {
            assertThat(text).as("diagnostics must not contain a fragment of the token")
                    .doesNotContain(secret.substring(i, i + 8));
        }
    }
}
