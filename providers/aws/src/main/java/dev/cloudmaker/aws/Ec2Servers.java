package dev.cloudmaker.aws;

import dev.cloudmaker.core.ApiException;
import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.Mark;
import dev.cloudmaker.core.spi.PowerAction;
import dev.cloudmaker.core.spi.ServerRequest;
import dev.cloudmaker.core.spi.ServerStatus;
import dev.cloudmaker.core.spi.Servers;
import dev.cloudmaker.core.time.Waiter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.AttributeValue;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.Tag;

/**
 * EC2 instances of one region. Live ones are those pending, running, stopping or stopped: terminated instances
 * linger in listings for about an hour and are never seen here. Power changes wait out {@code pending} and
 * {@code stopping} first (EC2 refuses them with {@code IncorrectInstanceState}); a resize stops the instance and
 * changes its type (ModifyInstanceAttribute), leaving the start to the engine.
 */
final class Ec2Servers implements Servers {
    static final Duration TERMINATE_TIMEOUT = Duration.ofMinutes(5);
    /** Instance ids per TerminateInstances and per {@code instance-id} filter: EC2 takes up to 200 filter values. */
    static final int IDS_PER_CALL = 200;
    static final Filter LIVE = Ec2Catalog.filter("instance-state-name", "pending", "running", "stopping", "stopped");

    private final Ec2Client ec2;
    private final String region;
    private final Ec2Launcher launcher;
    private final Coalescer<String, Boolean> terminations = new Coalescer<>(this::terminate);
    private final TerminationWatch terminated = new TerminationWatch(this::liveAmong);

    Ec2Servers(Ec2Client ec2, String region, Ec2Launcher launcher) {
        this.ec2 = ec2;
        this.region = region;
        this.launcher = launcher;
    }

    @Override
    public List<CloudServer> list(String namespace) {
        return describe(LIVE, Ec2Catalog.filter("tag:" + Ec2Tags.NAMESPACE, namespace));
    }

    @Override
    public List<CloudServer> listAll() {
        return describe(LIVE);
    }

    private List<CloudServer> describe(Filter... filters) {
        return AwsErrors.call("EC2 DescribeInstances", () -> ec2.describeInstancesPaginator(r -> r.filters(filters))
                .reservations().stream().flatMap(r -> r.instances().stream()).map(this::server).toList());
    }

    /** A terminated (or terminating) instance is none; an id that is no {@code i-…} is asked nothing. */
    @Override
    public Optional<CloudServer> get(String serverId) {
        return instance(serverId).map(this::server)
                .filter(s -> s.status() != ServerStatus.ARCHIVED);
    }

    private Optional<Instance> instance(String serverId) {
        if (!isInstanceId(serverId)) {
            return Optional.empty();
        }
        return AwsErrors.orEmpty("EC2 DescribeInstances", () -> ec2.describeInstances(r -> r.instanceIds(serverId)))
                .flatMap(r -> r.reservations().stream().flatMap(res -> res.instances().stream()).findFirst());
    }

    @Override
    public CloudServer create(ServerRequest request) {
        if (request.region() != null && !request.region().isBlank() && !request.region().equals(region)) {
            throw new CloudmakerException("server " + request.name() + " asks for region " + request.region()
                    + ", but this aws provider works in " + region + "; set the provider's \"region\" to "
                    + request.region() + ", or declare another aws provider for that region");
        }
        return server(launcher.launch(request));
    }

    /**
     * TerminateInstances, then the instance read until it is gone (bounded); terminating twice is fine. Deletes made at
     * the same time share their calls: one TerminateInstances for those asked together ({@link Coalescer}) and one
     * DescribeInstances per poll for all the waits ({@link TerminationWatch}), so destroying many servers costs calls
     * that grow with pages, not servers.
     */
    @Override
    public void delete(String serverId) {
        if (!isInstanceId(serverId)) {
            return;
        }
        terminations.get(serverId);
        terminated.awaitGone(serverId, TERMINATE_TIMEOUT);
    }

    /** One TerminateInstances per {@link #IDS_PER_CALL}; if one of them is gone already, each is asked alone. */
    private Map<String, Boolean> terminate(Set<String> ids) {
        for (List<String> chunk : chunks(ids)) {
            try {
                AwsErrors.call("EC2 TerminateInstances", () -> ec2.terminateInstances(r -> r.instanceIds(chunk)));
            } catch (ApiException e) {
                if (!e.isNotFound()) {
                    throw e;
                }
                if (chunk.size() > 1) {
                    chunk.forEach(id -> AwsErrors.orEmpty("EC2 TerminateInstances",
                            () -> ec2.terminateInstances(r -> r.instanceIds(id))));
                }
            }
        }
        return Map.of();
    }

