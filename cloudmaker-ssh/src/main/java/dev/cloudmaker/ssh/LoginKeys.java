package dev.cloudmaker.ssh;

import dev.cloudmaker.core.config.Diagnostic;
import dev.cloudmaker.core.model.SshPublicKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the private half of the definition's key is, in the three places people keep it: the ssh-agent
 * ({@code SSH_AUTH_SOCK}), the file security.json names ({@code private_ssh_key_file}), or beside its
 * public half in {@code ~/.ssh}. Nothing is read until asked, so commands that only talk to the cloud
 * never need the private key.
 */
public final class LoginKeys {
    /** The environment variable naming the ssh-agent's socket. */
    public static final String AGENT_SOCKET_ENV = "SSH_AUTH_SOCK";

    private final SshPublicKey key;
    private final Path configuredFile;
    private final Path sshDir;
    private final Path agentSocket;
    private final PassphrasePrompt prompt;

    /**
     * @param configuredFile the private key file security.json names, or null
     * @param agentSocket    the ssh-agent's socket, or null when none is set
     */
    public LoginKeys(SshPublicKey key, Path configuredFile, Path sshDir, Path agentSocket, PassphrasePrompt prompt) {
        this.key = key;
        this.configuredFile = configuredFile;
        this.sshDir = sshDir;
        this.agentSocket = agentSocket;
        this.prompt = prompt;
    }

    /** The agent's socket from the environment, null when unset or blank. */
    public static Path agentSocket(Map<String, String> env) {
        String socket = env.get(AGENT_SOCKET_ENV);
        return socket == null || socket.isBlank() ? null : Path.of(socket);
    }

    /**
     * Every key the ssh-agent on {@code socket} holds, in the agent's order; none when there is no agent there or it
     * cannot be asked. For callers that pick a key by fingerprint, as Triton's request signing does.
     */
    public static List<Identity> agentIdentities(Path socket) {
        if (socket == null || !Files.exists(socket)) {
            return List.of();
        }
        List<Identity> held = new ArrayList<>();
        try (AgentSocket agent = new AgentSocket(socket, null)) {
            agent.getIdentities().forEach(e -> held.add(Identity.inAgent(socket, e.getKey())));
        } catch (IOException | RuntimeException e) {
            return List.of(); // an agent that cannot be asked holds nothing cloudmaker can use
        }
        return held;
    }

    /**
     * The key to log in with: the agent's when it holds it (no passphrase needed), else the private key
     * file, decrypted in memory after asking for its passphrase when it has one.
     *
     * @throws NoLoginKeyException when there is none, saying the three ways to give it
     * @throws dev.cloudmaker.core.ConfigException when a key file is there but cannot be used
     */
    public Identity identity() {
        Optional<Identity> agent = fromAgent();
        if (agent.isPresent()) {
            return agent.get();
        }
        return privateKeyFile().map(file -> IdentityFiles.load(file, prompt).requireMatches(key)).orElseThrow(this::none);
    }

    /**
     * The private key file, not read beyond its {@code .pub}: the one security.json names, else the one
     * in {@code ~/.ssh} that belongs to the key. For the system's ssh and for inventories.
     */
    public Optional<Path> privateKeyFile() {
        return configuredFile != null ? Optional.of(configuredFile) : IdentityFiles.locate(key, sshDir);
    }

    /** Whether the ssh-agent holds the key. */
    public boolean agentHolds() {
        return fromAgent().isPresent();
    }

    private Optional<Identity> fromAgent() {
        if (agentSocket == null || !Files.exists(agentSocket)) {
            return Optional.empty();
        }
        try {
            PublicKey wanted = KeyCodec.publicKey(key.line());
            try (AgentSocket agent = new AgentSocket(agentSocket, wanted)) {
                return agent.getIdentities().iterator().hasNext()
                        ? Optional.of(Identity.inAgent(agentSocket, wanted)) : Optional.empty();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // an agent that cannot be asked is one that does not hold the key; the message says where it was looked for
        }
    }

    private NoLoginKeyException none() {
        String agent = agentSocket == null ? "no ssh-agent is set (" + AGENT_SOCKET_ENV + ")"
                : "the ssh-agent at " + agentSocket + " does not hold it";
        return new NoLoginKeyException(Diagnostic.ofFile(sshDir,
                "no private key for security.json's public_ssh_key (" + key.type() + ", MD5 " + key.md5Fingerprint()
                        + ") is here: " + agent + ", security.json names no " + "private_ssh_key_file"
                        + ", and none of " + String.join(", ", IdentityFiles.DEFAULT_NAMES) + " belongs to it",
                "give cloudmaker the private key in one of three ways: put it beside its public half in " + sshDir
                        + " (as " + IdentityFiles.DEFAULT_NAMES.getFirst() + "), set \"private_ssh_key_file\" in security.json to its path,"
                        + " or load it into your ssh-agent with `ssh-add` (SSH_AUTH_SOCK set)"));
    }
}
