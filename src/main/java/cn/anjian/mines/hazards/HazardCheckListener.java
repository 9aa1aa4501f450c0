package cn.anjian.mines.hazards;

import lombok.RequiredArgsConstructor;

import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import cn.anjian.mines.HazardFoundInCheck;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * MW-06: each item a check answered "hazard found" becomes one hazard with its rectification order — after the check
 * commits, in its own transaction, retried from the event registry; once per check item (a replay finds it).
 */
@Component
@RequiredArgsConstructor
class HazardCheckListener {

    private final HazardRepository hazards;
    private final WorkScope scope;
    private final HazardOpening opening;
    private final ActingUsers users;

    @ApplicationModuleListener
    void on(HazardFoundInCheck e) {
        if (hazards.findByCheckIdAndCheckItemId(e.checkId(), e.checkItemId()).isPresent()) {
            return;
        }
        WorkScope.CommissionerRef c = scope.commissioner(e.commissionerId()).orElseThrow();
        WorkScope.MineRef mine = scope.mine(e.mineId()).orElseThrow();
        Actor actor = c.userId() == null ? null : users.actor(c.username()).orElse(null);
        String text = e.itemText() == null ? "检查发现隐患" : e.itemText();
        if (e.note() != null && !e.note().isBlank()) {
            text = text + "：" + e.note();
        }
        text = text.length() > 2000 ? text.substring(0, 2000) : text;
        String photos = String.join(",", e.photoFileIds().stream().map(String::valueOf).toList());
        Hazard.Origin o = new Hazard.Origin(mine.id(), c.id(), c.agencyId(), mine.jurisdictionId(), mine.scopePath(),
                e.checkId(), e.checkItemId());
        opening.open(o, mine, c, text, e.major(), photos, null, e.foundAt(), actor);
    }
}
