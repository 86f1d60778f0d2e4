package dev.cloudmaker.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code --api-url} values: {@code URL} when the definition has one provider, else
 * {@code PROVIDER=URL} for each provider to point elsewhere (an emulator, a private endpoint).
 */
final class ApiUrls {
    private ApiUrls() {
    }

    /** Provider name → URL; a bad value or an unknown provider is a usage error that says what to write. */
    static Map<String, URI> parse(List<String> values, Collection<String> providers) {
        Map<String, URI> out = new LinkedHashMap<>();
        for (String value : values) {
            int eq = value.indexOf('=');
            boolean named = eq > 0 && !value.substring(0, eq).contains(":");
            String provider = named ? value.substring(0, eq) : null;
            String url = named ? value.substring(eq + 1) : value;
            if (provider == null) {
                if (providers.size() != 1) {
                    throw new UsageException("--api-url " + value + ": the definition has the providers "
                            + String.join(", ", providers) + "; write --api-url PROVIDER=URL, like --api-url "
                            + providers.iterator().next() + "=" + url);
                }
                provider = providers.iterator().next();
            } else if (!providers.contains(provider)) {
                throw new UsageException("--api-url " + value + ": the definition has no provider \"" + provider
                        + "\"; it has " + String.join(", ", providers));
            }
            out.put(provider, uri(value, url));
        }
        return out;
    }

    private static URI uri(String value, String url) {
        try {
            URI uri = new URI(url);
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new URISyntaxException(url, "no scheme or host");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new UsageException("--api-url " + value + ": \"" + url + "\" is not a URL; write it like https://api.example.com");
        }
    }
}
