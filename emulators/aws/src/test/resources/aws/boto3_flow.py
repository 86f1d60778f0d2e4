"""boto3 against the cloudmaker AWS emulator: what a user's script does, as JSON facts for the Java test to check.

Run with /usr/bin/python3 (Debian's boto3); the endpoint comes from EMULATOR_URL, the key and region from the
usual AWS_* variables. Argument: an OpenSSH public key file to import.
"""
import json
import os
import sys

import boto3
from botocore.exceptions import ClientError

endpoint = os.environ["EMULATOR_URL"]
ec2 = boto3.client("ec2", endpoint_url=endpoint)
r53 = boto3.client("route53", endpoint_url=endpoint)
fast = {"Delay": 1, "MaxAttempts": 5}
out = {}


def error_code(call, **kwargs):
    try:
        call(**kwargs)
    except ClientError as e:
        return e.response["Error"]["Code"]
    return None


with open(sys.argv[1], "rb") as f:
    key = ec2.import_key_pair(KeyName="flow", PublicKeyMaterial=f.read())
out["key_fingerprint"] = key["KeyFingerprint"]
out["key_pair_id"] = key["KeyPairId"]
out["duplicate_key"] = error_code(ec2.import_key_pair, KeyName="flow", PublicKeyMaterial=b"ssh-ed25519 AAAA")
out["missing_key"] = error_code(ec2.describe_key_pairs, KeyNames=["nobody"])

images = ec2.describe_images(Owners=["136693071363"], Filters=[
    {"Name": "name", "Values": ["debian-12-amd64-*"]},
    {"Name": "architecture", "Values": ["x86_64"]},
    {"Name": "root-device-type", "Values": ["ebs"]},
    {"Name": "virtualization-type", "Values": ["hvm"]}])["Images"]
newest = max(images, key=lambda i: i["CreationDate"])
out["debian_images"] = sorted(i["Name"] for i in images)
out["debian_newest"] = newest["Name"]

