package cn.anjian.experts.applications;

import lombok.RequiredArgsConstructor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.documents.DocumentGenerator;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Fmt;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * EXP-05 (seed 002 art. 9): the .docx of an admitted applicant's joint document and certificate (聘书), written by
 * {@code documents} from its templates with the numbers taken when the director's meeting approved. Generated from the
 * stored record whenever asked, so a reissue after a template change carries the same number and facts.
 */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class ApplicationDocuments {

    public static final String JOINT = "EXPERT_JOINT_DOC";
    public static final String CERTIFICATE = "EXPERT_CERTIFICATE";

    /** A generated document: its file name and bytes. */
    public record Docx(String fileName, byte[] bytes) {
    }

    private final ApplicationQueries queries;
    private final DocumentGenerator generator;
    private final JdbcClient jdbc;

    public Docx jointDocument(Actor actor, long id) {
        ApplicationQueries.Detail a = admitted(actor, id);
        Map<String, Object> data = common(id, a, a.jointDocNumber());
        data.put("subject", "公布" + a.fieldName() + "安全生产和应急管理专家");
        data.put("body", "经个人申报、单位推荐、资格审查、公示和局长办公会审定，现将入库专家公布如下。");
        data.put("items", List.of(List.of("1", a.name(), a.employer(), a.title(), a.level(), a.fieldName() + "（" + a.subNames() + "）")));
        return new Docx("专家入库联合印发文件-" + a.jointDocNumber() + ".docx", generator.generate(JOINT, data));
    }

    public Docx certificate(Actor actor, long id) {
        ApplicationQueries.Detail a = admitted(actor, id);
        Map<String, Object> data = common(id, a, a.certificateNumber());
        data.put("expertName", a.name());
        data.put("level", a.level());
        data.put("field", a.fieldName() + "（" + a.subNames() + "）");
        data.put("appointment", "经审定，聘请" + a.name() + "同志为" + data.get("agencyName") + "安全生产和应急管理" + a.level()
                + "，自" + Fmt.chineseDate(a.decidedOn()) + "起入库。");
        return new Docx("专家聘书-" + a.certificateNumber() + ".docx", generator.generate(CERTIFICATE, data));
    }

    /** In scope (404 otherwise) and admitted: before the meeting's approval there is no number, so no document (409). */
    private ApplicationQueries.Detail admitted(Actor actor, long id) {
        ApplicationQueries.Detail a = queries.detail(actor, id);
        if (a.certificateNumber() == null || a.jointDocNumber() == null || a.decidedOn() == null) {
            throw BusinessException.conflict("EXP-05", "局长办公会审定入库后才有联合印发文件和聘书");
        }
        return a;
    }

    private Map<String, Object> common(long id, ApplicationQueries.Detail a, String number) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("agencyName", jdbc.sql("""
                SELECT g.name FROM exp_application x JOIN org_agency_view g ON g.id = x.agency_id WHERE x.id = :id""")
                .param("id", id).query(String.class).single());
        data.put("docNumber", number);
        data.put("date", a.decidedOn());
        return data;
    }
}
