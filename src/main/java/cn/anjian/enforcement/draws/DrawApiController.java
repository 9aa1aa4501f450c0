package cn.anjian.enforcement.draws;

import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.util.List;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Params;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * CASE-06 for auditors and other systems: everything a draw rests on (seed, algorithm, ordered pools,
 * conflicts met, result), enough to re-implement {@link DrawAlgorithm} elsewhere and check the result,
 * and the server's own 复核.
 */
@RestController
@RequestMapping("/api/v1/draws")
@RequiredArgsConstructor
class DrawApiController {

    record Record(long id, String title, String agencyName, LocalDate drawDay, String seedHex, long seed, String algorithm,
                  int targetCount, int officersPerTarget, int lookBackYears, List<DrawViews.Target> targetPool,
                  List<DrawViews.Officer> officerPool, List<List<Long>> conflicts, List<ResultRow> result,
                  boolean published) {
    }

    record ResultRow(int rank, int targetPos, long enterpriseId, List<Integer> officerPos, boolean staffed, Long caseId) {
    }

    private final RandomDraws draws;

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('case:read')")
    Record get(@AuthenticationPrincipal Actor actor, @PathVariable String id) {
        DrawViews.Draw d = draws.get(actor, Params.id("id", id));
        List<ResultRow> rows = draws.rows(d).stream().map(r -> new ResultRow(r.rank(), r.target().pos(), r.target().enterpriseId(),
                r.officers().stream().map(DrawViews.Officer::pos).toList(), r.staffed(), r.caseId())).toList();
        return new Record(d.id(), d.title(), d.agencyName(), d.drawDay(), d.seedHex(), d.seed(), d.algorithm(), d.targetCount(),
                d.officersPerTarget(), d.lookBackYears(), draws.targets(d.id()), draws.officers(d.id()), draws.exclusions(d.id()),
                rows, d.publishedAt() != null);
    }

    @PostMapping("/{id}/verification")
    @PreAuthorize("hasAuthority('plan:manage')")
    DrawViews.Verification verify(@AuthenticationPrincipal Actor actor, @PathVariable String id) {
        return draws.verify(actor, Params.id("id", id));
    }
}
