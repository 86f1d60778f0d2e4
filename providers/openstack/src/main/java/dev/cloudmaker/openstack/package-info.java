/**
 * The OpenStack provider ({@code "type": "openstack"}, and the {@code "type": "rackspace"} preset): Keystone v3 tokens
 * and the service catalog, Nova servers, flavors and key pairs, Glance images, Neutron networks and floating IPs, and
 * Designate DNS, over cloudmaker's own JSON client; configured from clouds.yaml, {@code OS_*} or security.json.
 */
package dev.cloudmaker.openstack;
