package dev.cloudmaker.triton;

import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.Secret;
import dev.cloudmaker.core.http.HttpSignatureAuth;
import dev.cloudmaker.core.http.JsonApiClient;
import dev.cloudmaker.core.http.RateLimitSignals;
import dev.cloudmaker.core.http.RequestPacer;
import dev.cloudmaker.core.http.RetrySettings;
import dev.cloudmaker.core.spi.CredentialField;
import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.core.spi.ProviderFactory;
import dev.cloudmaker.core.spi.ProviderSettings;
import dev.cloudmaker.core.spi.SettingSpec;
import dev.cloudmaker.core.spi.SigningKey;
import dev.cloudmaker.core.time.Sleeper;
import dev.cloudmaker.ssh.LoginKeys;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * {@code "type": "triton"}: one datacenter's CloudAPI ({@code url}) and an {@code account}, with requests signed by
 * the account's SSH key ({@code key_id}, the private key from {@code private_key_file}, the ssh-agent or {@code ~/.ssh}). Names the
 * environment variables node-triton reads. Triton has no DNS records: names go to another provider, or to CNS.
 */
public final class TritonProviderFactory implements ProviderFactory {
    static final String URL = "url";
    static final String ACCOUNT = "account";
    static final String KEY_ID = "key_id";
    static final String PRIVATE_KEY_FILE = "private_key_file";
    /** CloudAPI throttles per account without saying its quota; stay well under restify's usual limits. */
    static final int REQUESTS_PER_MINUTE = 480;

    @Override
    public String name() {
        return "triton";
    }

    @Override
    public List<SettingSpec> settings() {
        return List.of(
                new SettingSpec(URL, "the datacenter's CloudAPI URL (a region is a datacenter; `cloudmaker regions` lists them)",
                        List.of("TRITON_URL", "SDC_URL")),
                new SettingSpec(ACCOUNT, "the account's login", List.of("TRITON_ACCOUNT", "SDC_ACCOUNT")));
    }

    @Override
    public List<SettingSpec> serverOptions() {
        return List.of(new SettingSpec(CnsServices.OPTION, "Triton CNS service names for the server (the "
                + CnsServices.TAG + " tag): svc[:port][,svc2...], named <svc>.svc.<account>.<zone> once CNS is enabled",
                List.of()));
    }

    @Override
    public List<CredentialField> credentials() {
        return List.of(
                new CredentialField(KEY_ID, "the fingerprint (MD5 or SHA256) of the account's SSH key that signs requests",
                        false, true, List.of("TRITON_KEY_ID", "SDC_KEY_ID"), null),
                new CredentialField(PRIVATE_KEY_FILE, "the private key file of key_id (default: the ssh-agent's key "
                        + "with that fingerprint, else the key in ~/.ssh whose .pub has it)", false, false, List.of(), null));
    }

    @Override
    public String endpointSetting() {
        return URL;
    }

    @Override
    public boolean offersDns() {
        return false;
    }

    @Override
    public Optional<String> dnsAlternative() {
        return Optional.of("Triton's CloudAPI has no DNS records; Triton CNS names machines itself instead "
                + "(<name>.inst.<account>.<zone>, and <service>.svc.<account>.<zone> for machines tagged "
                + "triton.cns.services=<service>, which the server option \"options\": {\"cns_services\": \"<service>\"} "
                + "sets, once CNS is enabled for the account): use those names instead of \"names\", or point "
                + "\"dns\" at a provider with DNS records");
    }

    @Override
    public Provider create(ProviderSettings settings) {
        return create(settings, pacer(Clock.systemUTC(), Sleeper.SYSTEM), RetrySettings.defaults());
    }

    static Provider create(ProviderSettings settings, RequestPacer pacer, RetrySettings retry) {
        URI url = settings.url(URL, null);
        String account = settings.setting(ACCOUNT, null);
        if (url == null || account == null || account.isBlank()) {
            throw new CloudmakerException("provider " + settings.name() + " (triton) needs \"url\" (the datacenter's "
                    + "CloudAPI URL) and \"account\" (your login), in cloud.json or as TRITON_URL and TRITON_ACCOUNT");
        }
        String keyId = settings.credentials().get(KEY_ID).map(Secret::reveal).filter(s -> !s.isBlank())
                .orElseThrow(() -> new CloudmakerException("provider " + settings.name() + " (triton) has no key_id: give "
                        + "the fingerprint of your account's SSH key in security.json or TRITON_KEY_ID"));
        Optional<Path> keyFile = settings.credentials().get(PRIVATE_KEY_FILE).map(Secret::reveal)
                .filter(s -> !s.isBlank()).map(f -> home(settings, f));
        SigningKey key = TritonSigningKeys.locate(account, keyId, keyFile, home(settings, "~/.ssh"),
                LoginKeys.agentSocket(settings.env()));
        return new TritonProvider(client(url, key, settings.requestTimeout(), pacer, retry, Clock.systemUTC()), account,
                Clock.systemUTC());
    }

    /** CloudAPI's client: signed with {@code key}, {@code Accept-Version} as node-triton, {@code Retry-After} only. */
    static JsonApiClient client(URI url, SigningKey key, Duration requestTimeout, RequestPacer pacer, RetrySettings retry,
                                Clock clock) {
        return new JsonApiClient(url, new CloudApiVersion(new HttpSignatureAuth(key, clock)), requestTimeout, pacer,
                new TritonErrors(key.keyId()), RateLimitSignals.retryAfterOnly(), retry, clock);
    }

    static RequestPacer pacer(Clock clock, Sleeper sleeper) {
        return new RequestPacer(List.of(new RequestPacer.Limit(REQUESTS_PER_MINUTE, Duration.ofMinutes(1))), clock, sleeper);
    }

    /** {@code ~/x} under the home the settings' environment gives (else this process's). */
    private static Path home(ProviderSettings settings, String path) {
        if (!path.startsWith("~/")) {
            return Path.of(path);
        }
        String home = settings.env().getOrDefault("HOME", System.getProperty("user.home"));
        return Path.of(home).resolve(path.substring(2));
    }
}
