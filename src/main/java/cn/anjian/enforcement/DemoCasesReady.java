package cn.anjian.enforcement;

import java.util.List;

/**
 * Published on every start with demo data (after the demo cases exist): the demo cases, so other
 * modules' demo loaders (e.g. recording) can attach their demo data to them. Titles are stable.
 */
public record DemoCasesReady(List<CaseRef> cases) {
}
