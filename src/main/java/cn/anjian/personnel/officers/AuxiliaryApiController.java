package cn.anjian.personnel.officers;

import lombok.RequiredArgsConstructor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.PageSize;
import cn.anjian.kernel.Params;
import cn.anjian.personnel.PageResult;
import cn.anjian.personnel.officers.AuxiliaryStaff.AuxiliaryView;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
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

/** OFF-10 API: enforcement auxiliary staff (registered, trained, managed; never enforcers). */
@RestController
@RequestMapping("/api/v1/personnel/auxiliaries")
@RequiredArgsConstructor
class AuxiliaryApiController {

    private final AuxiliaryStaff staff;
    private final AuxiliaryList auxiliaries;

    record Registration(String duties, LocalDate registeredOn) {
    }

    record Training(String course, BigDecimal classHours, LocalDate startDate, LocalDate endDate) {
    }

    record Leave(LocalDate on) {
    }

    @GetMapping
    @PreAuthorize("hasAuthority('personnel:read')")
    @Operation(summary = "执法辅助人员列表（管辖范围内；name、status 筛选，sort 排序，size 每页 20/50/100）")
    PageResult<AuxiliaryView> list(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q) {
        return auxiliaries.page(actor, AuxiliaryPageController.filter(q), AuxiliaryList.SORT.parse(q.get("sort")),
                Params.page(q.get("page")), PageSize.parse(q.get("size")));
    }

    @GetMapping("/{personId}")
    @PreAuthorize("hasAuthority('personnel:read')")
    AuxiliaryView get(@AuthenticationPrincipal Actor actor, @PathVariable String personId) {
        return staff.inScope(actor, Params.optionalId("personId", personId));
    }

    @PostMapping("/{personId}")
    @PreAuthorize("hasAuthority('personnel:manage')")
    @Operation(summary = "登记执法辅助人员（执法人员不能登记；辅助人员不得从事行政执法）")
    ResponseEntity<AuxiliaryView> register(@AuthenticationPrincipal Actor actor, @PathVariable String personId,
                                           @RequestBody Registration r) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(staff.register(actor, Params.optionalId("personId", personId), r.duties(), r.registeredOn()));
    }

    @PostMapping("/{personId}/trainings")
    @PreAuthorize("hasAuthority('personnel:manage')")
    AuxiliaryView train(@AuthenticationPrincipal Actor actor, @PathVariable String personId, @RequestBody Training t) {
        return staff.addTraining(actor, Params.optionalId("personId", personId), t.course(), t.classHours(), t.startDate(),
                t.endDate());
    }

    @PostMapping("/{personId}/leave")
    @PreAuthorize("hasAuthority('personnel:manage')")
    AuxiliaryView leave(@AuthenticationPrincipal Actor actor, @PathVariable String personId, @RequestBody Leave l) {
        return staff.leave(actor, Params.optionalId("personId", personId), l.on());
    }
}
