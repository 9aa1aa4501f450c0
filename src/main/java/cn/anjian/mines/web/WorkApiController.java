package cn.anjian.mines.web;

import lombok.RequiredArgsConstructor;

import java.util.List;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Fmt;
import cn.anjian.mines.work.MineCheckQueries;
import cn.anjian.mines.work.CheckSync;
import cn.anjian.mines.work.Checklists;
import cn.anjian.mines.work.MineTable;
import cn.anjian.mines.work.NewCheck;
import cn.anjian.mines.work.Today;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The commissioners' phone API (issue 17 shared contract): today's mines, a mine's table, syncing a check with its
 * {@code Idempotency-Key}, one's own checks of a week. Session-authenticated; writes carry the CSRF header.
 */
@RestController
@RequestMapping("/api/v1/mines/work")
@RequiredArgsConstructor
class WorkApiController {

    record ItemJson(long itemId, String text, boolean mandatory, String siteOrSystem) {
    }

    record SectionJson(String title, List<ItemJson> items) {
    }

    record ChecklistJson(long versionId, String versionLabel, List<SectionJson> sections) {
        static ChecklistJson of(MineTable t) {
            return new ChecklistJson(t.versionId(), t.versionLabel(), t.sections().entrySet().stream()
                    .map(e -> new SectionJson(e.getKey(), e.getValue().stream()
                            .map(i -> new ItemJson(i.itemId(), i.text(), i.mandatory(), i.siteOrSystem())).toList())).toList());
        }
    }

    record CheckJson(String checkId, long mineId, String mineName, String mode, String modeLabel, String startedAt,
                     String status, String statusLabel, int missedMandatory, int missedSpot, int hazards) {
        static CheckJson of(MineCheckQueries.Row r) {
            return new CheckJson(r.id().toString(), r.mineId(), r.mineName(), r.mode().name(), r.modeLabel(),
                    Fmt.dateTime(r.startedAt()), r.status().name(), r.status().label(), r.missedMandatory(), r.missedSpot(), r.hazards());
        }
    }

    record ChecksJson(List<CheckJson> checks) {
    }

    private final Today today;
    private final Checklists checklists;
    private final CheckSync sync;
    private final MineCheckQueries queries;

    @GetMapping("/today")
    @PreAuthorize("hasAuthority('mine:check')")
    Today.View today(@AuthenticationPrincipal Actor actor) {
        return today.of(actor);
    }

    @GetMapping("/mines/{mineId}/checklist")
    @PreAuthorize("hasAuthority('mine:check')")
    ChecklistJson checklist(@AuthenticationPrincipal Actor actor, @PathVariable long mineId) {
        return ChecklistJson.of(checklists.table(actor, mineId));
    }

    /** MW-10: 201 the first time, 200 for the same check replayed, 422 MINE-CHECKIN-OUTSIDE outside the geofence online. */
    @PutMapping("/checks/{checkId}")
    @PreAuthorize("hasAuthority('mine:check')")
    ResponseEntity<String> put(@AuthenticationPrincipal Actor actor, @PathVariable String checkId,
                               @RequestHeader(name = "Idempotency-Key", required = false) String key,
                               @RequestBody(required = false) NewCheck body) {
        CheckSync.Answer a = sync.sync(actor, key, checkId, body);
        return ResponseEntity.status(a.status()).contentType(MediaType.APPLICATION_JSON).body(a.body());
    }

    @GetMapping("/checks")
    @PreAuthorize("hasAuthority('mine:check')")
    ChecksJson checks(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String week) {
        return new ChecksJson(today.myChecks(actor, queries, week).stream().map(CheckJson::of).toList());
    }
}
