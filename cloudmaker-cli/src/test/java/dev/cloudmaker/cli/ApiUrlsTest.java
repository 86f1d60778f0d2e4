package dev.cloudmaker.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiUrlsTest {
    @Test
    void aBareUrlIsTheOnlyProvidersAndNamedOnesGoToTheirProvider() {
        assertThat(ApiUrls.parse(List.of("http://127.0.0.1:8080"), List.of("digitalocean")))
                .containsEntry("digitalocean", URI.create("http://127.0.0.1:8080"));
        assertThat(ApiUrls.parse(List.of("nyc=http://127.0.0.1:1", "ams=https://api.example.com/v2"), List.of("nyc", "ams")))
                .containsEntry("nyc", URI.create("http://127.0.0.1:1"))
                .containsEntry("ams", URI.create("https://api.example.com/v2"));
    }

    @Test
    void aBareUrlWithSeveralProvidersOrAnUnknownProviderSaysWhatToWrite() {
        assertThatThrownBy(() -> ApiUrls.parse(List.of("http://127.0.0.1:1"), List.of("nyc", "ams")))
                .isInstanceOf(UsageException.class).hasMessageContaining("--api-url PROVIDER=URL, like --api-url nyc=http://127.0.0.1:1");
        assertThatThrownBy(() -> ApiUrls.parse(List.of("sfo=http://127.0.0.1:1"), List.of("nyc", "ams")))
                .isInstanceOf(UsageException.class).hasMessageContaining("no provider \"sfo\"; it has nyc, ams");
        assertThatThrownBy(() -> ApiUrls.parse(List.of("nyc=not a url"), List.of("nyc")))
                .isInstanceOf(UsageException.class).hasMessageContaining("is not a URL");
    }
}
