package cn.anjian.publicity.before;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import cn.anjian.enforcement.CaseKind;
import cn.anjian.kernel.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The item disclosed before enforcement: its publish gate (PUB-01, PUB-03), its owning unit (PUB-10), its states. */
class DisclosureItemTests {

    static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

    static Map<String, String> completeGuide() {
        Map<String, String> v = new HashMap<>();
        BeforeKind.LICENCE_GUIDE.fields().forEach(f -> v.put(f.key(), f.label() + "的内容"));
        return v;
    }

    static DisclosureItem draft(BeforeKind kind, Map<String, String> values) {
        return DisclosureItem.draft(kind, 7, "/1/5/", new DisclosureItem.Content("事项", kind == BeforeKind.PROCEDURE
                ? CaseKind.PENALTY : null, 3, "安全生产执法监督股", 0, values), NOW, "zz_office");
    }

    @Test
    @DisplayName("PUB-03 a licence guide lists every field of 公示 art. 8: items, basis, body, type, parties, statutory and promised limits, quantity, result, conditions, process, materials, forms, complaint, address, phone, status query")
    void guideFields() {
        assertThat(BeforeKind.LICENCE_GUIDE.fields()).allMatch(BeforeKind.Field::required)
                .extracting(BeforeKind.Field::label)
                .contains("设定依据", "实施主体", "事项类型", "服务对象", "法定办结时限", "承诺办结时限", "数量限制", "办理结果",
                        "申请条件", "办理流程", "申请材料", "表格及样表下载", "投诉渠道", "办理地点", "咨询电话", "办理进度查询");
        assertThat(BeforeKind.LICENCE_GUIDE.titleLabel()).isEqualTo("事项名称");
    }

    @Test
    @DisplayName("PUB-03 a licence guide missing one field cannot be published: refused naming the field, nothing changed; complete it publishes")
    void guideMissingOneField() {
        Map<String, String> v = completeGuide();
        v.remove("promisedLimit");
        DisclosureItem guide = draft(BeforeKind.LICENCE_GUIDE, v);
        assertThat(guide.missing()).containsExactly("承诺办结时限");
        assertThatThrownBy(() -> guide.publish(NOW)).isInstanceOf(BusinessException.class)
                .hasMessageContaining("承诺办结时限")
                .satisfies(e -> assertThat(((BusinessException) e).code()).isEqualTo("PUB-03"))
                .satisfies(e -> assertThat(((BusinessException) e).kind()).isEqualTo(BusinessException.Kind.RULE));
        assertThat(guide.status()).isEqualTo(DisclosureItem.Status.DRAFT);
        assertThat(guide.pendingEvents()).isEmpty();

        DisclosureItem complete = draft(BeforeKind.LICENCE_GUIDE, completeGuide());
        complete.publish(NOW);
        assertThat(complete.status()).isEqualTo(DisclosureItem.Status.PUBLISHED);
        assertThat(complete.publishedAt()).isEqualTo(NOW);
    }

    @Test
    @DisplayName("PUB-03 a published guide cannot be edited into missing a field (blank value refused, it stays as it was)")
    void publishedGuideStaysComplete() {
        DisclosureItem guide = draft(BeforeKind.LICENCE_GUIDE, completeGuide());
        guide.publish(NOW);
        Map<String, String> v = completeGuide();
        v.put("phone", " ");
        assertThatThrownBy(() -> guide.edit(new DisclosureItem.Content("事项", null, 3, "股", 0, v), NOW))
                .isInstanceOf(BusinessException.class).hasMessageContaining("咨询电话");
    }

    @Test
    @DisplayName("PUB-01 a spot-check item needs its basis, content, method and targets before it is published")
    void spotCheckFields() {
        DisclosureItem spot = draft(BeforeKind.SPOT_CHECK, Map.of("basis", "依据", "content", "内容", "method", "方式"));
        assertThatThrownBy(() -> spot.publish(NOW)).isInstanceOf(BusinessException.class)
                .hasMessageContaining("抽查对象")
                .satisfies(e -> assertThat(((BusinessException) e).code()).isEqualTo("PUB-01"));
        DisclosureItem full = draft(BeforeKind.SPOT_CHECK, Map.of("basis", "依据", "content", "内容", "method", "方式", "targets", "对象"));
        full.publish(NOW);
        assertThat(full.status()).isEqualTo(DisclosureItem.Status.PUBLISHED);
    }

    @Test
    @DisplayName("PUB-10 every item names its owning unit: without one it is refused when drafted")
    void owningUnit() {
        assertThatThrownBy(() -> DisclosureItem.draft(BeforeKind.POWER, 7, "/1/5/", new DisclosureItem.Content("事项", null, 0, null,
                0, Map.of()), NOW, "zz_office"))
                .isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(((BusinessException) e).code()).isEqualTo("PUB-10"));
        DisclosureItem item = draft(BeforeKind.UNIT_DUTY, Map.of("duties", "职责"));
        assertThat(item.unitName()).isEqualTo("安全生产执法监督股");
        assertThat(item.snapshot()).containsEntry("unit", "安全生产执法监督股");
    }

    @Test
    @DisplayName("PUB-01 a procedure belongs to a case kind; publish, unpublish, publish again; a second publish or an unpublish of a draft is refused")
    void states() {
        assertThatThrownBy(() -> DisclosureItem.draft(BeforeKind.PROCEDURE, 7, "/1/5/", new DisclosureItem.Content("程序", null, 3,
                "股", 0, Map.of()), NOW, "x")).isInstanceOf(BusinessException.class);
        DisclosureItem p = draft(BeforeKind.PROCEDURE, Map.of("method", "方式", "steps", "立案｜7 个工作日"));
        assertThatThrownBy(() -> p.unpublish(NOW)).isInstanceOf(BusinessException.class);
        p.publish(NOW);
        assertThatThrownBy(() -> p.publish(NOW)).isInstanceOf(BusinessException.class);
        p.unpublish(NOW);
        assertThat(p.status()).isEqualTo(DisclosureItem.Status.UNPUBLISHED);
        p.publish(NOW);
        assertThat(p.status()).isEqualTo(DisclosureItem.Status.PUBLISHED);
        assertThat(p.pendingEvents()).hasSize(3);
    }
}
