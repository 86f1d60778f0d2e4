package dev.cloudmaker.aws;

import dev.cloudmaker.core.spi.CredentialField;
import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.core.spi.ProviderFactory;
import dev.cloudmaker.core.spi.ProviderSettings;
import dev.cloudmaker.core.spi.SettingSpec;
import java.util.List;

/**
 * {@code "type": "aws"}: one region of an AWS account, EC2 for servers and Route 53 for DNS. Credentials and region
 * are found the AWS way: {@code access_key_id}/{@code secret_access_key} or {@code profile} in security.json, else
 * the SDK's default chain (environment, {@code ~/.aws/credentials} and {@code config}, {@code AWS_PROFILE});
 * {@code region} in cloud.json, else {@code AWS_REGION}/{@code AWS_DEFAULT_REGION}, else the profile's.
 * {@code api_url} (or {@code AWS_ENDPOINT_URL}) points EC2 and Route 53 at one endpoint together, as the emulator serves.
 */
public final class AwsProviderFactory implements ProviderFactory {
    static final String API_URL = "api_url";
    static final String REGION = "region";
    static final String ACCESS_KEY_ID = "access_key_id";
    static final String SECRET_ACCESS_KEY = "secret_access_key";
    static final String SESSION_TOKEN = "session_token";
    static final String PROFILE = "profile";

    @Override
    public String name() {
        return "aws";
    }

    @Override
    public List<SettingSpec> settings() {
        return List.of(
                new SettingSpec(REGION, "the AWS region (us-east-1, eu-central-1; `cloudmaker regions` lists them)",
                        List.of("AWS_REGION", "AWS_DEFAULT_REGION")),
                new SettingSpec(API_URL, "one endpoint for both EC2 and Route 53 (an emulator's URL); default: AWS's own",
                        List.of("AWS_ENDPOINT_URL")));
    }

    @Override
    public List<CredentialField> credentials() {
        return List.of(
                new CredentialField(ACCESS_KEY_ID, "the access key id (default: the SDK's chain: environment, "
                        + "~/.aws/credentials, AWS_PROFILE)", true, false, List.of("AWS_ACCESS_KEY_ID"), null),
                new CredentialField(SECRET_ACCESS_KEY, "the secret access key that goes with access_key_id", true, false,
                        List.of("AWS_SECRET_ACCESS_KEY"), null),
                new CredentialField(SESSION_TOKEN, "the session token of temporary credentials", true, false,
                        List.of("AWS_SESSION_TOKEN"), null),
                new CredentialField(PROFILE, "a profile of ~/.aws/credentials and ~/.aws/config to use instead of keys",
                        false, false, List.of("AWS_PROFILE"), null));
    }

    @Override
    public Provider create(ProviderSettings settings) {
        return new AwsProvider(AwsClients.open(settings), settings.notices());
    }
}
