package dev.cloudmaker.emulator.aws;

import java.time.Duration;
import java.time.Instant;

/**
 * One EC2 request as an action sees it, under the state's lock.
 *
 * @param action   the {@code Action} parameter
 * @param region   the region the signature's scope names
 * @param staleFor set by a {@code stale-after-create} fault: how long instances this launch makes stay unseen
 */
record Ec2Request(String action, Ec2Params params, AwsState state, Ec2Region region, String requestId, Instant now,
                  Duration staleFor) {

    /** The start of the answer: {@code <ActionResponse xmlns=…><requestId>…</requestId>}, the request id first. */
    Xml reply() {
        return Xml.document(action + "Response", Xml.EC2_NAMESPACE).leaf("requestId", requestId);
    }

    /** A reply of just {@code <return>true</return>}. */
    Xml ok() {
        return reply().leaf("return", "true");
    }
}
