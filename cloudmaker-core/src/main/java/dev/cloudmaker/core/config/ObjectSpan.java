package dev.cloudmaker.core.config;

import java.util.List;
import java.util.Optional;

/** Where one JSON object sits in the text: the offsets of its braces and of its members, in file order. */
record ObjectSpan(int open, int close, List<MemberSpan> members) {

    ObjectSpan {
        members = List.copyOf(members);
    }

    Optional<MemberSpan> member(String name) {
        return members.stream().filter(m -> m.name().equals(name)).findFirst();
    }
}
