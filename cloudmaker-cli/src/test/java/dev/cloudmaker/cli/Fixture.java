package dev.cloudmaker.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Random;

/** A definition directory with the seed scenario: two servers, three names, modern slugs. */
final class Fixture {
    static final String CLOUD = """
            {
                "server1" : {
                      "region" : "nyc3"
                    , "size" : "s-1vcpu-1gb"
                    , "image" :  "debian-12-x64"
                    , "backups" : false
                    , "names" : [ "server1.acme.com", "acme.com"]
                }
                ,"server2" : {
                      "region" : "nyc3"
                    , "size" : "s-1vcpu-1gb"
                    , "image" :  "debian-12-x64"
                    , "backups" : false
                    , "names" : [ "server2.acme.com"]
                }
            }
            """;

    private Fixture() {
    }

    static Path write(Path dir, String token) throws IOException {
        Files.writeString(dir.resolve("cloud.json"), CLOUD);
        Files.writeString(dir.resolve("security.json"), "{\n    \"digital_ocean_api_key\" : \"" + token
                + "\"\n    ,\"public_ssh_key\" : \"" + publicKey(7) + " fredy@acme.com\"\n}\n");
        return dir;
    }

    /** A well-formed ssh-ed25519 public key line (random key material, seeded). */
    static String publicKey(long seed) {
        byte[] type = "ssh-ed25519".getBytes(StandardCharsets.US_ASCII);
        byte[] key = new byte[32];
        new Random(seed).nextBytes(key);
        ByteBuffer blob = ByteBuffer.allocate(8 + type.length + key.length);
        blob.putInt(type.length).put(type).putInt(key.length).put(key);
        return "ssh-ed25519 " + Base64.getEncoder().encodeToString(blob.array());
    }
}
