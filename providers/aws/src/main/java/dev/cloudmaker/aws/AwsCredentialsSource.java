package dev.cloudmaker.aws;

import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.Secret;
import dev.cloudmaker.core.spi.ProviderSettings;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * Where a provider's AWS credentials come from: the keys security.json gives (with a session token for temporary
 * ones), else the profile it names, else the SDK's default chain. The keys are read from {@link Secret}s only when
 * signing, and no message here quotes them.
 */
final class AwsCredentialsSource {
    private AwsCredentialsSource() {
    }

    static AwsCredentialsProvider of(ProviderSettings settings) {
        Optional<String> keyId = field(settings, AwsProviderFactory.ACCESS_KEY_ID);
        Optional<String> secret = field(settings, AwsProviderFactory.SECRET_ACCESS_KEY);
        Optional<String> profile = field(settings, AwsProviderFactory.PROFILE);
        if (keyId.isPresent() != secret.isPresent()) {
            String missing = keyId.isPresent() ? AwsProviderFactory.SECRET_ACCESS_KEY : AwsProviderFactory.ACCESS_KEY_ID;
            throw new CloudmakerException("provider " + settings.name() + " (aws) has only one half of its access key: add \""
                    + missing + "\" to its section of security.json (or " + envOf(missing) + "), or remove both and use "
                    + "\"profile\" or the AWS SDK's default credentials");
        }
        if (keyId.isPresent()) {
            Optional<String> token = field(settings, AwsProviderFactory.SESSION_TOKEN);
            return StaticCredentialsProvider.create(token
                    .<software.amazon.awssdk.auth.credentials.AwsCredentials>map(t -> AwsSessionCredentials.create(keyId.get(), secret.get(), t))
                    .orElseGet(() -> AwsBasicCredentials.create(keyId.get(), secret.get())));
        }
        if (profile.isPresent()) {
            return ProfileCredentialsProvider.builder().profileName(profile.get()).build();
        }
        return DefaultCredentialsProvider.builder().build();
    }

    /** Where the credentials came from, for messages (never the keys themselves). */
    static String describe(ProviderSettings settings) {
        if (field(settings, AwsProviderFactory.ACCESS_KEY_ID).isPresent()) {
            return "access_key_id/secret_access_key (security.json or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY)";
        }
        return field(settings, AwsProviderFactory.PROFILE).map(p -> "profile \"" + p + "\" of ~/.aws/credentials")
                .orElse("the AWS SDK's default credentials (AWS_ACCESS_KEY_ID, AWS_PROFILE, ~/.aws/credentials)");
    }

    private static String envOf(String field) {
        return field.equals(AwsProviderFactory.ACCESS_KEY_ID) ? "AWS_ACCESS_KEY_ID" : "AWS_SECRET_ACCESS_KEY";
    }

    private static Optional<String> field(ProviderSettings settings, String name) {
        return settings.credentials().get(name).map(Secret::reveal).map(String::strip).filter(s -> !s.isEmpty());
    }
}
