package cn.anjian.publicity.before;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

import java.util.List;

/**
 * What is published before enforcement (PUB-01, PUB-03; 《安全生产行政执法公示制度》第六条、第八条), each with the fields
 * its article names. A required field must be filled before the item can be published; a licence service guide needs
 * every field of article 8 (PUB-03).
 */
@Getter
@RequiredArgsConstructor
public enum BeforeKind {
    UNIT_DUTY("单位职责", "units", "单位名称", List.of(
            Field.required("duties", "主要职责", true),
            Field.optional("phone", "联系电话", false))),
    POWER("权责清单", "powers", "职权名称", List.of(
            Field.required("powerType", "职权类型", false),
            Field.required("basis", "实施依据", true),
            Field.required("responsibility", "责任事项", true),
            Field.optional("accountability", "追责情形", true))),
    SPOT_CHECK("随机抽查事项", "spot-checks", "抽查事项", List.of(
            Field.required("basis", "抽查依据", true),
            Field.required("content", "抽查内容", true),
            Field.required("method", "抽查方式", true),
            Field.required("targets", "抽查对象", true),
            Field.optional("frequency", "抽查比例和频次", false))),
    LICENCE_GUIDE("行政许可服务指南", "guides", "事项名称", List.of(
            Field.required("basis", "设定依据", true),
            Field.required("body", "实施主体", false),
            Field.required("type", "事项类型", false),
            Field.required("servedParties", "服务对象", false),
            Field.required("statutoryLimit", "法定办结时限", false),
            Field.required("promisedLimit", "承诺办结时限", false),
            Field.required("quantityLimit", "数量限制", false),
            Field.required("result", "办理结果", false),
            Field.required("conditions", "申请条件", true),
            Field.required("process", "办理流程", true),
            Field.required("materials", "申请材料", true),
            Field.required("forms", "表格及样表下载", true),
            Field.required("complaint", "投诉渠道", false),
            Field.required("address", "办理地点", false),
            Field.required("phone", "咨询电话", false),
            Field.required("statusQuery", "办理进度查询", false))),
    PROCEDURE("执法程序", "procedures", "程序名称", List.of(
            Field.required("method", "执法方式", true),
            Field.required("steps", "步骤及时限（每行一步：步骤｜时限）", true))),
    LEGAL_BASIS("法律依据与裁量基准", "bases", "文件名称", List.of(
            Field.required("category", "类别", false),
            Field.required("issuer", "制定机关及文号", false),
            Field.required("summary", "主要内容", true),
            Field.optional("link", "全文链接", false)));

    private final String label;
    /** The public section's path ({@code /public/before/{section}}). */
    private final String section;
    private final String titleLabel;
    private final List<Field> fields;

    /** A field of a kind: its key (stored), Chinese label, whether publishing needs it, whether it is long text. */
    public record Field(String key, String label, boolean required, boolean multiline) {
        static Field required(String key, String label, boolean multiline) {
            return new Field(key, label, true, multiline);
        }

        static Field optional(String key, String label, boolean multiline) {
            return new Field(key, label, false, multiline);
        }
    }

    static BeforeKind ofSection(String section) {
        for (BeforeKind k : values()) {
            if (k.section.equals(section)) {
                return k;
            }
        }
        return null;
    }
}
