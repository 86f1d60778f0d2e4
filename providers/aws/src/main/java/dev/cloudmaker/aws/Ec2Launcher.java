package dev.cloudmaker.aws;

import dev.cloudmaker.core.ApiException;
import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.spi.Firewall;
import dev.cloudmaker.core.spi.ServerRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.RunInstancesRequest;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;

/**
 * One RunInstances per server: the image resolved to its AMI, the security group of the server's namespace and role
 * (its {@link Firewall}), the key pair, the
 * first boot's user data (base64, as the API wants it from SDK callers), the tags in {@code TagSpecifications} so
 * they are there from the first moment, and the request's idempotency key as {@code ClientToken}: sending the same
 * launch again (after a lost answer, even from the next run) gives back the same instance instead of a second one.
 */
final class Ec2Launcher {
    private final Ec2Client ec2;
    private final Ec2Catalog catalog;
    private final SecurityGroups groups;

    Ec2Launcher(Ec2Client ec2, Ec2Catalog catalog, SecurityGroups groups) {
        this.ec2 = ec2;
        this.catalog = catalog;
        this.groups = groups;
    }

    Instance launch(ServerRequest request) {
        String ami = catalog.amiOf(request.image());
        Firewall firewall = request.firewall() == null ? Firewall.SSH_ONLY : request.firewall();
        String group = groups.ensure(request.namespace(), firewall.role(), firewall.ports());
        RunInstancesRequest run = request(request, ami, group, !catalog.isOwnAmi(request.image()));
        try {
            return AwsErrors.call("EC2 RunInstances", () -> ec2.runInstances(run)).instances().getFirst();
        } catch (ApiException e) {
            if ("IdempotentParameterMismatch".equals(e.errorId())) {
                throw new CloudmakerException("server " + request.name() + ": EC2 has a launch with this server's client "
                        + "token but other parameters (the definition changed while an earlier create was pending); run "
                        + "`cloudmaker provision` again once it is listed, or `recreate " + request.name() + "`", e);
            }
            throw e;
        }
    }

    static RunInstancesRequest request(ServerRequest request, String ami, String securityGroupId) {
        return request(request, ami, securityGroupId, true);
    }

    /**
     * {@code tagImage}: false for a launch from one of the account's own AMIs (a snapshot), which, as on other clouds,
     * reports no image, so the definition's image is not drift after {@code recreate --from}.
     */
    static RunInstancesRequest request(ServerRequest request, String ami, String securityGroupId, boolean tagImage) {
        RunInstancesRequest.Builder run = RunInstancesRequest.builder().imageId(ami).instanceType(request.size())
                .minCount(1).maxCount(1).securityGroupIds(securityGroupId)
                .tagSpecifications(TagSpecification.builder().resourceType(ResourceType.INSTANCE)
                        .tags(tags(request, tagImage)).build());
        // without a key (a library user's create), one token for this call still makes the SDK's own retries safe
        run.clientToken(request.idempotencyKey() != null ? request.idempotencyKey() : UUID.randomUUID().toString());
        if (!request.keyIds().isEmpty()) {
            run.keyName(request.keyIds().getFirst());
        }
        if (request.userData() != null) {
            run.userData(Base64.getEncoder().encodeToString(request.userData().getBytes(StandardCharsets.UTF_8)));
        }
        if (request.ipv6()) {
            run.ipv6AddressCount(1);
        }
        return run.build();
    }

    /** {@code Name}, the namespace, the image as asked for, then the user's tags (none spelling a mark). */
    static List<Tag> tags(ServerRequest request, boolean tagImage) {
        List<Tag> tags = new ArrayList<>();
        tags.add(Ec2Tags.tag(Ec2Tags.NAME, request.name()));
        if (request.namespace() != null) {
            tags.add(Ec2Tags.tag(Ec2Tags.NAMESPACE, request.namespace()));
        }
        if (tagImage) {
            tags.add(Ec2Tags.tag(Ec2Tags.IMAGE, request.image()));
        }
        request.tags().stream().filter(Ec2Tags::isUserTag).map(Ec2Tags::user).forEach(tags::add);
        return tags;
    }
}
