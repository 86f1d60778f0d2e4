package dev.cloudmaker.emulator.aws;

/** One EC2 action's behaviour: the answer's XML, or an {@link Ec2Error} thrown. */
@FunctionalInterface
interface Ec2Action {
    Xml handle(Ec2Request request);
}
