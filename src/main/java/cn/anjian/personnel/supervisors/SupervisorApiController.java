package cn.anjian.personnel.supervisors;

import lombok.RequiredArgsConstructor;

import cn.anjian.kernel.Params;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON API for social supervisors: the same service as the pages, so the same refusals (RFC 9457).
 * Dates travel as strings and are parsed here so that "2026-02-30" is a Chinese 400, not a framework one.
 */
@RestController
@RequestMapping("/api/v1/personnel/supervisors")
@RequiredArgsConstructor
class SupervisorApiController {

    private final SupervisorService service;
    private final SupervisorCancellations cancellations;
    private final SupervisorRecords records;
    private final SupervisorQueries queries;
    private final Clock clock;

    @GetMapping
    @PreAuthorize("hasAuthority('personnel:read')")
    SupervisorQueries.Page list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String status,
                                @RequestParam(required = false) String route, @RequestParam(required = false) String name,
                                @RequestParam(required = false) String page, @RequestParam(required = false) String sort,
                                @RequestParam(required = false) String size) {
        return queries.list(actor.scope(), new SupervisorPageController.Filters(status, route, name).parse(),
                SupervisorQueries.SORT.parse(sort), Params.page(page), cn.anjian.kernel.PageSize.parse(size), LocalDate.now(clock));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('personnel:read')")
    SupervisorQueries.Detail one(@AuthenticationPrincipal Actor actor, @PathVariable String id) {
        return detail(actor, Params.id("id", id));
    }

    record CreateBody(String personId, String route, String sourceKind, String sourceName, String consultationNote,
                      String consultedOn) {
    }

    @PostMapping
    @PreAuthorize("hasAuthority('supervisor:manage')")
    ResponseEntity<SupervisorQueries.Detail> create(@AuthenticationPrincipal Actor actor, @RequestBody(required = false) CreateBody b) {
        if (b == null) {
            throw BusinessException.badInput("SS-01", "请求内容不能为空");
        }
        long id = service.create(actor, new SupervisorService.NewAppointment(Params.optionalId("personId", b.personId()),
                b.route(), b.sourceKind(), b.sourceName(), b.consultationNote(), Params.date("征求意见日期", b.consultedOn())));
        return ResponseEntity.created(URI.create("/api/v1/personnel/supervisors/" + id)).body(detail(actor, id));
    }

    record ConsentBody(String on, String note, String employer) {
    }

    @PostMapping("/{id}/person-consent")
    @PreAuthorize("hasAuthority('supervisor:manage')")
    SupervisorQueries.Detail personConsent(@AuthenticationPrincipal Actor actor, @PathVariable String id,
                                           @RequestBody(required = false) ConsentBody b) {
        long sid = Params.id("id", id);
        ConsentBody body = b == null ? new ConsentBody(null, null, null) : b;
        service.recordPersonConsent(actor, sid, Params.date("同意日期", body.on()), body.note());
        return detail(actor, sid);
    }

    @PostMapping("/{id}/employer-consent")
    @PreAuthorize("hasAuthority('supervisor:manage')")
    SupervisorQueries.Detail employerConsent(@AuthenticationPrincipal Actor actor, @PathVariable String id,
                                             @RequestBody(required = false) ConsentBody b) {
        long sid = Params.id("id", id);
        ConsentBody body = b == null ? new ConsentBody(null, null, null) : b;
        service.recordEmployerConsent(actor, sid, body.employer(), Params.date("同意日期", body.on()), body.note());
        return detail(actor, sid);
    }

    @PostMapping("/{id}/propose")
    @PreAuthorize("hasAuthority('supervisor:manage')")
    SupervisorQueries.Detail propose(@AuthenticationPrincipal Actor actor, @PathVariable String id) {
        long sid = Params.id("id", id);
        service.propose(actor, sid);
        return detail(actor, sid);
    }

    @PostMapping("/{id}/renew")
    @PreAuthorize("hasAuthority('supervisor:manage')")
    SupervisorQueries.Detail renew(@AuthenticationPrincipal Actor actor, @PathVariable String id) {
        long sid = Params.id("id", id);
        service.requestRenewal(actor, sid);
        return detail(actor, sid);
    }

    record EndBody(String ground, String reason, String on, String items) {
    }

    /** SS-07 → TI-16: the appointing department destroys the certificate and reports it ({@code on}: the day destroyed). */
    @PostMapping("/{id}/destruction")
    @PreAuthorize("hasAuthority('supervisor:manage')")
    SupervisorQueries.Detail destroy(@AuthenticationPrincipal Actor actor, @PathVariable String id,
                                     @RequestBody(required = false) EndBody b) {
        long sid = Params.id("id", id);
        EndBody body = b == null ? new EndBody(null, null, null, null) : b;
        cancellations.recordDestruction(actor, sid, body.reason(), Params.date("销毁日期", body.on()), body.items());
        return detail(actor, sid);
    }

    /** SS-07 → TI-16: the provincial department cancels the destroyed certificate and publishes it. */
    @PostMapping("/{id}/cancel")
    @PreAuthorize("hasAuthority('supervisor:manage')")
    SupervisorQueries.Detail cancel(@AuthenticationPrincipal Actor actor, @PathVariable String id) {
        long sid = Params.id("id", id);
        cancellations.cancel(actor, sid);
        return detail(actor, sid);
    }

    @PostMapping("/{id}/dismiss")
    @PreAuthorize("hasAuthority('supervisor:manage')")
    SupervisorQueries.Detail dismiss(@AuthenticationPrincipal Actor actor, @PathVariable String id,
                                     @RequestBody(required = false) EndBody b) {
        long sid = Params.id("id", id);
        EndBody body = b == null ? new EndBody(null, null, null, null) : b;
        service.dismiss(actor, sid, body.ground(), body.reason(), Params.date("生效日期", body.on()), body.items());
        return detail(actor, sid);
    }

    record ReturnedBody(String on) {
    }

    @PostMapping("/{id}/equipment/{equipmentId}/returned")
    @PreAuthorize("hasAuthority('supervisor:manage')")
    SupervisorQueries.Detail returned(@AuthenticationPrincipal Actor actor, @PathVariable String id,
                                      @PathVariable String equipmentId, @RequestBody(required = false) ReturnedBody b) {
        long sid = Params.id("id", id);
        service.markReturned(actor, sid, Params.id("equipmentId", equipmentId), Params.date("归还日期", b == null ? null : b.on()));
        return detail(actor, sid);
    }

    record LoginBody(String username, String password) {
    }

    @PostMapping("/{id}/login")
    @PreAuthorize("hasAuthority('supervisor:manage')")
    SupervisorQueries.Detail login(@AuthenticationPrincipal Actor actor, @PathVariable String id,
                                   @RequestBody(required = false) LoginBody b) {
        long sid = Params.id("id", id);
        service.createLogin(actor, sid, b == null ? null : b.username(), b == null ? null : b.password());
        return detail(actor, sid);
    }

    private SupervisorQueries.Detail detail(Actor actor, long id) {
        return queries.detail(service.get(actor, id)).orElseThrow(() -> BusinessException.notFound(SupervisorService.WHAT));
    }

    /** SS-08: category MISCONDUCT / INSURANCE / COMMENDATION / THREAT, as for inspectors (TI-18/TI-19). */
    record RecordBody(String category, String kind, String occurredOn, String untilOn, String description, String handling,
                      String response) {
    }

    @GetMapping("/{id}/records")
    @PreAuthorize("hasAuthority('personnel:read')")
    java.util.List<SupervisorRecordView> records(@AuthenticationPrincipal Actor actor, @PathVariable String id) {
        long sid = Params.id("id", id);
        service.get(actor, sid);
        return records.records(sid);
    }

    @PostMapping("/{id}/records")
    @PreAuthorize("hasAuthority('supervisor:manage')")
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
    SupervisorRecordView addRecord(@AuthenticationPrincipal Actor actor, @PathVariable String id, @RequestBody RecordBody b) {
        return records.addRecord(actor, Params.id("id", id), b.category(), b.kind(), Params.date("发生日期", b.occurredOn()),
                Params.date("截止日期", b.untilOn()), b.description(), b.handling(), b.response());
    }

    record EquipmentBody(String kind, String item, String issuedOn) {
    }

    /** SS-08: kind PROTECTIVE or TECHNICAL. */
    @PostMapping("/{id}/equipment")
    @PreAuthorize("hasAuthority('supervisor:manage')")
    SupervisorQueries.Detail issueEquipment(@AuthenticationPrincipal Actor actor, @PathVariable String id,
                                            @RequestBody EquipmentBody b) {
        long sid = Params.id("id", id);
        records.issueEquipment(actor, sid, b.kind(), b.item(), Params.date("配发日期", b.issuedOn()));
        return detail(actor, sid);
    }
}
