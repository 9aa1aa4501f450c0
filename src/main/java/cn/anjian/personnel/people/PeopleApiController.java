package cn.anjian.personnel.people;

import lombok.RequiredArgsConstructor;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.PageSize;
import cn.anjian.kernel.Params;
import cn.anjian.personnel.DuplicatePersonException;
import cn.anjian.personnel.NewPerson;
import cn.anjian.personnel.PageResult;
import cn.anjian.personnel.People;
import cn.anjian.personnel.PersonFilter;
import cn.anjian.personnel.PersonPii;
import cn.anjian.personnel.PersonRole;
import cn.anjian.personnel.PersonView;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** People API: scoped, masked (IAM-06); one person per ID card. */
@RestController
@RequestMapping("/api/v1/personnel/people")
@RequiredArgsConstructor
class PeopleApiController {

    private final People people;
    private final PersonList list;

    record PersonDetail(PersonView person, List<PersonRole> roles) {
    }

    @GetMapping
    @PreAuthorize("hasAuthority('personnel:read')")
    @Operation(summary = "辖区内人员列表（分页，证件号与电话脱敏）")
    PageResult<PersonView> list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String name,
                                @RequestParam(required = false) String idCard, @RequestParam(required = false) String role,
                                @RequestParam(required = false) String page, @RequestParam(required = false) String size,
                                @RequestParam(required = false) String sort) {
        return list.page(actor, new PersonFilter(name, idCard, null, role), PersonList.SORT.parse(sort),
                Params.integer("page", page, 0, 0, 100_000), PageSize.parse(size));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('personnel:read')")
    @Operation(summary = "人员详情及其全部角色")
    PersonDetail get(@AuthenticationPrincipal Actor actor, @PathVariable String id) {
        long personId = Params.optionalId("id", id);
        return new PersonDetail(people.get(actor, personId), people.roles(personId));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('personnel:manage')")
    @Operation(summary = "登记人员（同一身份证号只登记一次；重复时返回 409 及已有人员编号）")
    ResponseEntity<PersonView> create(@AuthenticationPrincipal Actor actor, @RequestBody NewPerson person) {
        PersonView created = people.create(actor, person);
        return ResponseEntity.created(URI.create("/api/v1/personnel/people/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('personnel:manage')")
    @Operation(summary = "修改人员信息（version 为读取时的版本）")
    PersonView update(@AuthenticationPrincipal Actor actor, @PathVariable String id, @RequestParam String version,
                      @RequestBody NewPerson person) {
        return people.update(actor, Params.optionalId("id", id), Params.integer("version", version, 0, 0, Integer.MAX_VALUE), person);
    }

    @GetMapping("/{id}/pii")
    @PreAuthorize("hasAuthority('pii:view-full')")
    @Operation(summary = "完整身份证号与电话（记录审计）")
    PersonPii pii(@AuthenticationPrincipal Actor actor, @PathVariable String id) {
        return people.revealPii(actor, Params.optionalId("id", id));
    }

    @ExceptionHandler(DuplicatePersonException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicatePersonException e) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        pd.setType(URI.create("urn:anjian:error:" + e.code()));
        pd.setTitle(HttpStatus.CONFLICT.getReasonPhrase());
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("code", e.code());
        props.put("existingId", e.existingId());
        pd.setProperties(props);
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(pd);
    }
}
