package cn.anjian.complaints.submissions;

import lombok.RequiredArgsConstructor;

import cn.anjian.kernel.Params;

import java.net.URI;

import cn.anjian.kernel.Actor;
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

/** JSON API for submissions (SS-04/05): the same service, so the same refusals as the pages. */
@RestController
@RequestMapping("/api/v1/complaints/submissions")
@RequiredArgsConstructor
class SubmissionApiController {

    private final SubmissionService service;
    private final SubmissionQueries queries;

    /** Staff: submissions in scope, filtered and paginated. */
    @GetMapping
    @PreAuthorize("hasAuthority('submission:handle')")
    SubmissionQueries.Page list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String status,
                                @RequestParam(required = false) String kind, @RequestParam(required = false) String overdue,
                                @RequestParam(required = false) String q, @RequestParam(required = false) String supervisorId,
                                @RequestParam(required = false) String page, @RequestParam(required = false) String sort,
                                @RequestParam(required = false) String size) {
        return queries.forStaff(actor.scope(), SubmissionPageController.filter(
                new SubmissionPageController.Filters(status, kind, overdue, q), Params.optionalId("supervisorId", supervisorId)),
                SubmissionQueries.SORT.parse(sort), Params.page(page), cn.anjian.kernel.PageSize.parse(size), service.today(),
                cn.anjian.kernel.ListCount.CAPPED);
    }

    /** A supervisor: their own submissions. */
    @GetMapping("/mine")
    @PreAuthorize("hasAuthority('submission:create')")
    SubmissionQueries.Page mine(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String status,
                                @RequestParam(required = false) String kind, @RequestParam(required = false) String q,
                                @RequestParam(required = false) String sort, @RequestParam(required = false) String size,
                                @RequestParam(required = false) String page) {
        return queries.forSupervisor(actor.userId(), SubmissionPageController.filter(
                        new SubmissionPageController.Filters(status, kind, null, q), null),
                SubmissionQueries.SORT.parse(sort), Params.page(page), cn.anjian.kernel.PageSize.parse(size), service.today());
    }

    @GetMapping("/mine/{id}")
    @PreAuthorize("hasAuthority('submission:create')")
    SubmissionView mineOne(@AuthenticationPrincipal Actor actor, @PathVariable String id) {
        return SubmissionView.of(service.getOwn(actor, Params.id("id", id)), service.today());
    }

    @PostMapping
    @PreAuthorize("hasAuthority('submission:create')")
    ResponseEntity<SubmissionView> submit(@AuthenticationPrincipal Actor actor,
                                          @RequestBody SubmissionService.NewSubmission body) {
        SubmissionService.NewSubmission in = body == null ? new SubmissionService.NewSubmission(null, null, null, null, null) : body;
        Submission s = service.submit(actor, in);
        return ResponseEntity.created(URI.create("/api/v1/complaints/submissions/mine/" + s.id))
                .body(SubmissionView.of(s, service.today()));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('submission:handle')")
    SubmissionView one(@AuthenticationPrincipal Actor actor, @PathVariable String id) {
        return SubmissionView.of(service.getForStaff(actor, Params.id("id", id)), service.today());
    }

    @PostMapping("/{id}/accept")
    @PreAuthorize("hasAuthority('submission:handle')")
    SubmissionView accept(@AuthenticationPrincipal Actor actor, @PathVariable String id) {
        long sid = Params.id("id", id);
        service.accept(actor, sid);
        return SubmissionView.of(service.getForStaff(actor, sid), service.today());
    }

    record AnswerBody(String answer) {
    }

    @PostMapping("/{id}/answer")
    @PreAuthorize("hasAuthority('submission:handle')")
    SubmissionView answer(@AuthenticationPrincipal Actor actor, @PathVariable String id, @RequestBody(required = false) AnswerBody body) {
        long sid = Params.id("id", id);
        service.answer(actor, sid, body == null ? null : body.answer());
        return SubmissionView.of(service.getForStaff(actor, sid), service.today());
    }
}
