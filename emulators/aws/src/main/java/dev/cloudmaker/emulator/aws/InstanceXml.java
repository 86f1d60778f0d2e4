package dev.cloudmaker.emulator.aws;

import java.util.List;

/** An instance as EC2's XML shows it ({@code instancesSet/item}), the same in RunInstances and DescribeInstances. */
final class InstanceXml {
    private InstanceXml() {
    }

    static void item(Xml xml, Instance i, Ec2Region region) {
        String publicIp = i.shownPublicIp();
        xml.open("item").leaf("instanceId", i.id).leaf("imageId", i.imageId);
        state(xml, "instanceState", i.state);
        xml.leaf("privateDnsName", privateDns(i.privateIp, region.name)).leaf("dnsName", publicDns(publicIp, region.name))
                .leaf("reason", i.reason == null ? "" : i.reason).leaf("keyName", i.keyName)
                .leaf("amiLaunchIndex", i.launchIndex).empty("productCodes").leaf("instanceType", i.instanceType)
                .leaf("launchTime", Times.iso(i.launchTime))
                .open("placement").leaf("availabilityZone", i.availabilityZone).leaf("groupName", "")
                .leaf("tenancy", "default").close()
                .open("monitoring").leaf("state", "disabled").close()
                .leaf("subnetId", i.subnetId).leaf("vpcId", i.vpcId).leaf("privateIpAddress", i.privateIp)
                .leaf("ipAddress", publicIp).leaf("ipv6Address", i.ipv6).leaf("sourceDestCheck", "true");
        groups(xml, i.groupIds, region);
        if (i.reason != null) {
            xml.open("stateReason").leaf("code", "Client.UserInitiatedShutdown")
                    .leaf("message", "Client.UserInitiatedShutdown: User initiated shutdown").close();
        }
        xml.leaf("architecture", i.architecture).leaf("rootDeviceType", "ebs").leaf("rootDeviceName", "/dev/xvda");
        if (i.state == InstanceState.TERMINATED) {
            xml.empty("blockDeviceMapping");
        } else {
            xml.open("blockDeviceMapping").open("item").leaf("deviceName", "/dev/xvda").open("ebs")
                    .leaf("volumeId", i.volumeId).leaf("status", "attached").leaf("attachTime", Times.iso(i.launchTime))
                    .leaf("deleteOnTermination", "true").close().close().close();
        }
        xml.leaf("virtualizationType", "hvm").leaf("clientToken", i.clientToken == null ? "" : i.clientToken);
        TagXml.write(xml, region.tagsOf(i.id));
        xml.leaf("hypervisor", "xen");
        networkInterfaces(xml, i, region, publicIp);
        xml.leaf("ebsOptimized", i.ebsOptimized).leaf("enaSupport", "true")
                .open("metadataOptions").leaf("state", "applied").leaf("httpTokens", "optional")
                .leaf("httpPutResponseHopLimit", 1).leaf("httpEndpoint", "enabled").leaf("httpProtocolIpv6", "disabled")
                .leaf("instanceMetadataTags", "disabled").close()
                .close();
    }

    static void state(Xml xml, String element, InstanceState s) {
        xml.open(element).leaf("code", s.code()).leaf("name", s.wireName()).close();
    }

    static void groups(Xml xml, List<String> groupIds, Ec2Region region) {
        if (groupIds.isEmpty()) {
            xml.empty("groupSet");
            return;
        }
        xml.open("groupSet");
        for (String id : groupIds) {
            SecurityGroup g = region.groups.get(id);
            xml.open("item").leaf("groupId", id).leaf("groupName", g == null ? null : g.name).close();
        }
        xml.close();
    }

    private static void networkInterfaces(Xml xml, Instance i, Ec2Region region, String publicIp) {
        if (i.state == InstanceState.TERMINATED) {
            xml.empty("networkInterfaceSet");
            return;
        }
        xml.open("networkInterfaceSet").open("item").leaf("networkInterfaceId", eni(i)).leaf("subnetId", i.subnetId)
                .leaf("vpcId", i.vpcId).leaf("description", "").leaf("ownerId", Catalog.ACCOUNT_ID)
                .leaf("status", "in-use").leaf("macAddress", mac(i)).leaf("privateIpAddress", i.privateIp)
                .leaf("privateDnsName", privateDns(i.privateIp, region.name)).leaf("sourceDestCheck", "true");
        groups(xml, i.groupIds, region);
        xml.open("attachment").leaf("attachmentId", "eni-attach-" + i.id.substring(2)).leaf("deviceIndex", 0)
                .leaf("status", "attached").leaf("attachTime", Times.iso(i.launchTime))
                .leaf("deleteOnTermination", "true").leaf("networkCardIndex", 0).close();
        association(xml, publicIp, region.name);
        xml.open("privateIpAddressesSet").open("item").leaf("privateIpAddress", i.privateIp)
                .leaf("privateDnsName", privateDns(i.privateIp, region.name)).leaf("primary", "true");
        association(xml, publicIp, region.name);
        xml.close().close();
        if (i.ipv6 == null) {
            xml.empty("ipv6AddressesSet");
        } else {
            xml.open("ipv6AddressesSet").open("item").leaf("ipv6Address", i.ipv6).close().close();
        }
        xml.leaf("interfaceType", "interface").close().close();
    }

    private static void association(Xml xml, String publicIp, String region) {
        if (publicIp != null) {
            xml.open("association").leaf("publicIp", publicIp).leaf("publicDnsName", publicDns(publicIp, region))
                    .leaf("ipOwnerId", "amazon").close();
        }
    }

    static String eni(Instance i) {
        return "eni-" + i.id.substring(2);
    }

    private static String mac(Instance i) {
        String h = i.id.substring(i.id.length() - 10);
        return "0e:" + h.substring(0, 2) + ":" + h.substring(2, 4) + ":" + h.substring(4, 6) + ":" + h.substring(6, 8)
                + ":" + h.substring(8, 10);
    }

    static String privateDns(String ip, String region) {
        if (ip == null) {
            return "";
        }
        String host = "ip-" + ip.replace('.', '-');
        return region.equals("us-east-1") ? host + ".ec2.internal" : host + "." + region + ".compute.internal";
    }

    static String publicDns(String ip, String region) {
        if (ip == null) {
            return "";
        }
        String host = "ec2-" + ip.replace('.', '-');
        return region.equals("us-east-1") ? host + ".compute-1.amazonaws.com" : host + "." + region + ".compute.amazonaws.com";
    }
}
