package dev.cloudmaker.ssh;

import java.io.EOFException;
import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.sshd.agent.common.AbstractAgentProxy;
import org.apache.sshd.common.SshException;
import org.apache.sshd.common.util.buffer.Buffer;
import org.apache.sshd.common.util.buffer.ByteArrayBuffer;

/**
 * A connection to the ssh-agent's socket ({@code SSH_AUTH_SOCK}). MINA's {@link AbstractAgentProxy} speaks
 * the agent protocol; this carries its messages over the JDK's own Unix domain sockets, since MINA's unix
 * agent client needs Tomcat's native APR library. With {@code offered} set it lists only that key, so a
 * login offers the definition's key and none of the others the agent holds.
 */
final class AgentSocket extends AbstractAgentProxy {
    /** The agent's answers are a key list or a signature; anything this long is not an agent talking. */
    private static final int MAX_ANSWER = 256 * 1024;

    private final SocketChannel channel;
    private final PublicKey offered;

    /** @param offered the one key to list, or null for all */
    AgentSocket(Path socket, PublicKey offered) throws IOException {
        super(null);
        this.channel = SocketChannel.open(UnixDomainSocketAddress.of(socket));
        this.offered = offered;
    }

    @Override
    public Iterable<? extends Map.Entry<PublicKey, String>> getIdentities() throws IOException {
        Iterable<? extends Map.Entry<PublicKey, String>> all = super.getIdentities();
        if (offered == null) {
            return all;
        }
        List<Map.Entry<PublicKey, String>> only = new ArrayList<>();
        all.forEach(e -> {
            if (KeyCodec.same(e.getKey(), offered)) {
                only.add(e);
            }
        });
        return only;
    }

    @Override
    protected synchronized Buffer request(Buffer buffer) throws IOException {
        ByteBuffer out = ByteBuffer.wrap(buffer.array(), buffer.rpos(), buffer.available());
        while (out.hasRemaining()) {
            channel.write(out);
        }
        int length = read(4).getInt();
        if (length <= 0 || length > MAX_ANSWER) {
            throw new SshException("the ssh-agent sent an answer of " + length + " bytes");
        }
        return new ByteArrayBuffer(read(length).array());
    }

    private ByteBuffer read(int n) throws IOException {
        ByteBuffer in = ByteBuffer.allocate(n);
        while (in.hasRemaining()) {
            if (channel.read(in) < 0) {
                throw new EOFException("the ssh-agent closed the connection");
            }
        }
        return in.flip();
    }

    @Override
    public boolean isOpen() {
        return channel.isOpen();
    }

    @Override
    public void close() throws IOException {
        try {
            channel.close();
        } finally {
            super.close();
        }
    }
}
