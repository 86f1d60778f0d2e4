package dev.cloudmaker.triton;

import dev.cloudmaker.core.model.Networking;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.ServerStatus;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * A machine as a {@link CloudServer}: its region is the datacenter the provider reaches, its size the package
 * name, its image what the definition asked for (the {@code cloudmaker.image} tag; null for machines made
 * elsewhere). {@code provisioning} is new; {@code stopping} and {@code ready} (mid-reboot) are busy;
 * {@code failed} is {@link ServerStatus#FAILED}, which ends every wait at once.
 */
final class MachineMapper {
    private MachineMapper() {
    }

    static CloudServer toServer(MachineDto m, String datacenter) {
        String state = m.state() == null ? "" : m.state();
        ServerStatus status = switch (state) {
            case "provisioning" -> ServerStatus.NEW;
            case "running", "ready", "stopping" -> ServerStatus.ACTIVE;
            case "stopped" -> ServerStatus.OFF;
            case "failed" -> ServerStatus.FAILED;
            case "deleted" -> ServerStatus.ARCHIVED;
            default -> ServerStatus.UNKNOWN;
        };
        boolean busy = state.equals("stopping") || state.equals("ready");
        return new CloudServer(m.id(), m.name(), datacenter, m.pkg(), TritonTags.image(m.tags()), status, busy, false,
                TritonTags.shown(m.tags()), TritonTags.namespace(m.tags()), TritonTags.poweredOffForResize(m.tags()),
                networking(m), created(m.created()), null);
    }

    /** The primary NIC's address is the public one (CloudAPI's {@code primaryIp}); the first other one is private. */
    private static Networking networking(MachineDto m) {
        String publicIp = m.nics().stream().filter(MachineDto.NicDto::primary).map(MachineDto.NicDto::ip).findFirst()
                .orElse(m.primaryIp());
        String privateIp = m.nics().stream().filter(n -> !n.primary()).map(MachineDto.NicDto::ip).findFirst().orElse(null);
        return publicIp == null && privateIp == null ? Networking.NONE : new Networking(publicIp, null, privateIp);
    }

    private static Instant created(String iso) {
        try {
            return iso == null ? null : Instant.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
