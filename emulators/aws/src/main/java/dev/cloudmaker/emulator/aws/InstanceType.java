package dev.cloudmaker.emulator.aws;

/** An instance type of the catalogue: what DescribeInstanceTypes tells of it. */
record InstanceType(String name, int vcpus, int memoryMib, String architecture) {
}
