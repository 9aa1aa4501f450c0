package cn.anjian.documents;

/** Filters for the list of issued numbers; null means "any". Pages start at 1. */
public record NumberFilter(String type, Integer year, Long agencyId, int page, int size) {
}
