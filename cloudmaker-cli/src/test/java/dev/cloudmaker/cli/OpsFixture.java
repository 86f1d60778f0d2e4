package dev.cloudmaker.cli;

import dev.cloudmaker.ssh.Identity;
import dev.cloudmaker.ssh.IdentityFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A DigitalOcean definition with roles, for the commands that pick servers by role: web1 and web2 play web, db1 plays db. */
final class OpsFixture {
    static final String CLOUD = """
            {
                "namespace": "ops"
              , "defaults": { "region": "nyc3", "size": "s-1vcpu-1gb", "image": "debian-12-x64" }
              , "roles": { "web": { "ports": [80] }, "db": { "ports": ["5432/tcp"] } }
              , "servers": {
                    "web1": { "role": "web" }
                  , "web2": { "role": "web" }
                  , "db1": { "role": "db" }
                }
            }
            """;

    private OpsFixture() {
    }

    static Path write(Path dir) throws IOException {
        Files.writeString(dir.resolve("cloud.json"), CLOUD);
        Identity key = IdentityFiles.generate(dir.resolve("id_ops"));
        Files.writeString(dir.resolve("security.json"), "{\"digital_ocean_api_key\": \"dop_v1_ops\", \"public_ssh_key\": \""
                + key.publicKey().line() + "\", \"private_ssh_key_file\": \"" + key.file().orElseThrow() + "\"}\n");
        Files.setPosixFilePermissions(dir.resolve("security.json"), java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        return dir;
    }
}
