package dev.cloudmaker.ssh;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import org.apache.sshd.agent.SshAgent;
import org.apache.sshd.agent.SshAgentFactory;
import org.apache.sshd.agent.SshAgentServer;
import org.apache.sshd.common.FactoryManager;
import org.apache.sshd.common.channel.ChannelFactory;
import org.apache.sshd.common.session.ConnectionService;
import org.apache.sshd.common.session.Session;

/**
 * The client's agent, per login: for a session whose {@link Identity} the ssh-agent holds, a connection to
 * that agent listing only that key; for any other session none, so the agent's other keys are never
 * offered. Agent forwarding to servers is not offered either.
 */
final class IdentityAgentFactory implements SshAgentFactory {
    private final Function<Session, Identity> identityOf;

    IdentityAgentFactory(Function<Session, Identity> identityOf) {
        this.identityOf = identityOf;
    }

    @Override
    public List<ChannelFactory> getChannelForwardingFactories(FactoryManager manager) {
        return List.of();
    }

    @Override
    public SshAgent createClient(Session session, FactoryManager manager) throws IOException {
        Identity identity = identityOf.apply(session);
        return identity == null || !identity.inAgent() ? null
                : new AgentSocket(identity.agentSocket(), identity.publicKeyObject());
    }

    @Override
    public SshAgentServer createServer(ConnectionService service) {
        throw new UnsupportedOperationException("cloudmaker does not forward the ssh-agent");
    }
}
