package cn.anjian.personnel.officers;

import lombok.RequiredArgsConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.ImportRejectedException;
import cn.anjian.kernel.Params;
import cn.anjian.personnel.Eligibility;
import cn.anjian.personnel.EnforcerEligibility;
import cn.anjian.personnel.OfficerFilter;
import cn.anjian.personnel.OfficerRow;
import cn.anjian.personnel.PageResult;
import cn.anjian.personnel.PostStatus;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Officers API (OFF): same service methods as the pages and the import, so refusals are identical. */
@RestController
@RequestMapping("/api/v1/personnel/officers")
@RequiredArgsConstructor
class OfficerApiController {

    private final OfficerService officers;
    private final EnforcerEligibility eligibility;
    private final OfficerImport importer;
    private final java.time.Clock clock;

    record StatusChange(CertificateAction action, Integer version, LocalDate on, String reason) {
    }

    record CertificateReturn(Integer version, LocalDate on, String receivedBy) {
    }

    record PostChange(PostStatus status, Integer version, LocalDate on, String reason) {
    }

    record AwardFlag(Integer year, String reason) {
    }

    @GetMapping
    @PreAuthorize("hasAuthority('personnel:read')")
    @Operation(summary = "辖区内执法人员列表：姓名、内设机构、证件状态（VALID/EXPIRED/NONE/状态名）、学时不足、岗位筛选")
    PageResult<OfficerRow> list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String name,
                                @RequestParam(required = false) String unitId, @RequestParam(required = false) String certificate,
                                @RequestParam(required = false) String shortfall, @RequestParam(required = false) String post,
                                @RequestParam(required = false) String page, @RequestParam(required = false) String size,
                                @RequestParam(required = false) String sort) {
        return officers.list(actor, new OfficerFilter(name, Params.optionalId("unitId", unitId), blankToNull(certificate),
                        "true".equalsIgnoreCase(shortfall) ? Boolean.TRUE : null, Params.enumValue(PostStatus.class, "post", post)),
                OfficerReports.SORT.parse(sort), Params.integer("page", page, 0, 0, 100_000), Params.integer("size", size, 20, 1, 100),
                cn.anjian.kernel.ListCount.CAPPED);
    }

    @GetMapping("/{personId}")
    @PreAuthorize("hasAuthority('personnel:read')")
    @Operation(summary = "执法人员详情：证件、培训、岗位、OFF-04 期限、执法资格、评优资格、轮训")
    OfficerDetail get(@AuthenticationPrincipal Actor actor, @PathVariable String personId) {
        return officers.get(actor, Params.optionalId("personId", personId));
    }

    @PostMapping("/{personId}")
    @PreAuthorize("hasAuthority('personnel:manage')")
    @Operation(summary = "将已登记人员登记为执法人员")
    ResponseEntity<OfficerDetail> register(@AuthenticationPrincipal Actor actor, @PathVariable String personId,
                                           @RequestBody NewOfficer officer) {
        OfficerDetail d = officers.register(actor, Params.optionalId("personId", personId), officer);
        return ResponseEntity.created(URI.create("/api/v1/personnel/officers/" + d.person().id())).body(d);
    }

    @PostMapping("/{personId}/trainings")
    @PreAuthorize("hasAuthority('personnel:manage')")
    @Operation(summary = "登记培训记录")
    ResponseEntity<TrainingView> addTraining(@AuthenticationPrincipal Actor actor, @PathVariable String personId,
                                             @RequestBody NewTraining training) {
        return ResponseEntity.status(HttpStatus.CREATED).body(officers.addTraining(actor, Params.optionalId("personId", personId), training));
    }

    @PostMapping("/{personId}/certificates")
    @PreAuthorize("hasAuthority('personnel:manage')")
    @Operation(summary = "登记执法证件（OFF-01/OFF-08：须集中脱产岗前培训不少于 80 学时且考核合格）")
    ResponseEntity<CertificateView> addCertificate(@AuthenticationPrincipal Actor actor, @PathVariable String personId,
                                                   @RequestBody NewCertificate certificate) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(officers.addCertificate(actor, Params.optionalId("personId", personId), certificate));
    }

    @PostMapping("/certificates/{certificateId}/status")
    @PreAuthorize("hasAuthority('personnel:manage')")
    @Operation(summary = "暂扣、恢复、吊销、注销证件（吊销/注销在岗人员的证件开启 OFF-04 十日期限）")
    CertificateView changeStatus(@AuthenticationPrincipal Actor actor, @PathVariable String certificateId,
                                 @RequestBody StatusChange change) {
        return officers.changeCertificate(actor, Params.optionalId("certificateId", certificateId), version(change.version()),
                change.action(), change.on(), change.reason());
    }

    @PostMapping("/certificates/{certificateId}/return")
    @PreAuthorize("hasAuthority('personnel:manage')")
    @Operation(summary = "登记证件交回发证机关（OFF-05）")
    CertificateView returnCertificate(@AuthenticationPrincipal Actor actor, @PathVariable String certificateId,
                                      @RequestBody CertificateReturn r) {
        return officers.returnCertificate(actor, Params.optionalId("certificateId", certificateId), version(r.version()), r.on(),
                r.receivedBy());
    }

    @PostMapping("/{personId}/post")
    @PreAuthorize("hasAuthority('personnel:manage')")
    @Operation(summary = "调整执法岗位（调离执法岗位即完成 OFF-04 期限）")
    OfficerDetail changePost(@AuthenticationPrincipal Actor actor, @PathVariable String personId, @RequestBody PostChange c) {
        return officers.changePost(actor, Params.optionalId("personId", personId), version(c.version()), c.status(), c.on(), c.reason());
    }

    @GetMapping("/{personId}/eligibility")
    @PreAuthorize("hasAuthority('personnel:read')")
    @Operation(summary = "OFF-03：某日能否作为执法人员（参加/带领执法组、签署执法文书）")
    Eligibility eligibility(@AuthenticationPrincipal Actor actor, @PathVariable String personId,
                            @RequestParam(required = false) String day) {
        long id = Params.optionalId("personId", personId);
        officers.get(actor, id);
        LocalDate d = Params.date("day", day);
        return eligibility.check(id, d == null ? LocalDate.now(clock) : d);
    }

    @GetMapping("/post-cases")
    @PreAuthorize("hasAuthority('personnel:read')")
    @Operation(summary = "OFF-04：应调离执法岗位的人员（进行中，或仅已逾期）")
    List<PostCaseView> postCases(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String overdue) {
        return officers.postCases(actor, "true".equalsIgnoreCase(overdue));
    }

    @GetMapping("/shortfalls")
    @PreAuthorize("hasAuthority('personnel:read')")
    @Operation(summary = "OFF-02：年度轮训不足 24 学时或全年未参加培训的在岗执法人员")
    PageResult<ShortfallRow> shortfalls(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String year,
                                        @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
        int y = Params.integer("year", year, LocalDate.now(clock).getYear(), 2000, 2100);
        return officers.shortfalls(actor, y, Params.integer("page", page, 0, 0, 100_000),
                Params.integer("size", size, 50, 1, 1000));
    }

    @GetMapping("/rotation")
    @PreAuthorize("hasAuthority('personnel:read')")
    @Operation(summary = "OFF-07：三年一次、不少于两周的轮训到期或逾期的在岗人员")
    List<RotationRow> rotation(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String withinDays) {
        return officers.rotationDue(actor, LocalDate.now(clock), Params.integer("withinDays", withinDays, 90, 0, 3650));
    }

    @GetMapping("/{personId}/award")
    @PreAuthorize("hasAuthority('personnel:read')")
    @Operation(summary = "OFF-06：年度评先评优资格")
    AwardEligibility award(@AuthenticationPrincipal Actor actor, @PathVariable String personId,
                           @RequestParam(required = false) String year) {
        return officers.awardEligibility(actor, Params.optionalId("personId", personId),
                Params.integer("year", year, LocalDate.now(clock).getYear(), 2000, 2100));
    }

    @PostMapping("/{personId}/award-flags")
    @PreAuthorize("hasAuthority('personnel:manage')")
    @Operation(summary = "OFF-06：记录恶意不取得执法证件（取消当年评先评优资格）")
    ResponseEntity<Void> flag(@AuthenticationPrincipal Actor actor, @PathVariable String personId, @RequestBody AwardFlag f) {
        if (f.year() == null) {
            throw BusinessException.badInput("OFF-YEAR", "请填写年度");
        }
        officers.flagDeliberateNoCertificate(actor, Params.optionalId("personId", personId), f.year(), f.reason());
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('personnel:import')")
    @Operation(summary = "Excel 导入执法人员与培训记录（任何一行有错则全部不导入，返回行列错误清单）")
    ImportResult importFile(@AuthenticationPrincipal Actor actor, @RequestPart(name = "file", required = false) MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw BusinessException.badInput("IMPORT-FILE", "请选择要导入的 Excel 文件");
        }
        try (InputStream in = file.getInputStream()) {
            return importer.importFile(actor, in);
        } catch (IOException e) {
            throw BusinessException.badInput("IMPORT-FILE", "文件读取失败，请重新上传");
        }
    }

    @GetMapping("/import/template.xlsx")
    @PreAuthorize("hasAuthority('personnel:import')")
    @Operation(summary = "导入模板")
    ResponseEntity<org.springframework.core.io.ByteArrayResource> template() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        importer.writeTemplate(out);
        return OfficerPageController.templateResponse(out.toByteArray());
    }

    @ExceptionHandler(ImportRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(ImportRejectedException e) {
        HttpStatus status = HttpStatus.UNPROCESSABLE_CONTENT;
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        pd.setType(URI.create("urn:anjian:error:" + e.code()));
        pd.setTitle(status.getReasonPhrase());
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("code", e.code());
        props.put("totalErrors", e.totalErrors());
        props.put("errors", e.errors());
        pd.setProperties(props);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(pd);
    }

    private static int version(Integer v) {
        if (v == null || v < 0) {
            throw BusinessException.badInput("OFF-VERSION", "缺少版本号 version（读取详情时得到），用于防止并发修改");
        }
        return v;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
