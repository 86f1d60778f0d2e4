package dev.cloudmaker.cli.command;

import dev.cloudmaker.cli.Session;
import dev.cloudmaker.core.config.CloudJsonWriteBack;
import dev.cloudmaker.core.model.Networking;
import dev.cloudmaker.core.spi.CloudServer;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * After a power-on outside the engine (start, image, resize): cloud.json's networking of the servers cloud.json declares
 * follows their addresses as provision writes it, since some clouds (EC2) give a started server a new one. Unchanged
 * addresses leave the file untouched.
 */
final class NetworkingWriteBack {
    private NetworkingWriteBack() {
    }

    /** @param running the servers as read once they ran again */
    static void after(Session session, Collection<CloudServer> running) {
        if (!session.hasDefinition()) {
            return;
        }
        Map<String, Networking> byServer = new LinkedHashMap<>();
        running.stream().filter(s -> session.definition().server(s.name()).isPresent() && !s.networking().isEmpty())
                .forEach(s -> byServer.put(s.name(), s.networking()));
        if (byServer.isEmpty()) {
            return;
        }
        try {
            CloudJsonWriteBack.write(session.definition().file(), session.definition(), byServer);
        } catch (RuntimeException e) {
            // the servers run; the next provision writes the addresses
            session.err().println(session.style().warn("warning: ") + session.definition().file().getFileName()
                    + ": the new addresses could not be written: " + e.getMessage() + "; the next provision writes them");
        }
    }
}
