package dev.cloudmaker.emulator.aws;

import dev.cloudmaker.core.model.SshPublicKey;
import dev.cloudmaker.emulator.kit.http.ActionRouter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** ImportKeyPair (base64 OpenSSH material, RSA or Ed25519), DescribeKeyPairs and DeleteKeyPair, per region. */
final class KeyPairHandler {

    void register(ActionRouter<Ec2Action> router) {
        router.add("ImportKeyPair", "ImportKeyPair", this::importKey);
        router.add("DescribeKeyPairs", "DescribeKeyPairs", this::describe);
        router.add("DeleteKeyPair", "DeleteKeyPair", this::delete);
    }

    private Xml importKey(Ec2Request r) {
        String name = r.params().required("KeyName");
        String material = r.params().required("PublicKeyMaterial");
        if (r.region().keyPairs.containsKey(name)) {
            throw Ec2Error.invalid("InvalidKeyPair.Duplicate", "The keypair '" + name + "' already exists.");
        }
        SshPublicKey key;
        try {
            key = SshPublicKey.parse(new String(Base64.getMimeDecoder().decode(material), StandardCharsets.UTF_8).trim());
        } catch (IllegalArgumentException e) {
            throw Ec2Error.invalid("InvalidKeyPair.Format", "Key is not in valid OpenSSH public key format");
        }
        if (!key.type().equals("ssh-rsa") && !key.type().equals("ssh-ed25519")) {
            throw Ec2Error.invalid("InvalidKeyPair.Format", "Key is not in valid OpenSSH public key format");
        }
        KeyPair pair = new KeyPair(r.state().next("key"), name, KeyFingerprints.type(key), KeyFingerprints.of(key),
                key.line(), r.now());
        r.region().keyPairs.put(name, pair);
        Map<String, String> tags = r.params().tagsFor("key-pair");
        if (!tags.isEmpty()) {
            r.region().tags.put(pair.id(), new LinkedHashMap<>(tags));
        }
        Xml xml = r.reply().leaf("keyFingerprint", pair.fingerprint()).leaf("keyName", name).leaf("keyPairId", pair.id());
        TagXml.write(xml, r.region().tagsOf(pair.id()));
        return xml;
    }

    private Xml describe(Ec2Request r) {
        Ec2Region region = r.region();
        List<String> names = r.params().list("KeyName");
        List<String> ids = r.params().list("KeyPairId");
        List<KeyPair> shown = new ArrayList<>();
        for (String name : names) {
            KeyPair k = region.keyPairs.get(name);
            if (k == null) {
                throw Ec2Error.invalid("InvalidKeyPair.NotFound", "The key pair '" + name + "' does not exist");
            }
            shown.add(k);
        }
        for (String id : ids) {
            shown.add(region.keyPairs.values().stream().filter(k -> k.id().equals(id)).findFirst().orElseThrow(
                    () -> Ec2Error.invalid("InvalidKeyPair.NotFound", "The key pair '" + id + "' does not exist")));
        }
        if (names.isEmpty() && ids.isEmpty()) {
            shown.addAll(region.keyPairs.values());
        }
        List<Filter> filters = r.params().filters();
        boolean withPublic = r.params().bool("IncludePublicKey");
        Xml xml = r.reply().open("keySet");
        for (KeyPair k : shown) {
            if (!Filter.all(filters, f -> values(k, f, region))) {
                continue;
            }
            xml.open("item").leaf("keyPairId", k.id()).leaf("keyFingerprint", k.fingerprint()).leaf("keyName", k.name())
                    .leaf("keyType", k.type());
            TagXml.write(xml, region.tagsOf(k.id()));
            if (withPublic) {
                xml.leaf("publicKey", k.publicKey());
            }
            xml.leaf("createTime", Times.iso(k.created())).close();
        }
        return xml.close();
    }

    private static Collection<String> values(KeyPair k, String filter, Ec2Region region) {
        Map<String, String> tags = region.tagsOf(k.id());
        if (filter.startsWith("tag:")) {
            String v = tags.get(filter.substring(4));
            return v == null ? List.of() : List.of(v);
        }
        return switch (filter) {
            case "key-name" -> List.of(k.name());
            case "key-pair-id" -> List.of(k.id());
            case "fingerprint" -> List.of(k.fingerprint());
            case "key-type" -> List.of(k.type());
            case "tag-key" -> tags.keySet();
            default -> null;
        };
    }

    /** Deleting a key that does not exist succeeds, as on EC2. */
    private Xml delete(Ec2Request r) {
        String name = r.params().string("KeyName");
        String id = r.params().string("KeyPairId");
        if (name == null && id == null) {
            throw Ec2Error.missing("KeyName");
        }
        r.region().keyPairs.values().removeIf(k -> {
            boolean match = k.name().equals(name) || k.id().equals(id);
            if (match) {
                r.region().tags.remove(k.id());
            }
            return match;
        });
        return r.ok();
    }
}
