package cn.anjian.complaints.submissions;

import java.util.List;

import cn.anjian.settings.DeclaredSettings;
import cn.anjian.settings.Setting;
import org.springframework.stereotype.Component;

/** The answer periods RULES.md calls configurable, read on the day a submission arrives. */
@Component
class ComplaintsSettings implements DeclaredSettings {

    /** SS-05: a supervisor's submission is answered within this many working days. */
    static final Setting<Integer> SUPERVISOR_ANSWER_WORKING_DAYS = Setting.integer(
            "complaints.supervisor-answer-working-days", "社会监督员意见线索答复期限", "SS-05",
            "《贯彻落实〈应急管理综合行政执法技术检查员和社会监督员工作规定（试行）〉实施细则》", "第二十五条",
            "个工作日", 15, 1, 60);

    /** CMP-02: a complaint, tip or question from the public is answered within this many working days. */
    static final Setting<Integer> PUBLIC_ANSWER_WORKING_DAYS = Setting.integer(
            "complaints.public-answer-working-days", "投诉举报答复期限", "CMP-02",
            "《晋城市人民政府办公室关于加强市县乡安全生产监管能力建设的实施意见》", "第十二项", "个工作日", 15, 1, 60);

    @Override
    public String moduleName() {
        return "投诉举报与监督员意见";
    }

    @Override
    public List<Setting<?>> settings() {
        return List.of(SUPERVISOR_ANSWER_WORKING_DAYS, PUBLIC_ANSWER_WORKING_DAYS);
    }
}
