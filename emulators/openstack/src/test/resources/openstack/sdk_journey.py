"""A user's journey with openstacksdk against the emulator; prints what it saw as one JSON object.

Run by OpenStackSdkIT with OS_CLIENT_CONFIG_FILE/OS_CLOUD pointing at the emulator; argv[1] is a public key file.
"""
import base64
import json
import sys

import openstack

public_key = open(sys.argv[1]).read()
conn = openstack.connect()
seen = {}

seen["flavors"] = sorted(f.name for f in conn.list_flavors())
seen["images"] = sorted({i.name for i in conn.list_images()})
seen["networks"] = sorted(n.name for n in conn.list_networks())
seen["external"] = [n.name for n in conn.list_networks() if n["router:external"]]

kp = conn.create_keypair("sdk-key", public_key=public_key)
seen["keypair"] = {"name": kp.name, "fingerprint": kp.fingerprint}

newest = sorted((i for i in conn.list_images() if i.name == "debian-12" and i.status == "active"),
                key=lambda i: i.created_at)[-1]
server = conn.create_server("sdk-1", image=newest.id, flavor="m1.small", key_name="sdk-key",
                            userdata="#cloud-config\nhostname: sdk-1\n",
                            meta={"cloudmaker": "test"}, wait=True, timeout=60)
seen["created"] = {"status": server.status, "public_v4": server.public_v4, "public_v6": server.public_v6,
                   "image": server.image.id, "flavor": server.flavor.original_name or server.flavor.name}

# the tag API needs microversion 2.26, which the SDK's TagMixin does not send by itself (Nova 404s without it)
seen["tag_put"] = [conn.compute.put("/servers/%s/tags/%s" % (server.id, tag), microversion="2.26").status_code
                   for tag in ("cloudmaker-ns-test", "role-web", "role-web")]
conn.set_server_metadata(server.id, {"extra": "yes"})
fetched = conn.compute.get_server(server.id)  # at the SDK's microversion (2.73) the body carries tags
seen["tags"] = sorted(fetched.tags)
seen["metadata"] = fetched.metadata
seen["listed"] = [s.name for s in conn.list_servers()]

conn.compute.stop_server(server.id)
stopped = conn.compute.wait_for_server(conn.compute.get_server(server.id), status="SHUTOFF", interval=1, wait=30)
seen["stopped"] = stopped.status
conn.compute.start_server(server.id)
started = conn.compute.wait_for_server(conn.compute.get_server(server.id), status="ACTIVE", interval=1, wait=30)
seen["started"] = started.status

snapshot = conn.create_image_snapshot("sdk-1-snap", server.id, wait=True, timeout=60)
seen["snapshot"] = {"name": snapshot.name, "status": snapshot.status}

seen["deleted"] = conn.delete_server("sdk-1", wait=True, timeout=60)
seen["after_delete"] = [s.name for s in conn.list_servers()]

zone = conn.create_zone("example.org.", email="hostmaster@example.org")
seen["zone"] = {"name": zone.name, "status": zone.status}
rs = conn.create_recordset(zone.id, "www.example.org.", "A", ["203.0.113.10"], ttl=300)
seen["recordset"] = {"name": rs.name, "type": rs.type, "records": rs.records}
seen["recordsets"] = sorted((r.name, r.type) for r in conn.list_recordsets(zone.id))
conn.delete_recordset(zone.id, rs.id)
conn.delete_zone(zone.id)
seen["keypairs"] = [k.name for k in conn.list_keypairs()]
conn.delete_keypair("sdk-key")

print(json.dumps(seen))
