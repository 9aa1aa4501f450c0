package cn.anjian.enforcement.cases;

import java.time.Instant;

/** One line of a case's timeline: stage transitions, documents, service, decision, transfer. */
public record TimelineEntry(Instant at, String actor, String what, String note) {
}
