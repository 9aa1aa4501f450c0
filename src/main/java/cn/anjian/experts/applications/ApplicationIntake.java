package cn.anjian.experts.applications;

import cn.anjian.kernel.TrackingCodes;

import lombok.RequiredArgsConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.anjian.experts.pool.Pool;
import cn.anjian.experts.pool.PoolStructure;
import cn.anjian.experts.pool.Pools;
import cn.anjian.files.Files;
import cn.anjian.files.StoredFile;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.Phones;
import cn.anjian.kernel.Scope;
import cn.anjian.kernel.Zones;
import cn.anjian.org.Agencies;
import cn.anjian.org.Agency;
import cn.anjian.org.AgencyKind;
import cn.anjian.org.Jurisdictions;
import cn.anjian.personnel.IdCardNumber;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * EXP-03/EXP-04: an application from the portal (no login) to the pool of the agency whose portal it is: the window,
 * the annex-2 form with the four commitments, attachments through {@code files}; the applicant gets a tracking code.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class ApplicationIntake {

    static final int MAX_ATTACHMENTS = 5;
    static final long MAX_ATTACHMENT_BYTES = 20L * 1024 * 1024;
    static final List<String> ATTACHMENT_TYPES = List.of("application/pdf", "image/jpeg", "image/png");

    private final Portals portals;
    private final PoolStructure structure;
    private final ApplicationWindows windows;
    private final ApplicationRepository applications;
    private final ApplicationAttachments attachmentStore;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** The pool a portal (public division code) takes applications for; 404 for an unknown portal. */
    @Transactional(readOnly = true)
    public Pool portalPool(String portal) {
        return portals.pool(portal);
    }

    /** Files an application; refused outside the window (EXP-04) or with a missing commitment, nothing stored. */
    public String submit(String portal, NewApplication a, List<MultipartFile> attachments) {
        Pool pool = portalPool(portal);
        LocalDate today = LocalDate.now(clock.withZone(Zones.SHANGHAI));
        windows.requireOpen(pool.agencyId(), today);
        NewApplication checked = check(a);
        List<MultipartFile> given = checkFiles(attachments);
        ExpertApplication x = ExpertApplication.submit(pool.agencyId(), pool.scopePath(), nextCode(), checked, clock.instant());
        x = applications.save(x);
        x.attachmentIds = attachmentStore.store(pool, given);
        x = applications.save(x);
        events.publishEvent(new AuditableEvent("experts.application.submitted", "expert_application", String.valueOf(x.id),
                null, x.audit(), "public-portal", null));
        return x.trackingCode;
    }

    /** Whether the agency has any application (the demo loader runs once). */
    @Transactional(readOnly = true)
    public boolean hasApplications(long agencyId) {
        return applications.existsByAgencyId(agencyId);
    }

    /** The application a tracking code names (the applicant follows it on the portal). */
    @Transactional(readOnly = true)
    public Optional<ExpertApplication> track(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = TrackingCodes.normalise("ZJ", code);
        return c != null ? applications.findByTrackingCode(c) : Optional.empty();
    }

    static String nextCode() {
        return TrackingCodes.next("ZJ");
    }

    NewApplication check(NewApplication a) {
        if (a == null) {
            throw BusinessException.badInput("EXP-APPLICATION", "请填写申报表");
        }
        if (!a.allCommitments()) {
            throw BusinessException.badInput("EXP-04-COMMITMENT", "请逐项作出工作纪律、职业道德、技术服务和廉政建设四项承诺");
        }
        if (a.source() == null || a.level() == null || a.gender() == null || a.employment() == null
                || a.titleGrade() == null || a.qualification() == null) {
            throw BusinessException.badInput("EXP-APPLICATION", "请完整选择申报方式、专家类别、性别、在岗情况、职称等级和职业资格");
        }
        String recommender = Params.text("EXP-04-RECOMMENDER", "推荐单位（股室）", a.recommender(), 200, a.source() != ApplicationSource.SELF);
        String card = IdCardNumber.of(a.idCard() == null ? "" : a.idCard().strip()).value();
        String phone = Params.text("EXP-PHONE", "移动电话", a.phone(), 20, true);
        if (!Phones.valid(phone)) {
            throw BusinessException.badInput("EXP-PHONE", Phones.RULE);
        }
        LocalDate today = LocalDate.now(clock.withZone(Zones.SHANGHAI));
        if (a.birthDate() == null || !a.birthDate().isBefore(today.minusYears(18))) {
            throw BusinessException.badInput("EXP-BIRTH", "请填写正确的出生日期");
        }
        if (a.yearsExperience() < 0 || a.yearsExperience() > 60 || a.keyIndustryYears() < 0 || a.keyIndustryYears() > 60) {
            throw BusinessException.badInput("EXP-YEARS", "工作年限须在 0–60 年之间");
        }
        PoolStructure.Field field = structure.requireField(a.fieldCode());
        List<String> subs = a.subCodes() == null ? List.of() : a.subCodes().stream()
                .map(s -> structure.requireSub(field, s).code()).distinct().toList();
        if (subs.isEmpty()) {
            throw BusinessException.badInput("EXP-SUB", "请至少选择一个专业小类");
        }
        return new NewApplication(a.source(), recommender, a.level(), Params.text("EXP-NAME", "姓名", a.name(), 50, true),
                a.gender(), a.birthDate(), card, phone, Params.text("EXP-EMAIL", "电子邮箱", a.email(), 100, false),
                a.employment(), Params.text("EXP-EMPLOYER", "单位全称", a.employerName(), 200, true),
                Params.text("EXP-ADDRESS", "单位地址", a.employerAddress(), 200, false),
                Params.text("EXP-DEPARTMENT", "所在部门", a.department(), 100, false),
                Params.text("EXP-TITLE", "职务（职称）", a.title(), 60, true), a.titleGrade(), a.qualification(),
                Params.text("EXP-SCHOOL", "毕业学校", a.school(), 100, false),
                Params.text("EXP-EDUCATION", "最高学历", a.education(), 40, false),
                Params.text("EXP-MAJOR", "所学专业", a.major(), 100, false), a.yearsExperience(), a.keyIndustryYears(),
                a.legalPractice(), a.healthy(), a.cleanRecord(), field.code(), subs,
                Params.text("EXP-HISTORY", "工作简历", a.workHistory(), 4000, true),
                Params.text("EXP-PUBLICATIONS", "发明、著作、学术论文情况", a.publications(), 4000, false),
                Params.text("EXP-AWARDS", "受过何种奖励", a.awards(), 4000, false),
                Params.text("EXP-ACHIEVEMENTS", "主要业绩及研究成果", a.achievements(), 4000, false),
                true, true, true, true);
    }

    static List<MultipartFile> checkFiles(List<MultipartFile> attachments) {
        List<MultipartFile> given = attachments == null ? List.of()
                : attachments.stream().filter(p -> p != null && !p.isEmpty()).toList();
        if (given.size() > MAX_ATTACHMENTS) {
            throw BusinessException.badInput("EXP-ATTACHMENT", "附件最多 " + MAX_ATTACHMENTS + " 个");
        }
        if (given.stream().anyMatch(p -> p.getSize() > MAX_ATTACHMENT_BYTES)) {
            throw BusinessException.badInput("EXP-ATTACHMENT", "每个附件不能超过 20 MB");
        }
        return given;
    }
}
