package dev.cloudmaker.emulator.aws;

import dev.cloudmaker.emulator.kit.http.ActionRouter;
import java.util.List;

/**
 * DescribeInstanceAttribute and ModifyInstanceAttribute: type (only while stopped), user data, termination
 * protection, EBS optimisation and groups, in both of EC2's forms ({@code InstanceType.Value=} or
 * {@code Attribute=instanceType&Value=}).
 */
final class InstanceAttributes {

    void register(ActionRouter<Ec2Action> router) {
        router.add("DescribeInstanceAttribute", "DescribeInstanceAttribute", this::describe);
        router.add("ModifyInstanceAttribute", "ModifyInstanceAttribute", this::modify);
    }

    private Xml describe(Ec2Request r) {
        Instance i = one(r);
        String attribute = r.params().required("Attribute");
        Xml xml = r.reply().leaf("instanceId", i.id);
        return switch (attribute) {
            case "instanceType" -> value(xml, attribute, i.instanceType);
            case "userData" -> i.userData == null ? xml.empty("userData") : value(xml, attribute, i.userData);
            case "disableApiTermination" -> value(xml, attribute, i.disableApiTermination);
            case "ebsOptimized" -> value(xml, attribute, i.ebsOptimized);
            case "instanceInitiatedShutdownBehavior" -> value(xml, attribute, "stop");
            case "sourceDestCheck" -> value(xml, attribute, true);
            case "rootDeviceName" -> value(xml, attribute, "/dev/xvda");
            case "groupSet" -> {
                xml.open("groupSet");
                i.groupIds.forEach(g -> xml.open("item").leaf("groupId", g).close());
                yield xml.close();
            }
            default -> throw Ec2Error.parameter("Value (" + attribute + ") for parameter attribute is invalid. "
                    + "Unknown attribute.");
        };
    }

    private static Xml value(Xml xml, String element, Object v) {
        return xml.open(element).leaf("value", v).close();
    }

    private Xml modify(Ec2Request r) {
        Instance i = one(r);
        Ec2Params p = r.params();
        String attribute = p.string("Attribute");
        String type = attribute != null && attribute.equals("instanceType") ? p.string("Value") : p.string("InstanceType.Value");
        if (type != null) {
            Catalog.instanceType(type).orElseThrow(() -> Ec2Error.invalid("InvalidInstanceAttributeValue",
                    "The instance type '" + type + "' is not supported."));
            if (i.state != InstanceState.STOPPED) {
                throw InstanceActions.incorrect("The instance '" + i.id + "' is not in the 'stopped' state.");
            }
            i.instanceType = type;
        }
        String userData = "userData".equals(attribute) ? p.string("Value") : p.string("UserData.Value");
        if (userData != null) {
            if (i.state != InstanceState.STOPPED) {
                throw InstanceActions.incorrect("The instance '" + i.id + "' is not in the 'stopped' state.");
            }
            i.userData = userData;
        }
        String protection = "disableApiTermination".equals(attribute) ? p.string("Value") : p.string("DisableApiTermination.Value");
        if (protection != null) {
            i.disableApiTermination = Boolean.parseBoolean(protection);
        }
        String ebs = "ebsOptimized".equals(attribute) ? p.string("Value") : p.string("EbsOptimized.Value");
        if (ebs != null) {
            i.ebsOptimized = Boolean.parseBoolean(ebs);
        }
        List<String> groups = p.list("GroupId");
        if (!groups.isEmpty()) {
            for (String g : groups) {
                if (!r.region().groups.containsKey(g)) {
                    throw Ec2Error.invalid("InvalidGroup.NotFound", "The security group '" + g + "' does not exist");
                }
            }
            i.groupIds.clear();
            i.groupIds.addAll(groups);
        }
        return r.ok();
    }

    private static Instance one(Ec2Request r) {
        return InstanceReader.named(r, List.of(r.params().required("InstanceId"))).getFirst();
    }
}
