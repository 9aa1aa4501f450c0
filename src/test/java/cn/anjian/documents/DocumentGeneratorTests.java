package cn.anjian.documents;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.anjian.kernel.BusinessException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentGeneratorTests {

    private final DocumentGenerator generator = new DocumentGenerator();

    static List<String> types() {
        return List.copyOf(TemplateSpec.ALL.keySet());
    }

    /** Every field filled with a recognisable value: "<label>值". */
    static Map<String, Object> fullData(String type) {
        Map<String, Object> data = new HashMap<>();
        for (TemplateSpec.Field f : TemplateSpec.ALL.get(type).allFields()) {
            data.put(f.key(), f.key() + "值");
        }
        data.put("agencyName", "泽州县应急管理局");
        data.put("docNumber", "泽应急罚〔2026〕7号");
        data.put("date", LocalDate.of(2026, 11, 23));
        data.put("officers", List.of("张三（14050001）", "李四（14050002）"));
        data.put("items", List.of("安全出口堵塞", "未建立隐患排查台账"));
        return data;
    }

    static String text(byte[] docx) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            String tables = doc.getTables().stream().map(XWPFTable::getText).collect(Collectors.joining("\n"));
            return paragraphs + "\n" + tables;
        }
    }

    @ParameterizedTest
    @MethodSource("types")
    @DisplayName("each template fills every field and leaves no {{ placeholder")
    void generatesEachType(String type) throws Exception {
        String text = text(generator.generate(type, fullData(type)));
        TemplateSpec spec = TemplateSpec.ALL.get(type);
        assertThat(text).contains(spec.title(), "泽州县应急管理局", "泽应急罚〔2026〕7号", "2026年11月23日");
        for (TemplateSpec.Field f : spec.fields()) {
            if (f.inline()) {
                assertThat(text).contains(f.key() + "值"); // inside its clause
            } else if (!f.key().equals("officers")) {
                assertThat(text).contains(f.label(), f.key() + "值");
            }
        }
        if (spec.fields().stream().anyMatch(f -> f.key().equals("officers"))) {
            assertThat(text).contains("张三（14050001）、李四（14050002）");
        }
        if (spec.hasItems()) {
            assertThat(text).contains("安全出口堵塞", "未建立隐患排查台账");
        }
        assertThat(text).doesNotContain("{{", "}}");
    }

    @ParameterizedTest
    @MethodSource("types")
    @DisplayName("a blank form of each type has its title and no placeholder")
    void blankForms(String type) throws Exception {
        String text = text(generator.blank(type));
        assertThat(text).contains(TemplateSpec.ALL.get(type).title()).doesNotContain("{{");
    }

    @Test
    @DisplayName("the legal-review opinion letter is generated as a document carrying its number")
    void opinionLetterCarriesNumber() throws Exception {
        Map<String, Object> data = fullData("LEGAL_REVIEW_OPINION");
        data.put("docNumber", "(泽应急)安监法审〔2026〕3号");
        assertThat(text(generator.generate("LEGAL_REVIEW_OPINION", data))).contains("法制审核意见书", "(泽应急)安监法审〔2026〕3号");
    }

    @Test
    @DisplayName("missing required fields are refused (422) listing every one of them")
    void missingFields() {
        Map<String, Object> data = fullData("PENALTY_DECISION");
        data.remove("facts");
        data.put("basis", "   ");
        assertThatThrownBy(() -> generator.generate("PENALTY_DECISION", data))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.kind()).isEqualTo(BusinessException.Kind.RULE);
                    assertThat(e.getMessage()).contains("违法事实及证据", "处罚依据").doesNotContain("处罚决定、");
                });
        assertThatThrownBy(() -> generator.generate("PENALTY_DECISION", null)).isInstanceOf(BusinessException.class);
    }

    @Test
    @DisplayName("unknown type, huge field and wrong items shape are refused as bad input")
    void badInput() {
        assertThatThrownBy(() -> generator.generate("NOPE", Map.of()))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.kind()).isEqualTo(BusinessException.Kind.BAD_INPUT));
        Map<String, Object> huge = fullData("PENALTY_DECISION");
        huge.put("facts", "字".repeat(DocumentGenerator.MAX_FIELD + 1));
        assertThatThrownBy(() -> generator.generate("PENALTY_DECISION", huge))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.kind()).isEqualTo(BusinessException.Kind.BAD_INPUT));
        Map<String, Object> items = fullData("RECTIFICATION_ORDER");
        items.put("items", "not a list");
        assertThatThrownBy(() -> generator.generate("RECTIFICATION_ORDER", items))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.kind()).isEqualTo(BusinessException.Kind.BAD_INPUT));
    }

    @ParameterizedTest
    @MethodSource("types")
    @DisplayName("issue 11 item 7: every document is A4 portrait with the GB/T 9704 margins, a seal area and its template version")
    void officialLayout(String type) throws Exception {
        byte[] docx = generator.generate(type, fullData(type));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            var sect = doc.getDocument().getBody().getSectPr();
            assertThat(sect).as("section properties").isNotNull();
            assertThat(((java.math.BigInteger) sect.getPgSz().getW()).intValue()).isEqualTo(11906);
            assertThat(((java.math.BigInteger) sect.getPgSz().getH()).intValue()).isEqualTo(16838);
            assertThat(((java.math.BigInteger) sect.getPgMar().getTop()).intValue()).isEqualTo(2098);
            assertThat(((java.math.BigInteger) sect.getPgMar().getLeft()).intValue()).isEqualTo(1588);
        }
        String text = text(docx);
        assertThat(text).contains("泽州县应急管理局（印章）", "文书式样版本：第1版");
        // the seal area closes the document: the agency and the date after every field and clause
        assertThat(text.indexOf("泽州县应急管理局（印章）")).isGreaterThan(text.indexOf(TemplateSpec.ALL.get(type).title()));
    }

    @ParameterizedTest
    @MethodSource("types")
    @DisplayName("issue 11 item 7: decisions and orders name the reconsideration body (60 days) and the court (6 months)")
    void remedyClauseNamesTheBodies(String type) throws Exception {
        TemplateSpec spec = TemplateSpec.ALL.get(type);
        boolean hasRemedy = spec.fields().stream().anyMatch(f -> f.key().equals("reviewBody"));
        String text = text(generator.generate(type, fullData(type)));
        if (hasRemedy) {
            assertThat(text).contains("之日起六十日内依法向reviewBody值申请行政复议", "在六个月内依法向court值提起行政诉讼");
        } else {
            assertThat(text).doesNotContain("申请行政复议");
        }
        assertThat(List.of("RECTIFICATION_ORDER", "PENALTY_DECISION", "SEIZURE_DECISION", "SEIZURE_EXTENSION"))
                .contains(hasRemedy ? type : "RECTIFICATION_ORDER");
    }

    @Test
    @DisplayName("issue 12 defect 4: the preview holds the same values as the document, in the template's order, without a number")
    void previewMatchesDocument() {
        Map<String, Object> data = fullData("INSPECTION_RECORD");
        DocumentPreview p = generator.preview("INSPECTION_RECORD", data);
        assertThat(p.title()).isEqualTo("现场检查记录");
        assertThat(p.lines()).extracting(DocumentPreview.Line::label).containsSubsequence("被检查单位", "检查情况", "依据",
                "现场处理措施（责令事项）", "整改期限");
        assertThat(p.lines()).extracting(DocumentPreview.Line::value).contains("basis值", "decision值", "deadline值",
                "张三（14050001）、李四（14050002）");
        assertThat(p.items()).containsExactly(List.of("1", "安全出口堵塞"), List.of("2", "未建立隐患排查台账"));
        Map<String, Object> missing = fullData("PENALTY_DECISION");
        missing.remove("facts");
        assertThatThrownBy(() -> generator.preview("PENALTY_DECISION", missing)).isInstanceOf(BusinessException.class)
                .hasMessageContaining("违法事实及证据");
        assertThat(generator.preview("PENALTY_DECISION", fullData("PENALTY_DECISION")).clauses())
                .anyMatch(c -> c.contains("向reviewBody值申请行政复议"));
    }
}