group = ec2.create_security_group(GroupName="flow-web", Description="web")["GroupId"]
ec2.authorize_security_group_ingress(GroupId=group, IpPermissions=[
    {"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "IpRanges": [{"CidrIp": "0.0.0.0/0"}]},
    {"IpProtocol": "tcp", "FromPort": 443, "ToPort": 443, "IpRanges": [{"CidrIp": "0.0.0.0/0"}],
     "Ipv6Ranges": [{"CidrIpv6": "::/0"}]}])
out["duplicate_rule"] = error_code(ec2.authorize_security_group_ingress, GroupId=group, IpPermissions=[
    {"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "IpRanges": [{"CidrIp": "0.0.0.0/0"}]}])
described = ec2.describe_security_groups(Filters=[{"Name": "group-name", "Values": ["flow-web"]}])["SecurityGroups"][0]
out["group_ports"] = sorted(p["FromPort"] for p in described["IpPermissions"])

launch = dict(ImageId=newest["ImageId"], InstanceType="t3.micro", KeyName="flow", MinCount=1, MaxCount=1,
              ClientToken="flow-token-1", SecurityGroupIds=[group], UserData="#!/bin/sh\necho hello\n",
              TagSpecifications=[{"ResourceType": "instance", "Tags": [
                  {"Key": "Name", "Value": "web"}, {"Key": "cloudmaker:namespace", "Value": "flow"}]}])
first = ec2.run_instances(**launch)
again = ec2.run_instances(**launch)
iid = first["Instances"][0]["InstanceId"]
out["launch_state"] = first["Instances"][0]["State"]
out["same_reservation"] = first["ReservationId"] == again["ReservationId"]
out["same_instance"] = again["Instances"][0]["InstanceId"] == iid
out["token_mismatch"] = error_code(ec2.run_instances, **dict(launch, InstanceType="t3.small"))

ec2.get_waiter("instance_running").wait(InstanceIds=[iid], WaiterConfig=fast)
by_tag = ec2.describe_instances(Filters=[{"Name": "tag:Name", "Values": ["web"]},
                                         {"Name": "instance-state-name", "Values": ["pending", "running"]}])
found = [i for r in by_tag["Reservations"] for i in r["Instances"]]
out["by_tag"] = [i["InstanceId"] == iid for i in found]
out["tags"] = {t["Key"]: t["Value"] for t in found[0]["Tags"]}
ip_before = found[0]["PublicIpAddress"]
out["user_data"] = ec2.describe_instance_attribute(InstanceId=iid, Attribute="userData")["UserData"]["Value"]
status = ec2.describe_instance_status(InstanceIds=[iid])["InstanceStatuses"][0]
out["status"] = status["InstanceStatus"]["Status"]
ec2.get_waiter("instance_status_ok").wait(InstanceIds=[iid], WaiterConfig=fast)

out["resize_running"] = error_code(ec2.modify_instance_attribute, InstanceId=iid, InstanceType={"Value": "t3.small"})
stopped = ec2.stop_instances(InstanceIds=[iid])["StoppingInstances"][0]
out["stop_answer"] = [stopped["PreviousState"]["Name"], stopped["CurrentState"]["Name"]]
ec2.get_waiter("instance_stopped").wait(InstanceIds=[iid], WaiterConfig=fast)
ec2.modify_instance_attribute(InstanceId=iid, InstanceType={"Value": "t3.small"})
ec2.start_instances(InstanceIds=[iid])
ec2.get_waiter("instance_running").wait(InstanceIds=[iid], WaiterConfig=fast)
after = ec2.describe_instances(InstanceIds=[iid])["Reservations"][0]["Instances"][0]
out["type_after_resize"] = after["InstanceType"]
out["new_public_ip"] = after["PublicIpAddress"] != ip_before

image = ec2.create_image(InstanceId=iid, Name="flow-web-image", Description="flow")["ImageId"]
ec2.get_waiter("image_available").wait(ImageIds=[image], WaiterConfig=fast)
own = ec2.describe_images(Owners=["self"])["Images"]
out["own_images"] = [i["Name"] for i in own]
out["duplicate_image"] = error_code(ec2.create_image, InstanceId=iid, Name="flow-web-image")

ec2.terminate_instances(InstanceIds=[iid])
ec2.get_waiter("instance_terminated").wait(InstanceIds=[iid], WaiterConfig=fast)
out["after_terminate"] = ec2.describe_instances(InstanceIds=[iid])["Reservations"][0]["Instances"][0]["State"]
out["token_after_terminate"] = ec2.run_instances(**launch)["Instances"][0]["InstanceId"] == iid
out["missing_instance"] = error_code(ec2.describe_instances, InstanceIds=["i-0123456789abcdef0"])

zone = r53.create_hosted_zone(Name="flow.example", CallerReference="flow-1")
zone_id = zone["HostedZone"]["Id"]
out["zone_name"] = zone["HostedZone"]["Name"]
out["zone_again"] = error_code(r53.create_hosted_zone, Name="flow.example", CallerReference="flow-1")
change = r53.change_resource_record_sets(HostedZoneId=zone_id, ChangeBatch={"Changes": [
    {"Action": "UPSERT", "ResourceRecordSet": {"Name": "web.flow.example", "Type": "A", "TTL": 300,
                                               "ResourceRecords": [{"Value": "203.0.113.10"}]}},
    {"Action": "UPSERT", "ResourceRecordSet": {"Name": "web.flow.example.", "Type": "AAAA", "TTL": 300,
                                               "ResourceRecords": [{"Value": "2001:db8::10"}]}}]})
out["change_status"] = change["ChangeInfo"]["Status"]
r53.get_waiter("resource_record_sets_changed").wait(Id=change["ChangeInfo"]["Id"], WaiterConfig=fast)
out["change_later"] = r53.get_change(Id=change["ChangeInfo"]["Id"])["ChangeInfo"]["Status"]
out["bad_batch"] = error_code(r53.change_resource_record_sets, HostedZoneId=zone_id, ChangeBatch={"Changes": [
    {"Action": "CREATE", "ResourceRecordSet": {"Name": "db.flow.example", "Type": "A", "TTL": 300,
                                               "ResourceRecords": [{"Value": "203.0.113.11"}]}},
    {"Action": "CREATE", "ResourceRecordSet": {"Name": "web.flow.example", "Type": "A", "TTL": 300,
                                               "ResourceRecords": [{"Value": "203.0.113.12"}]}}]})
records = r53.list_resource_record_sets(HostedZoneId=zone_id)["ResourceRecordSets"]
out["records"] = [[r["Name"], r["Type"], [v["Value"] for v in r["ResourceRecords"]]] for r in records
                  if r["Type"] in ("A", "AAAA")]
zones = r53.list_hosted_zones_by_name(DNSName="flow.example")["HostedZones"]
out["zones_by_name"] = [z["Name"] for z in zones]

print(json.dumps(out, sort_keys=True))
