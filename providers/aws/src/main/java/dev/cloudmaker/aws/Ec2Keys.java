package dev.cloudmaker.aws;

import dev.cloudmaker.core.ApiException;
import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.model.SshPublicKey;
import dev.cloudmaker.core.spi.CloudKey;
import dev.cloudmaker.core.spi.Keys;
import dev.cloudmaker.core.spi.Named;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.KeyPairInfo;

/**
 * The account's EC2 key pairs in this region. A key's id is its name (what RunInstances' {@code KeyName} takes);
 * cloudmaker imports each public key once under {@link AwsNames}, and finds keys by their public key
 * ({@code IncludePublicKey}), never by fingerprint, whose format differs by key type.
 */
final class Ec2Keys implements Keys {
    private final Ec2Client ec2;

    Ec2Keys(Ec2Client ec2) {
        this.ec2 = ec2;
    }

    @Override
    public Optional<CloudKey> find(SshPublicKey key) {
        return list().stream().filter(k -> k.publicKey() != null && k.holds(key)).findFirst();
    }

    @Override
    public CloudKey create(Named name, SshPublicKey key) {
        String keyName = AwsNames.name(name);
        try {
            AwsErrors.call("EC2 ImportKeyPair", () -> ec2.importKeyPair(r -> r.keyName(keyName)
                    .publicKeyMaterial(SdkBytes.fromUtf8String(key.line()))));
        } catch (ApiException e) {
            if (e.kind() != ApiException.Kind.CONFLICT) {
                throw e;
            }
        }
        CloudKey made = byName(keyName).orElseThrow(() -> new CloudmakerException("key pair " + keyName
                + " was imported but EC2 does not list it"));
        if (made.publicKey() != null && !made.holds(key)) {
            throw new CloudmakerException("EC2 already has a key pair named " + keyName + " holding another key; delete "
                    + "it (`aws ec2 delete-key-pair --key-name " + keyName + "`) or give the key another name");
        }
        return made;
    }

    @Override
    public List<CloudKey> list() {
        return AwsErrors.call("EC2 DescribeKeyPairs", () -> ec2.describeKeyPairs(r -> r.includePublicKey(true)))
                .keyPairs().stream().map(Ec2Keys::key).toList();
    }

    @Override
    public void delete(String keyId) {
        AwsErrors.orEmpty("EC2 DeleteKeyPair", () -> ec2.deleteKeyPair(r -> r.keyName(keyId)));
    }

    private Optional<CloudKey> byName(String keyName) {
        return AwsErrors.orEmpty("EC2 DescribeKeyPairs", () -> ec2.describeKeyPairs(r -> r.keyNames(keyName)
                .includePublicKey(true))).flatMap(r -> r.keyPairs().stream().findFirst()).map(Ec2Keys::key);
    }

    private static CloudKey key(KeyPairInfo k) {
        String publicKey = k.publicKey() == null ? null : k.publicKey().strip();
        return new CloudKey(k.keyName(), k.keyName(), k.keyFingerprint(), publicKey, AwsNames.named(k.keyName()));
    }
}
