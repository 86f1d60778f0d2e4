"""Checks recorded emulator answers against botocore's service models (Debian's python3-botocore, read from the
installed package): every element of a success answer must be a member of the operation's output shape (by its
wire name), lists must hold their member shape, scalars must parse as their type; errors must have the protocol's
error shape. Prints one JSON object: {"checked": {operation: count}, "violations": [...]}.

Argument: a JSON file of [{"path": ..., "status": ..., "body": ...}].
"""
import json
import sys
import xml.etree.ElementTree as ET
from datetime import datetime

import botocore.session

session = botocore.session.get_session()
models = {"ec2": session.get_service_model("ec2"), "route53": session.get_service_model("route53")}
violations = []
checked = {}


def local(tag):
    return tag.split("}", 1)[1] if "}" in tag else tag


def wire_name(name, member):
    loc = member.serialization.get("name")
    return loc if loc else name


def check(elem, shape, where):
    kind = shape.type_name
    if kind == "structure":
        names = {}
        for name, member in shape.members.items():
            names[wire_name(name, member)] = member
            # EC2 answers use lowerCamel locationNames; botocore also accepts the member name itself
            names.setdefault(name[0].lower() + name[1:], member)
        for child in elem:
            tag = local(child.tag)
            if tag not in names:
                violations.append(f"{where}: <{tag}> is not a member of {shape.name}")
                continue
            check(child, names[tag], f"{where}/{tag}")
    elif kind == "list":
        member = shape.member
        flattened = shape.serialization.get("flattened")
        items = [elem] if flattened else list(elem)
        for child in items:
            check(child, member, f"{where}/{local(child.tag)}")
    elif kind == "map":
        pass
    else:
        text = (elem.text or "").strip()
        if len(elem):
            violations.append(f"{where}: {shape.name} is a {kind} but has child elements")
        elif kind in ("integer", "long"):
            try:
                int(text)
            except ValueError:
                violations.append(f"{where}: {text!r} is not an integer ({shape.name})")
        elif kind == "boolean":
            if text not in ("true", "false"):
                violations.append(f"{where}: {text!r} is not a boolean ({shape.name})")
        elif kind == "timestamp":
            try:
                datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ")
            except ValueError:
                violations.append(f"{where}: {text!r} is not an ISO 8601 timestamp ({shape.name})")
        elif kind == "string" and shape.enum and text not in shape.enum:
            violations.append(f"{where}: {text!r} is not one of {shape.name}'s values")


def check_ec2_error(root, where):
    if local(root.tag) != "Response":
        violations.append(f"{where}: an EC2 error's root is <{local(root.tag)}>, not <Response>")
        return
    codes = root.findall("./Errors/Error/Code")
    if not codes or root.find("./RequestID") is None:
        violations.append(f"{where}: an EC2 error lacks Errors/Error/Code or RequestID")


def check_route53_error(root, where):
    if local(root.tag) != "ErrorResponse" or root.find("./{*}Error/{*}Code") is None:
        violations.append(f"{where}: a Route 53 error is not <ErrorResponse><Error><Code>")


for exchange in json.load(open(sys.argv[1])):
    service = "route53" if exchange["path"].startswith("/2013-04-01") else "ec2"
    root = ET.fromstring(exchange["body"].encode())
    where = f"{service} {exchange['path']} {exchange['status']}"
    if exchange["status"] >= 300:
        (check_route53_error if service == "route53" else check_ec2_error)(root, where)
        checked["error"] = checked.get("error", 0) + 1
        continue
    operation = local(root.tag)[: -len("Response")]
    try:
        op = models[service].operation_model(operation)
    except Exception:
        violations.append(f"{where}: {operation} is not an operation of {service}")
        continue
    checked[operation] = checked.get(operation, 0) + 1
    if op.output_shape is None:
        continue
    if service == "ec2" and (root[0] is None or local(root[0].tag) != "requestId"):
        violations.append(f"{where}: requestId is not the first element")
    for child in root:
        tag = local(child.tag)
        if service == "ec2" and tag == "requestId":
            continue
        members = {wire_name(n, m): m for n, m in op.output_shape.members.items()}
        if tag not in members:
            violations.append(f"{where}: <{tag}> is not a member of {op.output_shape.name}")
            continue
        check(child, members[tag], f"{operation}/{tag}")

print(json.dumps({"checked": checked, "violations": violations}, sort_keys=True))
