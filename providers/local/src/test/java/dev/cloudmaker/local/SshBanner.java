package dev.cloudmaker.local;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/** Whether sshd answers at an address: the local machine ITs' sign that a machine is up. */
final class SshBanner {
    private SshBanner() {
    }

    static boolean answers(String address) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(address, 22), 500);
            return new String(s.getInputStream().readNBytes(4)).equals("SSH-");
        } catch (IOException e) {
            return false;
        }
    }
}
