package cn.anjian.org.api;

import lombok.RequiredArgsConstructor;

import java.net.URI;
import java.util.List;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.org.Agencies;
import cn.anjian.org.Agency;
import cn.anjian.org.AgencyKind;
import cn.anjian.org.EscalationRoute;
import cn.anjian.org.Jurisdiction;
import cn.anjian.org.JurisdictionChange;
import cn.anjian.org.Jurisdictions;
import cn.anjian.org.OrgUnit;
import cn.anjian.org.UnitKind;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON API of the org module (ORG-01..04). Reading divisions and agencies is province-wide reference
 * data ({@code org:read}); units and every change are limited to the caller's scope (ORG-03), and
 * changes need {@code org:manage}. Refusals come back as problem+json with a Chinese message.
 */
@RestController
@RequestMapping("/api/v1/org")
@RequiredArgsConstructor
class OrgApiController {

    record NewJurisdiction(Long parentId, String code, String name) {
    }

    record JurisdictionUpdate(String name, String code, String reason) {
    }

    record Retirement(Long successorId, String reason) {
    }

    record NewAgency(Long jurisdictionId, String kind, String name) {
    }

    record NewUnit(String kind, String name) {
    }

    record NameChange(String name) {
    }

    private final Jurisdictions jurisdictions;
    private final Agencies agencies;

    // ---- divisions ----

    @GetMapping("/jurisdictions/{id}")
    @PreAuthorize("hasAuthority('org:read')")
    Jurisdiction jurisdiction(@PathVariable long id) {
        return jurisdictions.get(id);
    }

    @GetMapping("/jurisdictions/{id}/children")
    @PreAuthorize("hasAuthority('org:read')")
    List<Jurisdiction> children(@PathVariable long id, @RequestParam(defaultValue = "false") boolean includeRetired) {
        jurisdictions.get(id);
        return jurisdictions.children(id, includeRetired);
    }

    @GetMapping("/jurisdictions/{id}/ancestors")
    @PreAuthorize("hasAuthority('org:read')")
    List<Jurisdiction> ancestors(@PathVariable long id) {
        return jurisdictions.ancestors(id);
    }

    @GetMapping("/jurisdictions/{id}/history")
    @PreAuthorize("hasAuthority('org:read')")
    List<JurisdictionChange> history(@PathVariable long id) {
        jurisdictions.get(id);
        return jurisdictions.history(id);
    }

    @GetMapping("/jurisdictions")
    @PreAuthorize("hasAuthority('org:read')")
    List<Jurisdiction> search(@RequestParam(required = false) String q, @RequestParam(required = false) Integer level,
                              @RequestParam(defaultValue = "false") boolean includeRetired,
                              @RequestParam(defaultValue = "50") int limit) {
        return jurisdictions.search(q, level, includeRetired, limit);
    }

    @PostMapping("/jurisdictions")
    @PreAuthorize("hasAuthority('org:manage')")
    ResponseEntity<Jurisdiction> add(@AuthenticationPrincipal Actor actor, @RequestBody NewJurisdiction body) {
        Jurisdiction created = jurisdictions.add(actor, required(body.parentId(), "parentId"), body.code(), body.name());
        return ResponseEntity.created(URI.create("/api/v1/org/jurisdictions/" + created.id())).body(created);
    }

    @PutMapping("/jurisdictions/{id}")
    @PreAuthorize("hasAuthority('org:manage')")
    Jurisdiction rename(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody JurisdictionUpdate body) {
        return jurisdictions.rename(actor, id, body.name(), body.code(), body.reason());
    }

    @PostMapping("/jurisdictions/{id}/retire")
    @PreAuthorize("hasAuthority('org:manage')")
    Jurisdiction retire(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody Retirement body) {
        return jurisdictions.retire(actor, id, body.successorId(), body.reason());
    }

    // ---- agencies and units ----

    @GetMapping("/agencies")
    @PreAuthorize("hasAuthority('org:read')")
    List<Agency> agencies(@RequestParam long jurisdictionId) {
        jurisdictions.get(jurisdictionId);
        return agencies.list(jurisdictionId);
    }

    @GetMapping("/agencies/{id}")
    @PreAuthorize("hasAuthority('org:read')")
    Agency agency(@PathVariable long id) {
        return agencies.get(id);
    }

    @GetMapping("/agencies/{id}/units")
    @PreAuthorize("hasAuthority('org:read')")
    List<OrgUnit> units(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
        return agencies.units(actor, id);
    }

    @GetMapping("/agencies/{id}/escalation-route")
    @PreAuthorize("hasAuthority('org:read')")
    List<EscalationRoute.Step> route(@PathVariable long id) {
        return agencies.escalationRoute(id).steps();
    }

    @PostMapping("/agencies")
    @PreAuthorize("hasAuthority('org:manage')")
    ResponseEntity<Agency> createAgency(@AuthenticationPrincipal Actor actor, @RequestBody NewAgency body) {
        Agency created = agencies.create(actor, required(body.jurisdictionId(), "jurisdictionId"),
                AgencyKind.parse(body.kind()), body.name());
        return ResponseEntity.created(URI.create("/api/v1/org/agencies/" + created.id())).body(created);
    }

    @PutMapping("/agencies/{id}")
    @PreAuthorize("hasAuthority('org:manage')")
    Agency renameAgency(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody NameChange body) {
        return agencies.rename(actor, id, body.name());
    }

    @PostMapping("/agencies/{id}/retire")
    @PreAuthorize("hasAuthority('org:manage')")
    Agency retireAgency(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
        return agencies.retire(actor, id);
    }

    @PostMapping("/agencies/{id}/units")
    @PreAuthorize("hasAuthority('org:manage')")
    ResponseEntity<OrgUnit> createUnit(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody NewUnit body) {
        OrgUnit created = agencies.createUnit(actor, id, UnitKind.parse(body.kind()), body.name());
        return ResponseEntity.created(URI.create("/api/v1/org/units/" + created.id())).body(created);
    }

    @GetMapping("/units/{id}")
    @PreAuthorize("hasAuthority('org:read')")
    OrgUnit unit(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
        return agencies.getUnit(actor, id);
    }

    @PutMapping("/units/{id}")
    @PreAuthorize("hasAuthority('org:manage')")
    OrgUnit renameUnit(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody NameChange body) {
        return agencies.renameUnit(actor, id, body.name());
    }

    @PostMapping("/units/{id}/retire")
    @PreAuthorize("hasAuthority('org:manage')")
    OrgUnit retireUnit(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
        return agencies.retireUnit(actor, id);
    }

    private static long required(Long value, String field) {
        if (value == null) {
            throw BusinessException.badInput("MISSING-FIELD", "缺少字段 " + field);
        }
        return value;
    }
}
