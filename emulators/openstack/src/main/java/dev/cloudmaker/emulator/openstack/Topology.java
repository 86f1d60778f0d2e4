package dev.cloudmaker.emulator.openstack;

import dev.cloudmaker.emulator.kit.state.Addresses;
import java.util.List;
import java.util.Optional;

/**
 * The networks every emulated project sees, fixed by the seed: {@code public}, an external provider network with two
 * IPv4 documentation subnets and an IPv6 one, where servers attach by default (their addresses are public, the
 * "provider network with public IPs" model), and {@code private}, a tenant network on 10/8.
 */
final class Topology {
    final Network publicNet;
    final Network privateNet;
    final List<Subnet> subnets;
    private final long seed;

    Topology(long seed) {
        this.seed = seed;
        String v6 = "2001:db8:" + Long.toHexString(Math.floorMod(seed, 0xffff));
        String ten = "10." + Math.floorMod(seed, 200);
        String pub = Ids.uuid("network:public:" + seed);
        String priv = Ids.uuid("network:private:" + seed);
        Subnet a = new Subnet(Ids.uuid("subnet:public-a:" + seed), "public-subnet", pub, 4, "203.0.113.0/24",
                "203.0.113.1", "203.0.113.2", "203.0.113.254");
        Subnet b = new Subnet(Ids.uuid("subnet:public-b:" + seed), "public-subnet-2", pub, 4, "198.51.100.0/24",
                "198.51.100.1", "198.51.100.2", "198.51.100.254");
        Subnet six = new Subnet(Ids.uuid("subnet:public-v6:" + seed), "ipv6-public-subnet", pub, 6, v6 + "::/48",
                v6 + "::", v6 + "::1", v6 + ":ffff:ffff:ffff:ffff:ffff");
        Subnet p = new Subnet(Ids.uuid("subnet:private:" + seed), "private-subnet", priv, 4, ten + ".0.0/16",
                ten + ".0.1", ten + ".0.2", ten + ".255.254");
        subnets = List.of(a, b, six, p);
        publicNet = new Network(pub, "public", true, true, "public", List.of(a.id(), b.id(), six.id()));
        privateNet = new Network(priv, "private", false, false, null, List.of(p.id()));
    }

    List<Network> networks() {
        return List.of(publicNet, privateNet);
    }

    Optional<Network> network(String idOrName) {
        return networks().stream().filter(n -> n.id().equals(idOrName)).findFirst();
    }

    Optional<Subnet> subnet(String id) {
        return subnets.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The fixed addresses the {@code n}th attachment gets on {@code network}: IPv4 (and IPv6 on public). */
    List<FixedIp> addresses(Network network, long n) {
        if (network.equals(privateNet)) {
            return List.of(new FixedIp(subnets.get(3).id(), Addresses.privateIpv4(seed, n)));
        }
        return List.of(publicV4(n), new FixedIp(subnets.get(2).id(), Addresses.ipv6(seed, n)));
    }

    /** The {@code n}th public IPv4 address, on whichever of the two public subnets holds it. */
    FixedIp publicV4(long n) {
        String ip = Addresses.publicIpv4(seed, n);
        return new FixedIp(ip.startsWith("203.0.113.") ? subnets.get(0).id() : subnets.get(1).id(), ip);
    }
}