    /**
     * The live instances among {@code ids}, listed with an {@code instance-id} filter: unlike {@code InstanceIds}, a
     * filter does not fail the whole call when one of them is long gone.
     */
    private Map<String, CloudServer> liveAmong(Set<String> ids) {
        Map<String, CloudServer> live = new HashMap<>();
        for (List<String> chunk : chunks(ids)) {
            describe(Ec2Catalog.filter("instance-id", chunk.toArray(String[]::new))).stream()
                    .filter(s -> s.status() != ServerStatus.ARCHIVED).forEach(s -> live.put(s.id(), s));
        }
        return live;
    }

    private static List<List<String>> chunks(Set<String> ids) {
        List<String> all = List.copyOf(ids);
        List<List<String>> out = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IDS_PER_CALL) {
            out.add(all.subList(from, Math.min(all.size(), from + IDS_PER_CALL)));
        }
        return out;
    }

    @Override
    public void power(String serverId, PowerAction action, Duration timeout) {
        CloudServer now = settled(serverId, timeout);
        switch (action) {
            case START -> {
                if (now.status() != ServerStatus.ACTIVE) {
                    AwsErrors.call("EC2 StartInstances", () -> ec2.startInstances(r -> r.instanceIds(serverId)));
                }
            }
            case STOP -> {
                if (now.status() != ServerStatus.OFF) {
                    AwsErrors.call("EC2 StopInstances", () -> ec2.stopInstances(r -> r.instanceIds(serverId)));
                }
            }
            case REBOOT -> {
                if (now.status() == ServerStatus.OFF) {
                    AwsErrors.call("EC2 StartInstances", () -> ec2.startInstances(r -> r.instanceIds(serverId)));
                } else {
                    AwsErrors.call("EC2 RebootInstances", () -> ec2.rebootInstances(r -> r.instanceIds(serverId)));
                }
            }
        }
    }

    /** Stops the instance if it runs, changes its type, and waits until EC2 reports the new type. */
    @Override
    public void resize(String serverId, String size, Duration timeout) {
        CloudServer now = settled(serverId, timeout);
        if (size.equals(now.size())) {
            return;
        }
        if (now.status() != ServerStatus.OFF) {
            AwsErrors.call("EC2 StopInstances", () -> ec2.stopInstances(r -> r.instanceIds(serverId)));
            Waiter.waitingFor("instance " + serverId + " to stop for its resize", timeout)
                    .polling(Duration.ofMillis(200), Duration.ofSeconds(5))
                    .until(() -> existing(serverId), s -> s.status() == ServerStatus.OFF, CloudServer::describeState);
        }
        AwsErrors.call("EC2 ModifyInstanceAttribute", () -> ec2.modifyInstanceAttribute(r -> r.instanceId(serverId)
                .instanceType(AttributeValue.builder().value(size).build())));
        Waiter.waitingFor("instance " + serverId + " to have type " + size, timeout)
                .polling(Duration.ofMillis(200), Duration.ofSeconds(5))
                .until(() -> existing(serverId), s -> size.equals(s.size()), CloudServer::failure, s -> "type " + s.size());
    }

    @Override
    public void mark(String serverId, Mark mark, boolean on) {
        Tag tag = Ec2Tags.of(mark);
        if (on) {
            AwsErrors.call("EC2 CreateTags", () -> ec2.createTags(r -> r.resources(serverId).tags(tag)));
        } else {
            Tag key = Tag.builder().key(tag.key()).build();
            AwsErrors.orEmpty("EC2 DeleteTags", () -> ec2.deleteTags(r -> r.resources(serverId).tags(key)));
        }
    }

    /** The instance once it is neither pending nor stopping (EC2 refuses power changes in between). */
    private CloudServer settled(String serverId, Duration timeout) {
        return Waiter.waitingFor("instance " + serverId + " to finish its current change", timeout)
                .polling(Duration.ofMillis(200), Duration.ofSeconds(5))
                .until(() -> existing(serverId), s -> s.status() != ServerStatus.NEW && !s.locked(), CloudServer::failure,
                        CloudServer::describeState);
    }

    private CloudServer existing(String serverId) {
        return get(serverId).orElseThrow(() -> new ApiException("no instance " + serverId + " in " + region
                + " (it was terminated, or never existed)", ApiException.Kind.NOT_FOUND, 400,
                "InvalidInstanceID.NotFound", null, false, null));
    }

    private CloudServer server(Instance i) {
        return InstanceMapper.toServer(i, region);
    }

    /** How many deletes have asked for their TerminateInstances and not had it yet, for tests that line them up. */
    int terminationsWaiting() {
        return terminations.waiting();
    }

    static boolean isInstanceId(String id) {
        return id != null && id.matches("i-[0-9a-f]{8,17}");
    }
}
