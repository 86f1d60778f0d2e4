package dev.cloudmaker.emulator.aws;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.util.ArrayList;
import java.util.List;

/** A VPC security group; a new one allows all egress to {@code 0.0.0.0/0}, as EC2's do. */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
final class SecurityGroup {
    String id;
    String name;
    String description;
    String vpcId;
    List<SecurityGroupRule> ingress = new ArrayList<>();
    List<SecurityGroupRule> egress = new ArrayList<>();

    SecurityGroup() {
    }

    SecurityGroup(String id, String name, String description, String vpcId) {
        this.id = id;
        this.name = name;
        this.description = description;
        this.vpcId = vpcId;
        egress.add(new SecurityGroupRule("-1", null, null, "0.0.0.0/0", null, null));
    }
}
