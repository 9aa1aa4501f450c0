package cn.anjian.mines.work;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.util.UUID;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Params;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** MW-10: the department reviews checks recorded offline outside the geofence — clear (counts) or reject (never counts). */
@Service
@Transactional
@RequiredArgsConstructor
public class CheckReview {

    private final CheckRepository checks;
    private final Obligations obligations;
    private final Clock clock;

    public void review(Actor actor, UUID id, boolean accept, String note) {
        if (!actor.hasPermission("mine:check-review")) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "FORBIDDEN", "您没有此项操作的权限");
        }
        Check c = checks.findById(id).filter(x -> actor.scope().covers(x.scopePath()))
                .orElseThrow(() -> BusinessException.notFound(MineCheckQueries.WHAT));
        c.review(accept, Params.text("MINE-CHECK-REVIEW-NOTE", "核查意见", note, 500, false), clock.instant(), actor.username());
        checks.save(c);
        if (accept) {   // a cleared check counts: the deadlines it satisfies are met
            obligations.evaluate(c.mineId(), c.checkDay());
        }
    }
}
