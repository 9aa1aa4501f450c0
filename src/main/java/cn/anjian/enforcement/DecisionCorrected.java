package cn.anjian.enforcement;

import java.time.Instant;
import java.time.LocalDate;

/**
 * COR-02 / PUB-08: a case's penalty decision was corrected on a supervision correction order (处罚依据不当、程序有误,
 * 《安全生产执法纠错制度》第五条第（三）项) — published by supervision when the issuing agency accepts the rectification,
 * so that publicity corrects the published entry with the reason (公示 art. 13(2)). Defined here, in the module both
 * downstream modules depend on, because neither may depend on the other.
 *
 * @param sourceRef   the order that caused it ({@code sup-order:<id>}), once per order
 * @param orderedBy   the agency that ordered the correction (a public authority's name)
 * @param correctedOn the day the correction was accepted (Beijing date)
 */
public record DecisionCorrected(long caseId, String sourceRef, String orderedBy, LocalDate correctedOn, Instant at, String actor) {
}
