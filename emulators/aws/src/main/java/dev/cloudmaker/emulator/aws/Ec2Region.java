package dev.cloudmaker.emulator.aws;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One region of the emulated account, as EC2 keeps regions apart: instances, client tokens, key pairs, security
 * groups, own images, the default VPC with a default subnet per zone, and tags by resource id.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
final class Ec2Region {
    String name;
    Map<String, Instance> instances = new LinkedHashMap<>();
    Map<String, ClientTokenUse> clientTokens = new LinkedHashMap<>();
    Map<String, KeyPair> keyPairs = new LinkedHashMap<>();
    Map<String, SecurityGroup> groups = new LinkedHashMap<>();
    Map<String, Image> images = new LinkedHashMap<>();
    List<Vpc> vpcs = new ArrayList<>();
    List<Subnet> subnets = new ArrayList<>();
    Map<String, Map<String, String>> tags = new LinkedHashMap<>();

    Ec2Region() {
    }

    /** A region as a new account has it: the default VPC, its subnets and its {@code default} group. */
    static Ec2Region fresh(String name, IdSource ids) {
        Ec2Region r = new Ec2Region();
        r.name = name;
        Vpc vpc = new Vpc(ids.next("vpc"), "172.31.0.0/16", true);
        r.vpcs.add(vpc);
        int third = 0;
        for (String suffix : Catalog.ZONE_SUFFIXES) {
            r.subnets.add(new Subnet(ids.next("subnet"), vpc.id(), name + suffix, "172.31." + third + ".0/20", true));
            third += 16;
        }
        SecurityGroup def = new SecurityGroup(ids.next("sg"), "default", "default VPC security group", vpc.id());
        def.ingress.add(new SecurityGroupRule("-1", null, null, null, null, def.id));
        r.groups.put(def.id, def);
        return r;
    }

    Vpc defaultVpc() {
        return vpcs.stream().filter(Vpc::isDefault).findFirst().orElseThrow();
    }

    Optional<Subnet> subnet(String id) {
        return subnets.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    Optional<SecurityGroup> groupByName(String vpcId, String groupName) {
        return groups.values().stream().filter(g -> g.vpcId.equals(vpcId) && g.name.equals(groupName)).findFirst();
    }

    Map<String, String> tagsOf(String resourceId) {
        return tags.getOrDefault(resourceId, Map.of());
    }

    /** Whether a resource with this id exists here, for CreateTags. */
    boolean holds(String resourceId) {
        return instances.containsKey(resourceId) || groups.containsKey(resourceId) || images.containsKey(resourceId)
                || keyPairs.values().stream().anyMatch(k -> k.id().equals(resourceId))
                || vpcs.stream().anyMatch(v -> v.id().equals(resourceId))
                || subnets.stream().anyMatch(s -> s.id().equals(resourceId))
                || instances.values().stream().anyMatch(i -> resourceId.equals(i.volumeId))
                || Catalog.IMAGES.stream().anyMatch(i -> i.id().equals(resourceId));
    }

    /** EC2's resource type of an id, by its prefix. */
    static String resourceType(String id) {
        String prefix = id.substring(0, Math.max(0, id.indexOf('-')));
        return switch (prefix) {
            case "i" -> "instance";
            case "key" -> "key-pair";
            case "sg" -> "security-group";
            case "ami" -> "image";
            case "vpc" -> "vpc";
            case "subnet" -> "subnet";
            case "vol" -> "volume";
            default -> prefix;
        };
    }
}
